import { createDb } from '../subgraphs/kit/db';
import { dueAfter } from '../subgraphs/governance/src/domain/deadlines';
import { runOverdueCheck } from '../subgraphs/governance/src/services/overdue';
import { dialect } from './support/databases';
import { startHub, type RunningHub } from './support/hub';
import { MUTATE, appealInput, submit } from './support/intake';

/**
 * Part 1 and 2 through the gateway: the deadline policy table (read, changed by an administrator, used at dispatch),
 * the one extension of a work order, the overdue job (breach recorded once, even with two processes on PostgreSQL)
 * and supervision (raised automatically or by hand, answered by the unit), with two jurisdictions in the fixture.
 */
let hub: RunningHub;
const tokens: Record<string, string> = {};
const EXTEND = 'mutation($id: ID!, $days: Int!, $reason: String!) { extendWorkOrder(id: $id, days: $days, reason: $reason) { id dueAt extendedAt extensionDays extensionReason } }';
const SUPERVISIONS = '{ supervisions(first: 100) { nodes { id kind trigger status dueAt reply appeal { id } dispatch { id } department { id } } } }';
const REPLY_SV = 'mutation($id: ID!, $reply: String!) { replySupervision(id: $id, reply: $reply) { id status reply repliedAt } }';
const SUPERVISE = 'mutation($id: ID!, $kind: SupervisionKind!, $note: String!) { superviseWorkOrder(id: $id, kind: $kind, note: $note) { id kind trigger status department { id } } }';
const SET_POLICY = 'mutation($input: DeadlinePolicyInput!) { setDeadlinePolicy(input: $input) { id category urgency channel partner clockKind amount updatedBy } }';
const DISPATCHES = 'query($id: ID!) { appeal(id: $id) { id dispatches { id role department { id } dispatchedAt dueAt clockKind clockAmount breachedAt } timeline { kind note } supervisions { id kind trigger } } }';

beforeAll(async () => {
  hub = await startHub({ scale: 'small' });
  const t = (name: string, v: Parameters<RunningHub['token']>[0]) => hub.token(v).then((x) => (tokens[name] = x));
  await Promise.all([
    t('citizen', { sub: 'citizen-d', role: 'CITIZEN', jurisdictions: [], scopes: [] }),
    t('admin', { sub: 'admin-1', role: 'ADMIN', jurisdictions: ['2203'], scopes: [] }),
    t('city', { sub: 'city-staff', role: 'CENTER_STAFF', jurisdictions: ['2203'], centerId: 'C220300000000', scopes: [] }),
    t('tiexi', { sub: 'tiexi-staff', role: 'CENTER_STAFF', jurisdictions: ['220302'], centerId: 'C220302000000', scopes: [] }),
    t('yitong', { sub: 'yitong-staff', role: 'CENTER_STAFF', jurisdictions: ['220323'], centerId: 'C220323000000', scopes: [] }),
    t('regulator', { sub: 'regulator-1', role: 'DEPARTMENT_STAFF', jurisdictions: [], departmentId: 'D220300-FINANCIAL_REGULATOR', scopes: [] }),
    t('police', { sub: 'police-1', role: 'DEPARTMENT_STAFF', jurisdictions: [], departmentId: 'D220302-PUBLIC_SECURITY', scopes: [] }),
  ]);
});
afterAll(async () => hub?.close());

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const res = await hub.query(query, variables, token);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
}
async function fails(query: string, variables: Record<string, unknown>, token: string): Promise<string> {
  const res = await hub.query(query, variables, token);
  expect(res.body.errors?.length).toBeGreaterThan(0);
  return res.body.errors![0].extensions.code;
}
async function newAppeal(overrides: Record<string, unknown> = {}) {
  const res = await submit(hub, tokens.citizen, appealInput(overrides));
  expect(res.body.errors).toBeUndefined();
  const appeal = res.body.data.submitAppeal.appeal;
  return (await ok(DISPATCHES, { id: appeal.id }, tokens.city)).appeal;
}

describe('deadline policy table', () => {
  it('lists the seeded defaults from domain.md', async () => {
    const { deadlinePolicies } = await ok('{ deadlinePolicies { id category urgency channel partner clockKind amount source } }', {}, tokens.city);
    const byId = Object.fromEntries(deadlinePolicies.map((p: any) => [p.id, p]));
    expect(byId.GENERAL).toMatchObject({ urgency: 'NORMAL', clockKind: 'WORKING_DAYS', amount: 5 });
    expect(byId.EMERGENCY).toMatchObject({ clockKind: 'HOURS', amount: 2 });
    expect(byId.URGENT).toMatchObject({ clockKind: 'HOURS', amount: 24 });
    expect(byId['PARTNER.PETITION']).toMatchObject({ partner: 'PETITION', clockKind: 'NATURAL_DAYS', amount: 60 });
    expect(byId['PARTNER.COURT'].amount).toBe(30);
    expect(byId['PARTNER.LEGAL_SERVICES'].amount).toBe(7);
    expect(byId['PARTNER.PROCURATORATE'].amount).toBe(7);
    expect(await fails('{ deadlinePolicies { id } }', {}, tokens.citizen)).toBe('FORBIDDEN');
  });

  it('a general appeal is due in 5 working days, an emergency in 2 hours', async () => {
    const general = await newAppeal();
    const lead = general.dispatches.find((d: any) => d.role === 'LEAD');
    expect(lead).toMatchObject({ clockKind: 'WORKING_DAYS', clockAmount: 5 });
    expect(lead.dueAt).toBe(dueAfter(lead.dispatchedAt, 'WORKING_DAYS', 5));
    const emergency = await newAppeal({ urgency: 'EMERGENCY' });
    const e = emergency.dispatches.find((d: any) => d.role === 'LEAD');
    expect(e).toMatchObject({ clockKind: 'HOURS', clockAmount: 2 });
    expect(Date.parse(e.dueAt) - Date.parse(e.dispatchedAt)).toBe(2 * 3600_000);
  });

  it('an administrator changes a row; only later dispatches use it', async () => {
    const input = { category: 'TRAFFIC', urgency: 'NORMAL', clockKind: 'NATURAL_DAYS', amount: 10, source: '本市规定' };
    expect(await fails(SET_POLICY, { input }, tokens.city)).toBe('FORBIDDEN');
    expect(await fails(SET_POLICY, { input: { ...input, amount: 0 } }, tokens.admin)).toBe('BAD_USER_INPUT');
    expect(await fails(SET_POLICY, { input: { ...input, category: 'NO_SUCH' } }, tokens.admin)).toBe('BAD_USER_INPUT');
    const { setDeadlinePolicy } = await ok(SET_POLICY, { input }, tokens.admin);
    expect(setDeadlinePolicy).toMatchObject({ category: 'TRAFFIC', urgency: 'NORMAL', channel: '*', partner: '*', clockKind: 'NATURAL_DAYS', amount: 10, updatedBy: 'admin-1' });
    const again = await ok(SET_POLICY, { input: { ...input, amount: 12 } }, tokens.admin);
    expect(again.setDeadlinePolicy.id).toBe(setDeadlinePolicy.id);
    const appeal = await newAppeal();
    const lead = appeal.dispatches.find((d: any) => d.role === 'LEAD');
    expect(lead).toMatchObject({ clockKind: 'NATURAL_DAYS', clockAmount: 12 });
    expect(lead.dueAt).toBe(dueAfter(lead.dispatchedAt, 'NATURAL_DAYS', 12));
    await ok(SET_POLICY, { input: { ...input, clockKind: 'WORKING_DAYS', amount: 5 } }, tokens.admin);
  });
});

describe('extending a work order', () => {
  it('the lead unit extends once; the reason is in the timeline, marked as told to the citizen', async () => {
    const appeal = await newAppeal();
    const lead = appeal.dispatches.find((d: any) => d.role === 'LEAD');
    const co = appeal.dispatches.find((d: any) => d.role === 'CO_HANDLER');
    expect(await fails(EXTEND, { id: lead.id, days: 31, reason: '需要鉴定' }, tokens.regulator)).toBe('BAD_USER_INPUT');
    expect(await fails(EXTEND, { id: lead.id, days: 5, reason: '  ' }, tokens.regulator)).toBe('BAD_USER_INPUT');
    expect(await fails(EXTEND, { id: lead.id, days: 5, reason: '需要鉴定' }, tokens.police)).toBe('NOT_FOUND');
    expect(co).toBeTruthy();
    const coToken = await hub.token({ sub: 'co-1', role: 'DEPARTMENT_STAFF', jurisdictions: [], departmentId: co.department.id, scopes: [] });
    expect(await fails(EXTEND, { id: co.id, days: 5, reason: '需要鉴定' }, coToken)).toBe('EXTENSION_NOT_ALLOWED');
    const { extendWorkOrder } = await ok(EXTEND, { id: lead.id, days: 5, reason: '需要等待事故责任认定' }, tokens.regulator);
    expect(extendWorkOrder.extensionDays).toBe(5);
    expect(extendWorkOrder.dueAt).toBe(dueAfter(lead.dueAt, 'NATURAL_DAYS', 5));
    expect(await fails(EXTEND, { id: lead.id, days: 2, reason: '再延' }, tokens.regulator)).toBe('ALREADY_EXTENDED');
    const after = (await ok(DISPATCHES, { id: appeal.id }, tokens.city)).appeal;
    const ev = after.timeline.filter((e: any) => e.kind === 'EXTENDED');
    expect(ev).toHaveLength(1);
    expect(ev[0].note).toContain('需要等待事故责任认定');
    expect(ev[0].note).toContain('已告知群众');
  });
});

describe('the overdue job and supervision', () => {
  it('records a breach once and raises one supervision, also with two processes at once', async () => {
    const appeal = await newAppeal();
    const lead = appeal.dispatches.find((d: any) => d.role === 'LEAD');
    const db = hub.subgraphs.governance.db;
    await db('dispatches').where({ id: lead.id }).update({ due_at: new Date(Date.now() - 3600_000).toISOString() });
    if (dialect === 'postgres') {
      const other = createDb(hub.subgraphs.governance.config.databaseUrl);
      try {
        const [a, b] = await Promise.all([runOverdueCheck(db), runOverdueCheck(other)]);
        expect([...a.breached, ...b.breached].filter((id) => id === lead.id)).toHaveLength(1);
      } finally {
        await other.destroy();
      }
    } else {
      expect((await runOverdueCheck(db)).breached).toContain(lead.id);
    }
    expect((await runOverdueCheck(db)).breached).not.toContain(lead.id);
    const after = (await ok(DISPATCHES, { id: appeal.id }, tokens.city)).appeal;
    expect(after.dispatches.find((d: any) => d.id === lead.id).breachedAt).toBeTruthy();
    expect(after.timeline.filter((e: any) => e.kind === 'OVERDUE')).toHaveLength(1);
    expect(after.timeline.filter((e: any) => e.kind === 'SUPERVISED')).toHaveLength(1);
    expect(after.supervisions).toEqual([expect.objectContaining({ kind: 'ROUTINE', trigger: 'OVERDUE' })]);

    // The supervised unit sees it and answers once; the other county's staff do not see it.
    const mine = (await ok(SUPERVISIONS, {}, tokens.regulator)).supervisions.nodes.filter((s: any) => s.appeal.id === appeal.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'OPEN', dispatch: { id: lead.id }, department: { id: 'D220300-FINANCIAL_REGULATOR' } });
    expect((await ok(SUPERVISIONS, {}, tokens.yitong)).supervisions.nodes.map((s: any) => s.id)).not.toContain(mine[0].id);
    expect((await ok(SUPERVISIONS, {}, tokens.tiexi)).supervisions.nodes.map((s: any) => s.id)).toContain(mine[0].id);
    expect(await fails(REPLY_SV, { id: mine[0].id, reply: '不是我' }, tokens.police)).toBe('NOT_FOUND');
    const { replySupervision } = await ok(REPLY_SV, { id: mine[0].id, reply: '已约谈保险公司，三日内赔付' }, tokens.regulator);
    expect(replySupervision).toMatchObject({ status: 'REPLIED', reply: '已约谈保险公司，三日内赔付' });
    expect(await fails(REPLY_SV, { id: mine[0].id, reply: '再答' }, tokens.regulator)).toBe('ALREADY_REPLIED');
    const done = (await ok(DISPATCHES, { id: appeal.id }, tokens.city)).appeal;
    expect(done.timeline.map((e: any) => e.kind)).toContain('SUPERVISION_REPLIED');
  });

  it('center staff supervise by hand inside their jurisdiction only; a second one escalates nothing by itself', async () => {
    const appeal = await newAppeal();
    const lead = appeal.dispatches.find((d: any) => d.role === 'LEAD');
    expect(await fails(SUPERVISE, { id: lead.id, kind: 'LISTED', note: '挂牌督办' }, tokens.yitong)).toBe('NOT_FOUND');
    expect(await fails(SUPERVISE, { id: lead.id, kind: 'LISTED', note: '挂牌督办' }, tokens.regulator)).toBe('FORBIDDEN');
    expect(await fails(SUPERVISE, { id: lead.id, kind: 'LISTED', note: '' }, tokens.tiexi)).toBe('BAD_USER_INPUT');
    const { superviseWorkOrder } = await ok(SUPERVISE, { id: lead.id, kind: 'LISTED', note: '群众反映强烈，挂牌督办' }, tokens.tiexi);
    expect(superviseWorkOrder).toMatchObject({ kind: 'LISTED', trigger: 'MANUAL', status: 'OPEN', department: { id: 'D220300-FINANCIAL_REGULATOR' } });
  });

  it('a unit that returns the same appeal twice is supervised for refusing to accept', async () => {
    const appeal = await newAppeal();
    const lead = appeal.dispatches.find((d: any) => d.role === 'LEAD');
    await ok(MUTATE.ret, { id: lead.id, reason: '不属于本部门职责' }, tokens.regulator);
    // The center sends it back to the same unit, returnable this once more (as an intake dispatch would be).
    await ok(MUTATE.redispatch, { id: appeal.id, targets: [{ targetType: 'DEPARTMENT', targetId: 'D220300-FINANCIAL_REGULATOR', role: 'LEAD' }] }, tokens.city);
    const again = (await ok(DISPATCHES, { id: appeal.id }, tokens.city)).appeal;
    const second = again.dispatches.filter((d: any) => d.role === 'LEAD').pop();
    await hub.subgraphs.governance.db('dispatches').where({ id: second.id }).update({ returnable: true, return_due_at: new Date(Date.now() + 86_400_000).toISOString() });
    await ok(MUTATE.ret, { id: second.id, reason: '仍不属于本部门职责' }, tokens.regulator);
    const done = (await ok(DISPATCHES, { id: appeal.id }, tokens.city)).appeal;
    expect(done.supervisions).toEqual([expect.objectContaining({ trigger: 'REFUSED_TO_ACCEPT', kind: 'LISTED' })]);
  });
});
