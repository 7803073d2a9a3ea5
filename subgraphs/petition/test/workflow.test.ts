import { count, outboxRows } from '../../../test/support/referrals';
import { staffOf } from '../../../test/support/signedFetch';
import { PROGRESS_QUERY } from '../../kit/partnerProgress';
import type { Viewer } from '../../kit/viewer';
import { addDays, chinaDateOf, handlingDueOn, stageRequestDueOn } from '../src/domain/deadlines';
import { startPetition, type PetitionHarness } from './harness';
import { ADMIN, intakeIn, PETITION_FIELDS, petitionStaff, receive } from './referralFixtures';

let h: PetitionHarness;
beforeAll(async () => {
  h = await startPetition();
});
afterAll(() => h.stop());

const tiexi = petitionStaff('220302');
const M = {
  accept: `mutation($id: ID!, $noticeSentOn: Date) { acceptPetition(id: $id, noticeSentOn: $noticeSentOn) { ${PETITION_FIELDS} } }`,
  divert: `mutation($id: ID!, $legalRoute: String!) { divertPetition(id: $id, legalRoute: $legalRoute) { ${PETITION_FIELDS} } }`,
  reply: `mutation($id: ID!, $result: String!) { replyPetition(id: $id, result: $result) { ${PETITION_FIELDS} } }`,
  conclude: `mutation($id: ID!) { concludePetition(id: $id) { ${PETITION_FIELDS} } }`,
};
const FIELD = { accept: 'acceptPetition', divert: 'divertPetition', reply: 'replyPetition', conclude: 'concludePetition' } as const;
type Op = keyof typeof M;

async function run(op: Op, vars: Record<string, unknown>, viewer: Viewer = tiexi) {
  const res = await h.post(M[op], vars, viewer);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data![FIELD[op]];
}

async function refused(op: Op, vars: Record<string, unknown>, viewer: Viewer = tiexi) {
  const res = await h.post(M[op], vars, viewer);
  expect(res.body.data).toBeNull();
  expect(res.body.errors).toHaveLength(1);
  return res.body.errors![0].extensions!;
}

const snapshot = async (id: string) => ({ row: await h.server.db('petitions').where('id', id).first(), outbox: await count(h.server.db, 'outbox') });

const progress = (p: { id: string; dispatchId: string }, status: string, state: string, at: string, note: string) => ({
  id: `${p.id}:${status}`,
  target: 'governance',
  kind: 'progress',
  attempts: 0,
  payload: { query: PROGRESS_QUERY, variables: { input: { eventId: `${p.id}:${status}`, dispatchId: p.dispatchId, partner: 'PETITION', state, at, note, recordId: p.id } } },
});
const pending = (rows: Awaited<ReturnType<typeof outboxRows>>) => rows.map(({ id, target, kind, payload, attempts }) => ({ id, target, kind, payload, attempts }));

describe('a petition accepted, replied and concluded', () => {
  it('moves step by step with its statutory dates, reporting each state change with the exact payload', async () => {
    const p = await receive(h.url, intakeIn(h.world, '220302'));
    const today = chinaDateOf(new Date().toISOString());

    const accepted = await run('accept', { id: p.id, noticeSentOn: p.registeredOn });
    expect(accepted).toMatchObject({ status: 'ACCEPTED', decision: 'ACCEPTED', decidedOn: today, noticeSentOn: p.registeredOn, handlingDueOn: handlingDueOn(today) });
    expect(pending(await outboxRows(h.server.db, p.id))).toEqual([progress(p, 'ACCEPTED', 'ACCEPTED', accepted.updatedAt, '')]);

    const result = '经协调，供热公司已对小区管网进行检修，室温已达标。';
    const replied = await run('reply', { id: p.id, result });
    expect(replied).toMatchObject({ status: 'REPLIED', result, repliedOn: today, reviewRequestDueOn: stageRequestDueOn(today) });

    const concluded = await run('conclude', { id: p.id });
    expect(concluded).toMatchObject({ status: 'CONCLUDED', concludedOn: today, result });

    expect(pending(await outboxRows(h.server.db, p.id))).toEqual([
      progress(p, 'ACCEPTED', 'ACCEPTED', accepted.updatedAt, ''),
      progress(p, 'REPLIED', 'REPLIED', replied.updatedAt, result),
      progress(p, 'CONCLUDED', 'CLOSED', concluded.updatedAt, ''),
    ]);
  });

  it('accepts without a notice date, and keeps a long result whole while the report carries its first 499 characters and an ellipsis', async () => {
    const p = await receive(h.url, intakeIn(h.world, '220302'));
    const accepted = await run('accept', { id: p.id }, ADMIN);
    expect(accepted).toMatchObject({ status: 'ACCEPTED', noticeSentOn: null });
    const long = '答'.repeat(1200);
    const replied = await run('reply', { id: p.id, result: long }, ADMIN);
    expect(replied.result).toBe(long);
    const rows = await outboxRows(h.server.db, p.id);
    expect(rows[1].payload.variables.input.note).toBe(`${'答'.repeat(499)}…`);
  });
});

describe('a litigation matter diverted to a legal channel (诉访分离)', () => {
  it('is DIVERTED with its route and reported as REJECTED with the route as the note', async () => {
    const p = await receive(h.url, intakeIn(h.world, '220302', { litigation: 'CIVIL' }));
    const route = '属民事纠纷，告知依法向人民法院提起民事诉讼或申请诉前调解';
    const diverted = await run('divert', { id: p.id, legalRoute: route });
    expect(diverted).toMatchObject({ status: 'DIVERTED', decision: 'DIVERTED', legalRoute: route, decidedOn: chinaDateOf(new Date().toISOString()), handlingDueOn: null });
    expect(pending(await outboxRows(h.server.db, p.id))).toEqual([progress(p, 'DIVERTED', 'REJECTED', diverted.updatedAt, route)]);
  });
});

describe('refusals', () => {
  it.each<[string, Op, Op[], Record<string, unknown>, string, string]>([
    ['accept twice', 'accept', ['accept'], {}, 'ACCEPTED', 'ACCEPTED'],
    ['divert an accepted petition', 'divert', ['accept'], { legalRoute: '告知依法起诉' }, 'ACCEPTED', 'DIVERTED'],
    ['reply before accepting', 'reply', [], { result: '答复' }, 'REGISTERED', 'REPLIED'],
    ['conclude before replying', 'conclude', ['accept'], {}, 'ACCEPTED', 'CONCLUDED'],
    ['reply to a diverted petition', 'reply', ['divert'], { result: '答复' }, 'DIVERTED', 'REPLIED'],
  ])('refuses to %s with ILLEGAL_TRANSITION: nothing changes, nothing is reported', async (_, op, path, vars, from, to) => {
    const p = await receive(h.url, intakeIn(h.world, '220302'));
    const args: Record<Op, Record<string, unknown>> = { accept: {}, divert: { legalRoute: '告知依法申请仲裁' }, reply: { result: '答复' }, conclude: {} };
    for (const step of path) await run(step, { id: p.id, ...args[step] });
    const before = await snapshot(p.id);
    expect(await refused(op, { id: p.id, ...vars })).toEqual({ code: 'ILLEGAL_TRANSITION', from, to });
    expect(await snapshot(p.id)).toEqual(before);
  });

  it.each<[string, Op, Record<string, unknown>, string]>([
    ['an empty legal route', 'divert', { legalRoute: '  ' }, 'legalRoute'],
    ['a legal route over 500 characters', 'divert', { legalRoute: '路'.repeat(501) }, 'legalRoute'],
    ['an empty result', 'reply', { result: '' }, 'result'],
    ['a notice date that is not a date', 'accept', { noticeSentOn: '2026-02-30' }, 'noticeSentOn'],
    ['a notice date before registration', 'accept', { noticeSentOn: '2020-01-01' }, 'noticeSentOn'],
    ['a notice date in the future', 'accept', { noticeSentOn: addDays(chinaDateOf(new Date().toISOString()), 2) }, 'noticeSentOn'],
  ])('refuses %s with BAD_USER_INPUT naming the field, changing nothing', async (_, op, vars, field) => {
    const p = await receive(h.url, intakeIn(h.world, '220302'));
    if (op === 'reply') await run('accept', { id: p.id });
    const before = await snapshot(p.id);
    expect(await refused(op, { id: p.id, ...vars })).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshot(p.id)).toEqual(before);
  });

  it('lets only one of five concurrent acceptances through, reported once', async () => {
    const p = await receive(h.url, intakeIn(h.world, '220302'));
    const results = await Promise.all(Array.from({ length: 5 }, () => h.post(M.accept, { id: p.id }, tiexi)));
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    for (const r of results.filter((x) => x.body.errors)) expect(r.body.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', from: 'ACCEPTED', to: 'ACCEPTED' });
    expect((await outboxRows(h.server.db, p.id)).map((r) => r.id)).toEqual([`${p.id}:ACCEPTED`]);
  });

  it('reads a petition outside the staff member’s jurisdiction as NOT_FOUND and changes nothing', async () => {
    const p = await receive(h.url, intakeIn(h.world, '220302'));
    const before = await snapshot(p.id);
    expect(await refused('accept', { id: p.id }, petitionStaff('220323'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused('accept', { id: 'PT-nope' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot(p.id)).toEqual(before);
  });

  it.each<[string, Viewer]>([
    ['CENTER_STAFF', staffOf('220302')],
    ['AGENCY_STAFF of the court', { sub: 'j-1', role: 'AGENCY_STAFF', agency: 'COURT', jurisdictions: ['220302'], scopes: [] }],
    ['the governance service', { sub: 'governance', role: 'SERVICE', jurisdictions: [], scopes: [] }],
    ['a citizen', { sub: 'c-1', role: 'CITIZEN', jurisdictions: [], scopes: [] }],
  ])('refuses %s with FORBIDDEN', async (_, viewer) => {
    const p = await receive(h.url, intakeIn(h.world, '220302'));
    const before = await snapshot(p.id);
    expect(await refused('divert', { id: p.id, legalRoute: '' }, viewer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('accept', { id: p.id }, viewer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot(p.id)).toEqual(before);
  });
});

describe('demo petitions', () => {
  it('moves a seeded petition too (one being handled gets its reply), reporting it under its own dispatch id', async () => {
    const seeded = h.planned.map((x) => x.petition).find((x) => x.status === 'HANDLING')!;
    expect(seeded).toBeDefined();
    const replied = await run('reply', { id: seeded.id, result: '已督促责任单位解决' }, ADMIN);
    expect(replied).toMatchObject({ status: 'REPLIED', dispatchId: seeded.dispatch_id, result: '已督促责任单位解决' });
    expect(pending(await outboxRows(h.server.db, String(seeded.id)))).toEqual([
      progress({ id: String(seeded.id), dispatchId: String(seeded.dispatch_id) }, 'REPLIED', 'REPLIED', replied.updatedAt, '已督促责任单位解决'),
    ]);
  });
});
