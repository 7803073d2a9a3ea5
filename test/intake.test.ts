import { startHub, type RunningHub } from './support/hub';
import { APPLICANT, MUTATE, appealInput, submit } from './support/intake';

/** Intake rules through the gateway: validation, idempotency, repeats, legal routes, transitions, the return window. */
let hub: RunningHub;
let citizen: string;
let city: string;
let tiexiDept: string;
let admin: string;

beforeAll(async () => {
  hub = await startHub({ scale: 'small' });
  citizen = await hub.token({ sub: 'citizen-9', role: 'CITIZEN', jurisdictions: [], scopes: [] });
  city = await hub.token({ sub: 'city-9', role: 'CENTER_STAFF', jurisdictions: ['2203'], centerId: 'C220300000000', scopes: [] });
  tiexiDept = await hub.token({ sub: 'dept-9', role: 'DEPARTMENT_STAFF', jurisdictions: [], departmentId: 'D220302-LAW_ENFORCEMENT', scopes: [] });
  admin = await hub.token({ sub: 'admin-9', role: 'ADMIN', jurisdictions: ['2203'], scopes: [] });
});
afterAll(async () => hub?.close());

const gov = () => hub.subgraphs.governance.db;
async function counts() {
  const [a] = await gov()('appeals').count({ n: '*' });
  const [p] = await gov()('parties').count({ n: '*' });
  const [d] = await gov()('dispatches').count({ n: '*' });
  const [t] = await gov()('timeline_events').count({ n: '*' });
  const [o] = await gov()('outbox').count({ n: '*' });
  return [a, p, d, t, o].map((r) => Number((r as { n: unknown }).n));
}

describe('submitAppeal validation', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a missing title', { title: '  ' }, 'input.title'],
    ['a 4,001-character description', { description: '诉'.repeat(4001) }, 'input.description'],
    ['a bad ID checksum', { applicant: { ...APPLICANT, idNumber: '110105194912310021' } }, 'input.applicant.idNumber'],
    ['an impossible birth date', { applicant: { ...APPLICANT, idNumber: '110105194902300028' } }, 'input.applicant.idNumber'],
    ['a bad mobile number', { applicant: { ...APPLICANT, phone: '12345' } }, 'input.applicant.phone'],
    ['six representatives of a group visit', { representatives: Array.from({ length: 6 }, (_, i) => ({ name: `代表${i}` })) }, 'input.representatives'],
    ['an unknown grid', { location: { gridCode: '220302999999999' } }, 'input.location.gridCode'],
    ['a malformed grid code', { location: { gridCode: '2203' } }, 'input.location.gridCode'],
    ['no location', { location: {} }, 'input.location'],
    ['an address that names no village', { location: { address: '火星基地一号' } }, 'input.location.address'],
    ['coordinates outside the city', { location: { latitude: 39.9, longitude: 116.4 } }, 'input.location.latitude'],
    ['an unknown category', { category: 'NOPE.NOPE' }, 'input.category'],
    ['a category group instead of a leaf', { category: 'LABOUR' }, 'input.category'],
    ['text that cannot be classified and no category', { title: '你好', description: '请回电话' }, 'input.category'],
    ['a bad idempotency key', { idempotencyKey: 'x' }, 'input.idempotencyKey'],
    ['no applicant on a named appeal', { applicant: null }, 'input.applicant'],
    ['a staff-only channel from a citizen', { channel: 'WALK_IN' }, 'input.channel'],
  ];
  it.each(cases)('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_name, patch, field) => {
    const before = await counts();
    const res = await submit(hub, citizen, appealInput(patch));
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('refuses an unknown enum value at the gateway with 400 BAD_USER_INPUT', async () => {
    const res = await submit(hub, citizen, appealInput({ channel: 'CARRIER_PIGEON' }));
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('submitAppeal behaviour', () => {
  it('a retried submission returns the same appeal, never a second one (also when retried concurrently)', async () => {
    const input = appealInput();
    const before = await counts();
    const results = await Promise.all(Array.from({ length: 5 }, () => submit(hub, citizen, input)));
    const ids = new Set(results.map((r) => r.body.data.submitAppeal.appeal.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.body.data.submitAppeal.replayed).length).toBe(4);
    const after = await counts();
    expect(after[0] - before[0]).toBe(1);
  });

  it('stores the mobile number normalised and resolves coordinates and addresses to grids', async () => {
    const grid = hub.world.city.grids.find((g) => g.regionCode.startsWith('220323') && g.type === 'COMPREHENSIVE')!;
    const byCoords = await submit(hub, citizen, appealInput({ location: { latitude: grid.lat, longitude: grid.lng }, applicant: { ...APPLICANT, phone: '0086 139 0000 0001' } }));
    expect(byCoords.body.data.submitAppeal.appeal.grid.code).toBe(grid.code);
    const row = await gov()('parties').where({ appeal_id: byCoords.body.data.submitAppeal.appeal.id, role: 'APPLICANT' }).first();
    expect(row.phone).toBe('13900000001');
    const village = hub.world.city.regions.find((r) => r.code === grid.regionCode)!;
    const byAddress = await submit(hub, citizen, appealInput({ location: { address: `伊通满族自治县${village.name}12号` } }));
    expect(byAddress.body.data.submitAppeal.appeal.grid.code.startsWith(grid.regionCode)).toBe(true);
  });

  it('accepts an anonymous submission with no applicant and keeps the confidentiality flag', async () => {
    const res = await submit(hub, undefined, appealInput({ anonymous: true, confidential: true, applicant: null, title: '举报干部吃拿卡要', description: '某站所干部作风问题', category: 'CONDUCT.OFFICIAL' }));
    expect(res.body.errors).toBeUndefined();
    const row = await gov()('appeals').where({ id: res.body.data.submitAppeal.appeal.id }).first();
    expect([!!row.anonymous, !!row.confidential, row.submitted_by]).toEqual([true, true, 'anonymous']);
  });

  it('routes litigation-type matters to the court (civil) or the procuratorate (criminal), never into the petition flow', async () => {
    const civil = await submit(hub, citizen, appealInput({ title: '民间借贷纠纷起诉', description: '借款二十万元到期不还，准备起诉', category: 'LITIGATION.CIVIL' }));
    const lead = civil.body.data.submitAppeal.appeal.dispatches.find((d: any) => d.role === 'LEAD');
    expect([lead.targetType, lead.partner]).toEqual(['PARTNER', 'COURT']);
    const criminal = await submit(hub, citizen, appealInput({ title: '非法集资', description: '某公司以高息为诱饵非法集资', category: 'FINANCE.ILLEGAL_FUNDRAISING' }));
    const d = criminal.body.data.submitAppeal.appeal.dispatches;
    expect(d.find((x: any) => x.role === 'LEAD').partner).toBe('PROCURATORATE');
    expect(d.some((x: any) => x.partner === 'PETITION')).toBe(false);
  });

  it('does not accept a matter already in litigation, and states the legal route', async () => {
    const res = await submit(hub, citizen, appealInput({ proceduralStatus: 'IN_LITIGATION' }));
    const r = res.body.data.submitAppeal;
    expect(r.outcome).toBe('REJECTED');
    expect(r.appeal.status).toBe('REJECTED');
    expect(r.appeal.dispatches).toEqual([]);
    expect(r.legalRoute).toMatch(/诉讼程序/);
  });

  it('links the same person\'s same open matter (no new clock), and offers open appeals nearby as possible duplicates', async () => {
    const person = { name: '周淑珍', phone: '13812345678' };
    const first = await submit(hub, citizen, appealInput({ applicant: person, location: { gridCode: '220302001002001' } }));
    expect(first.body.data.submitAppeal.outcome).toBe('ACCEPTED');
    const again = await submit(hub, citizen, appealInput({ applicant: person, location: { gridCode: '220302001002001' } }));
    const r = again.body.data.submitAppeal;
    expect(r.outcome).toBe('REPEAT');
    expect(r.linkedAppeal.id).toBe(first.body.data.submitAppeal.appeal.id);
    expect(r.appeal.dispatches).toEqual([]);
    const other = await submit(hub, citizen, appealInput({ applicant: { name: '吴立新', phone: '13812349999' }, location: { gridCode: '220302001002001' } }));
    expect(other.body.data.submitAppeal.possibleDuplicates.map((a: any) => a.id)).toContain(first.body.data.submitAppeal.appeal.id);
  });

  it('does not accept at the city a matter that a village center is handling', async () => {
    const person = { name: '郑海燕', idNumber: '220302198001010029'.slice(0, 17) + 'X', phone: '13611112222' };
    const { makeIdNumber } = await import('../subgraphs/kit/idNumber');
    person.idNumber = makeIdNumber('220302', '19800101', 3);
    const below = await submit(hub, citizen, appealInput({ applicant: person }));
    expect(below.body.data.submitAppeal.appeal.center.id).toMatch(/^C220302\d{6}$/);
    const atCity = await submit(hub, city, appealInput({ applicant: person, channel: 'WALK_IN', receivingCenterId: 'C220300000000' }));
    expect(atCity.body.data.submitAppeal.outcome).toBe('HANDLED_BELOW');
    expect(atCity.body.data.submitAppeal.legalRoute).toMatch(/办理中/);
  });
});

describe('work orders and the lifecycle', () => {
  async function noisyAppeal() {
    const res = await submit(hub, citizen, appealInput({ title: '夜间施工噪声扰民', description: '工地夜间施工噪声扰民', category: 'ENVIRONMENT.NOISE' }));
    const appeal = res.body.data.submitAppeal.appeal;
    return { appeal, lead: appeal.dispatches.find((d: any) => d.role === 'LEAD') };
  }

  it('refuses an illegal transition with ILLEGAL_TRANSITION and changes nothing', async () => {
    const { appeal } = await noisyAppeal();
    const before = await counts();
    const res = await hub.query(MUTATE.close, { id: appeal.id }, city);
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', from: 'DISPATCHED', to: 'CLOSED' });
    expect(await counts()).toEqual(before);
    const replyFirst = await hub.query(MUTATE.reply, { id: (await noisyAppeal()).lead.id, reply: '已处理' }, tiexiDept);
    expect(replyFirst.body.errors![0].extensions.code).toBe('NOT_ACCEPTED');
  });

  it('lets the receiver return within the window with a reason; the center re-dispatches, and that order cannot be returned', async () => {
    const { appeal, lead } = await noisyAppeal();
    const noReason = await hub.query(MUTATE.ret, { id: lead.id, reason: ' ' }, tiexiDept);
    expect(noReason.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const ret = await hub.query(MUTATE.ret, { id: lead.id, reason: '属生态环境部门职责' }, tiexiDept);
    expect(ret.body.data.returnWorkOrder.status).toBe('RETURNED');
    const re = await hub.query(MUTATE.redispatch, { id: appeal.id, targets: [{ targetType: 'DEPARTMENT', targetId: 'D220302-LAW_ENFORCEMENT', role: 'LEAD' }] }, city);
    expect(re.body.data.redispatchAppeal.status).toBe('DISPATCHED');
    const newLead = await gov()('dispatches').where({ appeal_id: appeal.id, status: 'PENDING', role: 'LEAD' }).first();
    expect(!!newLead.returnable).toBe(false);
    const again = await hub.query(MUTATE.ret, { id: newLead.id, reason: '仍不属于我局' }, tiexiDept);
    expect(again.body.errors![0].extensions.code).toBe('RETURN_NOT_ALLOWED');
  });

  it('refuses a return after the 5-working-day window', async () => {
    const { lead } = await noisyAppeal();
    await gov()('dispatches').where({ id: lead.id }).update({ return_due_at: new Date(Date.now() - 60_000).toISOString() });
    const before = await gov()('dispatches').where({ id: lead.id }).first();
    const res = await hub.query(MUTATE.ret, { id: lead.id, reason: '超期退回' }, tiexiDept);
    expect(res.body.errors![0].extensions.code).toBe('RETURN_WINDOW_CLOSED');
    expect((await gov()('dispatches').where({ id: lead.id }).first()).status).toBe(before.status);
  });

  it('sets the return window to 5 working days by the official calendar', async () => {
    const { lead } = await noisyAppeal();
    const row = await gov()('dispatches').where({ id: lead.id }).first();
    const { chinaCalendar, dueWorkingDays } = await import('../subgraphs/kit/clock');
    expect(new Date(row.return_due_at).toISOString()).toBe(dueWorkingDays(new Date(row.dispatched_at).toISOString(), 5, chinaCalendar));
  });

  it('hides a work order from a department it was not sent to (NOT_FOUND)', async () => {
    const { lead } = await noisyAppeal();
    const other = await hub.token({ sub: 'x', role: 'DEPARTMENT_STAFF', jurisdictions: [], departmentId: 'D220302-HOUSING', scopes: [] });
    const res = await hub.query(MUTATE.accept, { id: lead.id }, other);
    expect(res.body.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('lets an administrator publish a routing rule as a new catalogue version that routes the next appeal', async () => {
    const set = await hub.query(`mutation($input: RoutingRuleInput!) { setRoutingRule(input: $input) { version rules { category targetId role } } }`, {
      input: { jurisdiction: '220302', category: 'ENVIRONMENT.NOISE', targets: [{ targetType: 'DEPARTMENT', targetId: 'D220302-ECOLOGY_ENVIRONMENT', role: 'LEAD' }], note: '噪声改由生态环境分局牵头' },
    }, admin);
    expect(set.body.errors).toBeUndefined();
    expect(set.body.data.setRoutingRule.version).toBe(2);
    const { lead } = await noisyAppeal();
    expect(lead.department.id).toBe('D220302-ECOLOGY_ENVIRONMENT');
    const notAdmin = await hub.query(`mutation($input: RoutingRuleInput!) { setRoutingRule(input: $input) { version } }`, { input: { jurisdiction: '2203', category: 'ENVIRONMENT.NOISE', targets: [] } }, city);
    expect(notAdmin.body.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
