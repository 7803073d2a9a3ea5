import { count, GOVERNANCE, outboxRows } from '../../../test/support/referrals';
import { staffOf } from '../../../test/support/signedFetch';
import { PROGRESS_QUERY } from '../../kit/partnerProgress';
import type { Viewer } from '../../kit/viewer';
import { addDays, chinaDateOf, mediationDeadline } from '../src/domain/deadlines';
import { admin, legalStaffOf, startHarness, type Harness } from './harness';
import { INTAKE, referral } from './referrals';

/** Staff move a mediation through its states; each reported step writes its progress to the outbox in the same transaction. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const staff = legalStaffOf('220302');
const FIELDS = `id status tier startDate endDate legalRoutesTold mediator { id } organization { id kind }
  agreement { id signedDate termsSummary amount performanceStatus judicialConfirmationDeadline judicialConfirmationRequested }
  previousMediation { id } nextMediation { id tier status startDate deadline dispatchId organization { id kind } previousMediation { id } }`;
const M = {
  accept: `mutation($id: ID!) { acceptMediation(id: $id) { ${FIELDS} } }`,
  start: `mutation($id: ID!, $mediatorId: ID) { startMediation(id: $id, mediatorId: $mediatorId) { ${FIELDS} } }`,
  agree: `mutation($id: ID!, $terms: String!, $amount: String) { recordMediationAgreement(id: $id, terms: $terms, amount: $amount) { ${FIELDS} } }`,
  fail: `mutation($id: ID!, $routes: String!, $escalate: Boolean!) { recordMediationFailure(id: $id, legalRoutesTold: $routes, escalate: $escalate) { ${FIELDS} } }`,
  close: `mutation($id: ID!) { closeMediation(id: $id) { ${FIELDS} } }`,
};

async function run(op: keyof typeof M, variables: Record<string, unknown>, viewer: Viewer = staff): Promise<any> {
  const res: any = await h.post(M[op], variables, viewer);
  return res.body;
}
const ok = async (op: keyof typeof M, variables: Record<string, unknown>, viewer: Viewer = staff) => {
  const body = await run(op, variables, viewer);
  expect(body.errors).toBeUndefined();
  return Object.values(body.data)[0] as any;
};

/** A fresh referral in 铁西 (220302), received: its mediation and dispatch id. */
async function received(overrides: Record<string, unknown> = {}): Promise<{ id: string; dispatchId: string; organizationId: string }> {
  const input = referral(h.world, overrides);
  const res: any = await h.post(INTAKE, { input }, GOVERNANCE);
  const m = res.body.data.receiveLegalServicesReferral;
  return { id: m.id, dispatchId: input.dispatchId, organizationId: m.organization.id };
}

async function mediatorOf(organizationId: string): Promise<string> {
  const row = await h.server.db('mediators').where('organization_id', organizationId).orderBy('id').first('id');
  return row.id;
}

/** The progress messages in the outbox about one mediation. */
function progressOf(recordId: string) {
  return outboxRows(h.server.db, recordId);
}

function expectProgress(row: any, p: { dispatchId: string; recordId: string; state: string; note: string }, window: [number, number]) {
  expect(row).toMatchObject({ target: 'governance', kind: 'progress', attempts: 0, delivered_at: null });
  expect(row.payload).toEqual({
    query: PROGRESS_QUERY,
    variables: { input: { eventId: `${p.recordId}:${p.state}`, dispatchId: p.dispatchId, partner: 'LEGAL_SERVICES', state: p.state, at: expect.any(String), note: p.note, recordId: p.recordId } },
  });
  const at = Date.parse(row.payload.variables.input.at);
  expect(at).toBeGreaterThanOrEqual(window[0]);
  expect(at).toBeLessThanOrEqual(window[1]);
}

test('accept, start, agree, close: each step is reported to governance with the exact payload', async () => {
  const { id, dispatchId, organizationId } = await received();
  const mediatorId = await mediatorOf(organizationId);
  const t0 = Date.now();

  expect(await ok('accept', { id })).toMatchObject({ status: 'ACCEPTED', endDate: null });
  expect(await ok('start', { id, mediatorId })).toMatchObject({ status: 'MEDIATING', mediator: { id: mediatorId } });
  const today = chinaDateOf(new Date());
  const agreed = await ok('agree', { id, terms: '楼上住户修复防水并赔偿损失', amount: '3500.5' });
  expect(agreed).toMatchObject({
    status: 'AGREEMENT', endDate: today,
    agreement: { signedDate: today, termsSummary: '楼上住户修复防水并赔偿损失', amount: '3500.50', performanceStatus: 'PENDING', judicialConfirmationDeadline: addDays(today, 30), judicialConfirmationRequested: false },
  });
  expect(await ok('close', { id })).toMatchObject({ status: 'CLOSED', agreement: { id: agreed.agreement.id } });

  const rows = await progressOf(id);
  const window: [number, number] = [t0, Date.now()];
  expect(rows.map((r) => r.payload.variables.input.state)).toEqual(['ACCEPTED', 'MEDIATING', 'AGREEMENT', 'CLOSED']);
  expectProgress(rows[0], { dispatchId, recordId: id, state: 'ACCEPTED', note: '乡镇（街道）人民调解委员会已受理' }, window);
  expectProgress(rows[1], { dispatchId, recordId: id, state: 'MEDIATING', note: '乡镇（街道）人民调解委员会开始调解' }, window);
  expectProgress(rows[2], { dispatchId, recordId: id, state: 'AGREEMENT', note: '达成调解协议：楼上住户修复防水并赔偿损失' }, window);
  expectProgress(rows[3], { dispatchId, recordId: id, state: 'CLOSED', note: '调解案件已结案' }, window);
});

test('a failure without escalation ends the mediation and tells governance the legal routes (REPLIED)', async () => {
  const { id, dispatchId } = await received();
  await ok('accept', { id }, admin);
  await ok('start', { id });
  const routes = '调解未达成协议，已告知当事人可依法向人民法院提起诉讼。';
  expect(await ok('fail', { id, routes, escalate: false })).toMatchObject({ status: 'FAILED', legalRoutesTold: routes, endDate: chinaDateOf(new Date()), nextMediation: null });
  expect(await ok('close', { id })).toMatchObject({ status: 'CLOSED' });
  const rows = await progressOf(id);
  expect(rows.map((r) => r.payload.variables.input.state)).toEqual(['ACCEPTED', 'MEDIATING', 'REPLIED', 'CLOSED']);
  expectProgress(rows[2], { dispatchId, recordId: id, state: 'REPLIED', note: routes }, [0, Date.now()]);
});

test('an escalation opens the next tier in RECEIVED; the chain reports only how it ends, with the referral\'s dispatch id', async () => {
  const { id, dispatchId } = await received();
  await ok('accept', { id });
  await ok('start', { id });
  const escalated = await ok('fail', { id, routes: '经当事人同意转县级联合调解中心继续调解。', escalate: true });
  const today = chinaDateOf(new Date());
  expect(escalated).toMatchObject({
    status: 'ESCALATED', endDate: today,
    nextMediation: { tier: 'COUNTY_JOINT_OR_INDUSTRY', status: 'RECEIVED', startDate: today, deadline: mediationDeadline(today), dispatchId: null, organization: { kind: 'JOINT' }, previousMediation: { id } },
  });
  expect((await progressOf(id)).map((r) => r.payload.variables.input.state)).toEqual(['ACCEPTED', 'MEDIATING']);

  const next = escalated.nextMediation.id;
  expect(await ok('accept', { id: next })).toMatchObject({ status: 'ACCEPTED', previousMediation: { id } });
  await ok('start', { id: next });
  expect(await progressOf(next)).toEqual([]);
  await ok('agree', { id: next, terms: '双方恢复相邻通行' });
  const rows = await progressOf(next);
  expect(rows).toHaveLength(1);
  expectProgress(rows[0], { dispatchId, recordId: next, state: 'AGREEMENT', note: '达成调解协议：双方恢复相邻通行' }, [0, Date.now()]);
});

test('a seeded mediation that escalated from a lower tier reports with its chain\'s dispatch id', async () => {
  // Seeded chains belong to the demo world's appeals (AP…); their later tiers got the dispatch id from the seeder.
  const row = await h.server.db('mediations').where({ status: 'ESCALATED' }).where('appeal_id', 'like', 'AP%').where('region_code', 'like', '220302%').orderBy('id').first();
  expect(row).toBeDefined();
  const next = await h.server.db('mediations').where('previous_mediation_id', row.id).first();
  const root = await h.server.db('mediations').where({ appeal_id: row.appeal_id }).whereNotNull('dispatch_id').first();
  await h.server.db('mediations').where('id', next.id).update({ status: 'MEDIATING', end_date: null, agreement_id: null });
  await ok('fail', { id: next.id, routes: '已告知当事人可申请仲裁。', escalate: false });
  const rows = await progressOf(next.id);
  expect(rows.map((r) => [r.payload.variables.input.state, r.payload.variables.input.dispatchId])).toEqual([['REPLIED', root.dispatch_id]]);
});

test.each<[keyof typeof M, Record<string, unknown>, string]>([
  ['start', {}, 'MEDIATING'],
  ['agree', { terms: '协议' }, 'AGREEMENT'],
  ['fail', { routes: '告知诉讼', escalate: false }, 'FAILED'],
  ['fail', { routes: '告知诉讼', escalate: true }, 'ESCALATED'],
  ['close', {}, 'CLOSED'],
])('%s on a RECEIVED mediation is an ILLEGAL_TRANSITION and changes nothing', async (op, extra, to) => {
  const { id } = await received();
  const before = { outbox: await count(h.server.db, 'outbox'), mediations: await count(h.server.db, 'mediations'), agreements: await count(h.server.db, 'mediation_agreements') };
  const body = await run(op, { id, ...extra });
  expect(body.errors[0].extensions).toEqual({ code: 'ILLEGAL_TRANSITION', from: 'RECEIVED', to });
  expect(await h.server.db('mediations').where('id', id).first()).toMatchObject({ status: 'RECEIVED', end_date: null, legal_routes_told: null, agreement_id: null });
  expect({ outbox: await count(h.server.db, 'outbox'), mediations: await count(h.server.db, 'mediations'), agreements: await count(h.server.db, 'mediation_agreements') }).toEqual(before);
});

test('accepting twice: the second is an ILLEGAL_TRANSITION and writes no second report', async () => {
  const { id } = await received();
  await ok('accept', { id });
  const body = await run('accept', { id });
  expect(body.errors[0].extensions).toEqual({ code: 'ILLEGAL_TRANSITION', from: 'ACCEPTED', to: 'ACCEPTED' });
  expect(await progressOf(id)).toHaveLength(1);
});

test('a mediation outside the staff member\'s jurisdiction, or unknown, is NOT_FOUND and unchanged', async () => {
  const { id } = await received();
  for (const [viewer, target] of [[legalStaffOf('220323'), id], [staff, 'MED-does-not-exist']] as const) {
    const body = await run('accept', { id: target }, viewer);
    expect(body.data).toBeNull();
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
  }
  expect(await h.server.db('mediations').where('id', id).first()).toMatchObject({ status: 'RECEIVED' });
  expect(await progressOf(id)).toEqual([]);
});

test.each<[string, Viewer]>([
  ['center staff', staffOf('2203')],
  ['court agency staff', { ...legalStaffOf('2203'), agency: 'COURT' }],
  ['governance\'s service', GOVERNANCE],
])('%s may not work on mediations (FORBIDDEN)', async (_who, viewer) => {
  const { id } = await received();
  const body = await run('accept', { id }, viewer);
  expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  expect(await h.server.db('mediations').where('id', id).first()).toMatchObject({ status: 'RECEIVED' });
});

test('bad arguments are BAD_USER_INPUT naming them, and nothing changes', async () => {
  const { id } = await received();
  await ok('accept', { id });
  const foreign = await h.server.db('mediators').whereNot('organization_id', (await h.server.db('mediations').where('id', id).first()).organization_id).first('id');
  const cases: [keyof typeof M, Record<string, unknown>, string][] = [
    ['start', { mediatorId: foreign.id }, 'mediatorId'],
    ['start', { mediatorId: 'm'.repeat(65) }, 'mediatorId'],
  ];
  for (const [op, extra, field] of cases) {
    const body = await run(op, { id, ...extra });
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
  await ok('start', { id });
  for (const [op, extra, field] of [
    ['agree', { terms: '  ' }, 'terms'],
    ['agree', { terms: '协议', amount: '12,000' }, 'amount'],
    ['fail', { routes: '', escalate: false }, 'legalRoutesTold'],
  ] as [keyof typeof M, Record<string, unknown>, string][]) {
    const body = await run(op, { id, ...extra });
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
  expect(await h.server.db('mediations').where('id', id).first()).toMatchObject({ status: 'MEDIATING', mediator_id: null });
  expect((await progressOf(id)).map((r) => r.payload.variables.input.state)).toEqual(['ACCEPTED', 'MEDIATING']);
});

test('a mediation that did not come from a referral moves like any other but reports nothing', async () => {
  const { id } = await received();
  const row = await h.server.db('mediations').where('id', id).first();
  const own = `MED-walk-in-${Date.now()}`;
  await h.server.db('mediations').insert({ ...row, id: own, dispatch_id: null, referral_dispatch_id: null });
  expect(await ok('accept', { id: own })).toMatchObject({ status: 'ACCEPTED' });
  expect(await ok('start', { id: own })).toMatchObject({ status: 'MEDIATING' });
  expect(await progressOf(own)).toEqual([]);
});
