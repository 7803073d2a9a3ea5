import { count, GOVERNANCE, outboxRows, type OutboxRow } from '../../../test/support/referrals';
import { staffOf } from '../../../test/support/signedFetch';
import { PROGRESS_QUERY } from '../../kit/partnerProgress';
import { toDate } from '../../kit/rows';
import type { Viewer } from '../../kit/viewer';
import { chinaDateOf } from '../src/domain/deadlines';
import { startSeeded, type Running } from './harness';
import { admin, INTAKE, MATTER_FIELDS, post, procuratorateStaffOf, referral } from './referrals';

/** Staff give a matter its replies; each step writes its progress to governance's outbox in the same transaction. */
let app: Running;
beforeAll(async () => {
  app = await startSeeded();
});
afterAll(async () => app?.stop());

const staff = procuratorateStaffOf('220302');
const M = {
  accept: `mutation($id: ID!) { acceptProcuratorateMatter(id: $id) { ${MATTER_FIELDS} } }`,
  reply: `mutation($id: ID!, $reply: String!) { replyProcuratorateMatter(id: $id, reply: $reply) { ${MATTER_FIELDS} } }`,
  close: `mutation($id: ID!) { closeProcuratorateMatter(id: $id) { ${MATTER_FIELDS} } }`,
};

async function run(op: keyof typeof M, variables: Record<string, unknown>, viewer: Viewer = staff): Promise<any> {
  return (await post(app, M[op], variables, viewer)).body;
}
async function ok(op: keyof typeof M, variables: Record<string, unknown>, viewer: Viewer = staff): Promise<any> {
  const body = await run(op, variables, viewer);
  expect(body.errors).toBeUndefined();
  return Object.values(body.data)[0];
}

async function received(overrides: Record<string, unknown> = {}, county = '220302'): Promise<{ id: string; dispatchId: string }> {
  const input = referral(app.world, overrides, county);
  const res = await post(app, INTAKE, { input }, GOVERNANCE);
  return { id: res.body.data.receiveProcuratorateReferral.id, dispatchId: input.dispatchId };
}

function expectProgress(row: OutboxRow, p: { dispatchId: string; recordId: string; state: string; note: string }, since: number) {
  expect(row).toMatchObject({ target: 'governance', kind: 'progress', attempts: 0, delivered_at: null });
  expect(row.payload).toEqual({
    query: PROGRESS_QUERY,
    variables: { input: { eventId: `${p.recordId}:${p.state}`, dispatchId: p.dispatchId, partner: 'PROCURATORATE', state: p.state, at: expect.any(String), note: p.note, recordId: p.recordId } },
  });
  const at = Date.parse(String(row.payload.variables.input.at));
  expect(at).toBeGreaterThanOrEqual(since);
  expect(at).toBeLessThanOrEqual(Date.now());
}

test('accept, reply, close: dates recorded today, each step reported to governance with the exact payload', async () => {
  const { id, dispatchId } = await received();
  const since = Date.now();
  const today = chinaDateOf(new Date().toISOString());
  expect(await ok('accept', { id })).toMatchObject({ status: 'PROCEDURAL_REPLIED', proceduralRepliedOn: today, outcomeRepliedOn: null });
  const reply = '经审查，公安机关不立案理由成立，已向您书面说明。';
  expect(await ok('reply', { id, reply })).toMatchObject({ status: 'RESULT_REPLIED', outcomeRepliedOn: today, outcomeReplyKind: 'RESULT', resultRepliedOn: today, resultReply: reply, closedOn: null });
  expect(await ok('close', { id }, admin)).toMatchObject({ status: 'CLOSED', closedOn: today, resultReply: reply });

  const rows = await outboxRows(app.server.db, id);
  expect(rows.map((r) => r.payload.variables.input.state)).toEqual(['ACCEPTED', 'REPLIED', 'CLOSED']);
  expectProgress(rows[0], { dispatchId, recordId: id, state: 'ACCEPTED', note: '四平市铁西区人民检察院已受理并作出程序性回复' }, since);
  expectProgress(rows[1], { dispatchId, recordId: id, state: 'REPLIED', note: reply }, since);
  expectProgress(rows[2], { dispatchId, recordId: id, state: 'CLOSED', note: '四平市铁西区人民检察院已办结' }, since);
});

test('a seeded matter handled with progress replies gets its result reply; a closed one cannot be closed again', async () => {
  // The small world's matters are all closed: reopen one as still being handled (progress replied first).
  const row = await app.server.db('procuratorate_matters').where({ status: 'CLOSED' }).where('appeal_id', 'like', 'AP%').where('region_code', 'like', '220302%').orderBy('id').first();
  const closedAgain = await run('close', { id: row.id });
  expect(closedAgain.errors[0].extensions).toEqual({ code: 'ILLEGAL_TRANSITION', from: 'CLOSED', to: 'CLOSED' });
  await app.server.db('procuratorate_matters').where('id', row.id).update({ status: 'HANDLING', outcome_reply_kind: 'PROGRESS', result_replied_on: null, closed_on: null });
  const reply = '经调查核实，已依法提出检察建议。';
  const m = await ok('reply', { id: row.id, reply });
  const today = chinaDateOf(new Date().toISOString());
  expect(m).toMatchObject({ status: 'RESULT_REPLIED', outcomeReplyKind: 'PROGRESS', resultRepliedOn: today, resultReply: reply, dispatchId: row.dispatch_id });
  expect(m.outcomeRepliedOn).toBe(toDate(row.outcome_replied_on));
  const rows = await outboxRows(app.server.db, row.id);
  expect(rows.map((r) => [r.payload.variables.input.state, r.payload.variables.input.dispatchId])).toEqual([['REPLIED', row.dispatch_id]]);
});

test.each<[keyof typeof M, Record<string, unknown>, string]>([
  ['reply', { reply: '答复' }, 'RESULT_REPLIED'],
  ['close', {}, 'CLOSED'],
])('%s on a RECEIVED matter is an ILLEGAL_TRANSITION and changes nothing', async (op, extra, to) => {
  const { id } = await received();
  const outbox = await count(app.server.db, 'outbox');
  const body = await run(op, { id, ...extra });
  expect(body.errors[0].extensions).toEqual({ code: 'ILLEGAL_TRANSITION', from: 'RECEIVED', to });
  expect(await app.server.db('procuratorate_matters').where('id', id).first()).toMatchObject({ status: 'RECEIVED', procedural_replied_on: null, result_replied_on: null, result_reply: null, closed_on: null });
  expect(await count(app.server.db, 'outbox')).toBe(outbox);
});

test('accepting twice: the second is an ILLEGAL_TRANSITION and writes no second report', async () => {
  const { id } = await received();
  await ok('accept', { id });
  const body = await run('accept', { id });
  expect(body.errors[0].extensions).toEqual({ code: 'ILLEGAL_TRANSITION', from: 'PROCEDURAL_REPLIED', to: 'PROCEDURAL_REPLIED' });
  expect((await outboxRows(app.server.db, id)).map((r) => r.payload.variables.input.state)).toEqual(['ACCEPTED']);
});

test('a matter outside the staff member\'s jurisdiction, or unknown, is NOT_FOUND and unchanged', async () => {
  const { id } = await received({}, '220323');
  for (const [viewer, target] of [[staff, id], [procuratorateStaffOf('220323'), 'PM-does-not-exist']] as const) {
    const body = await run('accept', { id: target }, viewer);
    expect(body.data).toBeNull();
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
  }
  expect(await app.server.db('procuratorate_matters').where('id', id).first()).toMatchObject({ status: 'RECEIVED' });
  expect(await outboxRows(app.server.db, id)).toEqual([]);
  expect(await ok('accept', { id }, procuratorateStaffOf('220323'))).toMatchObject({ status: 'PROCEDURAL_REPLIED' });
});

test.each<[string, Viewer]>([
  ['center staff', staffOf('2203')],
  ['legal-services agency staff', { ...procuratorateStaffOf('2203'), agency: 'LEGAL_SERVICES' }],
  ['governance\'s service', GOVERNANCE],
])('%s may not work on 12309 matters (FORBIDDEN)', async (_who, viewer) => {
  const { id } = await received();
  const body = await run('accept', { id }, viewer);
  expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  expect(await app.server.db('procuratorate_matters').where('id', id).first()).toMatchObject({ status: 'RECEIVED' });
});

test('an empty or overlong reply is BAD_USER_INPUT naming it, and nothing changes', async () => {
  const { id } = await received();
  await ok('accept', { id });
  for (const reply of ['   ', '答'.repeat(4001)]) {
    const body = await run('reply', { id, reply });
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reply' });
  }
  expect(await app.server.db('procuratorate_matters').where('id', id).first()).toMatchObject({ status: 'PROCEDURAL_REPLIED', result_reply: null });
  expect((await outboxRows(app.server.db, id)).map((r) => r.payload.variables.input.state)).toEqual(['ACCEPTED']);
});
