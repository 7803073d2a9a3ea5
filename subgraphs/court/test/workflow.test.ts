import type { Viewer } from '../../kit/viewer';
import { count, outboxRows } from '../../../test/support/referrals';
import { signedPost, staffOf } from '../../../test/support/signedFetch';
import { PROGRESS_QUERY } from '../../kit/partnerProgress';
import { chinaDate } from '../src/domain/dates';
import { planCourtData } from '../src/demo/plan';
import { startCourt, type RunningCourt } from './harness';
import { ADMIN, courtStaff, intakeIn, receive } from './referralFixtures';

let court: RunningCourt;
beforeAll(async () => {
  court = await startCourt();
});
afterAll(() => court.stop());

const tiexiJudge = courtStaff('220302');
const REFERRAL = 'id dispatchId status kind updatedAt mediationNote closingNote courtCases { id caseNumber status closedOn }';
const CASE = 'id caseNumber courtName courtCode type causeOfAction status filedOn judgedOn closedOn judgmentNote referral { id status updatedAt }';
const M = {
  accept: `mutation($id: ID!) { acceptCourtReferral(id: $id) { ${REFERRAL} } }`,
  mediate: `mutation($id: ID!) { startCourtMediation(id: $id) { ${REFERRAL} } }`,
  result: `mutation($id: ID!, $agreed: Boolean!, $note: String) { recordCourtMediationResult(id: $id, agreed: $agreed, note: $note) { ${REFERRAL} } }`,
  file: `mutation($id: ID!, $type: CourtCaseType!, $cause: String!) { fileCourtCase(referralId: $id, type: $type, causeOfAction: $cause) { ${CASE} } }`,
  judge: `mutation($id: ID!, $note: String) { recordCourtJudgment(caseId: $id, note: $note) { ${CASE} } }`,
  close: `mutation($id: ID!, $note: String) { closeCourtReferral(id: $id, note: $note) { ${REFERRAL} } }`,
};
const FIELD = { accept: 'acceptCourtReferral', mediate: 'startCourtMediation', result: 'recordCourtMediationResult', file: 'fileCourtCase', judge: 'recordCourtJudgment', close: 'closeCourtReferral' } as const;

/** Run a staff mutation; resolves with the returned record, or throws with the errors. */
async function run(op: keyof typeof M, vars: Record<string, unknown>, viewer: Viewer = tiexiJudge) {
  const res = await signedPost(court.url, 'court', M[op], vars, viewer);
  if (res.body.errors) throw Object.assign(new Error(res.body.errors[0].message), { extensions: res.body.errors[0].extensions });
  return res.body.data![FIELD[op]];
}

/** Run a mutation that must fail; resolves with the error's extensions. */
async function refused(op: keyof typeof M, vars: Record<string, unknown>, viewer: Viewer = tiexiJudge) {
  const res = await signedPost(court.url, 'court', M[op], vars, viewer);
  expect(res.body.data).toBeNull();
  expect(res.body.errors).toHaveLength(1);
  return res.body.errors![0].extensions!;
}

const snapshot = async (id: string) => ({
  referral: await court.server.db('court_referrals').where('id', id).first(),
  cases: await court.server.db('court_cases').where('referral_id', id).orderBy('id'),
  outbox: await count(court.server.db, 'outbox'),
});

/** The exact progress message governance must receive for a state change. */
const progress = (ref: { id: string; dispatchId: string }, state: string, at: string, note: string, eventId = `${ref.id}:${state}`) => ({
  id: eventId,
  target: 'governance',
  kind: 'progress',
  payload: { query: PROGRESS_QUERY, variables: { input: { eventId, dispatchId: ref.dispatchId, partner: 'COURT', state, at, note, recordId: ref.id } } },
  attempts: 0,
});
const pending = (rows: Awaited<ReturnType<typeof outboxRows>>) => rows.map(({ id, target, kind, payload, attempts }) => ({ id, target, kind, payload, attempts }));

/** The next case number the court will give (the demo docket's last sequence of that court, year and word, + 1). */
async function nextSequence(courtCode: string, word: string): Promise<number> {
  const year = Number(chinaDate(new Date().toISOString()).slice(0, 4));
  const [{ last }] = await court.server.db('court_cases').max({ last: 'sequence' }).where({ court_code: courtCode, year, case_word: word });
  return Number(last ?? 0) + 1;
}

describe('a referral through mediation that fails, filing, judgment and closing', () => {
  it('moves step by step, reporting each state change to governance with the exact payload', async () => {
    const ref = await receive(court.url, intakeIn(court.world, '220302'));
    const today = chinaDate(new Date().toISOString());

    const accepted = await run('accept', { id: ref.id });
    expect(accepted).toMatchObject({ id: ref.id, status: 'ACCEPTED' });
    expect(pending(await outboxRows(court.server.db, ref.id))).toEqual([progress(ref, 'ACCEPTED', accepted.updatedAt, '')]);

    const mediating = await run('mediate', { id: ref.id });
    expect(mediating.status).toBe('MEDIATING');

    const failed = await run('result', { id: ref.id, agreed: false, note: '被申请人不同意调解' });
    expect(failed).toMatchObject({ status: 'MEDIATION_FAILED', mediationNote: '被申请人不同意调解' });

    const expectedSeq = await nextSequence('吉0302', '民初');
    const filed = await run('file', { id: ref.id, type: 'CIVIL', cause: '追索劳动报酬纠纷' });
    const year = today.slice(0, 4);
    expect(filed).toMatchObject({
      caseNumber: `(${year})吉0302民初${expectedSeq}号`, courtName: '四平市铁西区人民法院', courtCode: '吉0302', type: 'CIVIL', causeOfAction: '追索劳动报酬纠纷',
      status: 'FILED', filedOn: today, judgedOn: null, closedOn: null, referral: { id: ref.id, status: 'FILED' },
    });

    const judged = await run('judge', { id: filed.id, note: '判决被告支付拖欠工资' });
    expect(judged).toMatchObject({ status: 'JUDGED', judgedOn: today, judgmentNote: '判决被告支付拖欠工资', referral: { id: ref.id, status: 'JUDGED' } });

    const closed = await run('close', { id: ref.id, note: '判决已履行' });
    expect(closed).toMatchObject({ status: 'CLOSED', closingNote: '判决已履行', courtCases: [{ id: filed.id, caseNumber: filed.caseNumber, status: 'CLOSED', closedOn: today }] });

    expect(pending(await outboxRows(court.server.db, ref.id))).toEqual([
      progress(ref, 'ACCEPTED', accepted.updatedAt, ''),
      progress(ref, 'MEDIATING', mediating.updatedAt, ''),
      progress(ref, 'MEDIATING', failed.updatedAt, '调解未达成协议：被申请人不同意调解', `${ref.id}:MEDIATION_FAILED`),
      progress(ref, 'FILED', filed.referral.updatedAt, filed.caseNumber),
      progress(ref, 'JUDGED', judged.referral.updatedAt, `${filed.caseNumber} 判决被告支付拖欠工资`, `${filed.id}:JUDGED`),
      progress(ref, 'CLOSED', closed.updatedAt, '判决已履行'),
    ]);
  });
});

describe('a referral through mediation that reaches an agreement', () => {
  it('reports AGREEMENT, then closes', async () => {
    const ref = await receive(court.url, intakeIn(court.world, '220302'));
    await run('accept', { id: ref.id }, ADMIN);
    await run('mediate', { id: ref.id }, ADMIN);
    const agreed = await run('result', { id: ref.id, agreed: true, note: '双方达成分期还款协议' });
    expect(agreed).toMatchObject({ status: 'MEDIATED', mediationNote: '双方达成分期还款协议' });
    const closed = await run('close', { id: ref.id });
    expect(closed).toMatchObject({ status: 'CLOSED', closingNote: null, courtCases: [] });
    const rows = await outboxRows(court.server.db, ref.id);
    expect(rows.map((r) => [r.id, r.payload.variables.input.state, r.payload.variables.input.note])).toEqual([
      [`${ref.id}:ACCEPTED`, 'ACCEPTED', ''],
      [`${ref.id}:MEDIATING`, 'MEDIATING', ''],
      [`${ref.id}:MEDIATED`, 'AGREEMENT', '双方达成分期还款协议'],
      [`${ref.id}:CLOSED`, 'CLOSED', ''],
    ]);
  });
});

describe('filing', () => {
  it('files a filing-review referral straight after acceptance and numbers cases per court, year and case word', async () => {
    const a = await receive(court.url, intakeIn(court.world, '220323', { litigation: 'ADMINISTRATIVE', category: 'LITIGATION.ADMINISTRATIVE' }));
    const b = await receive(court.url, intakeIn(court.world, '220323', { litigation: 'ADMINISTRATIVE', category: 'LITIGATION.ADMINISTRATIVE' }));
    const yitong = courtStaff('220323');
    for (const r of [a, b]) await run('accept', { id: r.id }, yitong);
    const seq = await nextSequence('吉0323', '行初');
    const year = chinaDate(new Date().toISOString()).slice(0, 4);
    const first = await run('file', { id: a.id, type: 'ADMINISTRATIVE', cause: '行政处罚' }, yitong);
    const second = await run('file', { id: b.id, type: 'ADMINISTRATIVE', cause: '行政强制' }, yitong);
    expect([first.caseNumber, second.caseNumber]).toEqual([`(${year})吉0323行初${seq}号`, `(${year})吉0323行初${seq + 1}号`]);
  });

  it('gives concurrent filings at one court distinct consecutive numbers', async () => {
    const refs = [];
    for (let i = 0; i < 4; i++) refs.push(await receive(court.url, intakeIn(court.world, '220302', { litigation: 'CRIMINAL', category: 'LITIGATION.CRIMINAL' })));
    for (const r of refs) await run('accept', { id: r.id });
    const seq = await nextSequence('吉0302', '刑初');
    const filed = await Promise.all(refs.map((r) => run('file', { id: r.id, type: 'CRIMINAL', cause: '故意伤害罪' })));
    const numbers = filed.map((c) => Number(/刑初(\d+)号$/.exec(c.caseNumber)![1])).sort((x, y) => x - y);
    expect(numbers).toEqual([seq, seq + 1, seq + 2, seq + 3]);
  });

  it('refuses a judicial confirmation or an empty cause with BAD_USER_INPUT, changing nothing', async () => {
    const ref = await receive(court.url, intakeIn(court.world, '220302'));
    await run('accept', { id: ref.id });
    const before = await snapshot(ref.id);
    expect(await refused('file', { id: ref.id, type: 'JUDICIAL_CONFIRMATION', cause: '申请司法确认调解协议' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'type' });
    expect(await refused('file', { id: ref.id, type: 'CIVIL', cause: '  ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'causeOfAction' });
    expect(await snapshot(ref.id)).toEqual(before);
  });
});

describe('illegal moves', () => {
  it.each<[string, keyof typeof M, string[], Record<string, unknown>, string, string]>([
    ['accept twice', 'accept', ['accept'], {}, 'ACCEPTED', 'ACCEPTED'],
    ['mediate before accepting', 'mediate', [], {}, 'RECEIVED', 'MEDIATING'],
    ['file before accepting', 'file', [], { type: 'CIVIL', cause: '劳动合同纠纷' }, 'RECEIVED', 'FILED'],
    ['file during mediation', 'file', ['accept', 'mediate'], { type: 'CIVIL', cause: '劳动合同纠纷' }, 'MEDIATING', 'FILED'],
    ['close an accepted referral', 'close', ['accept'], { note: '结案' }, 'ACCEPTED', 'CLOSED'],
    ['record a mediation result without mediation', 'result', ['accept'], { agreed: true }, 'ACCEPTED', 'MEDIATED'],
  ])('refuses to %s with ILLEGAL_TRANSITION: nothing changes, nothing is reported', async (_, op, path, vars, from, to) => {
    const ref = await receive(court.url, intakeIn(court.world, '220302'));
    for (const step of path) await run(step as keyof typeof M, { id: ref.id });
    const before = await snapshot(ref.id);
    expect(await refused(op, { id: ref.id, ...vars })).toEqual({ code: 'ILLEGAL_TRANSITION', from, to });
    expect(await snapshot(ref.id)).toEqual(before);
  });

  it('refuses mediation for a filing-review referral', async () => {
    const ref = await receive(court.url, intakeIn(court.world, '220302', { litigation: 'ADMINISTRATIVE', category: 'LITIGATION.ADMINISTRATIVE' }));
    await run('accept', { id: ref.id });
    const before = await snapshot(ref.id);
    expect(await refused('mediate', { id: ref.id })).toEqual({ code: 'ILLEGAL_TRANSITION', from: 'ACCEPTED', to: 'MEDIATING' });
    expect(await snapshot(ref.id)).toEqual(before);
  });

  it('refuses to judge a case twice, and to close a referral whose case is not judged', async () => {
    const ref = await receive(court.url, intakeIn(court.world, '220302', { litigation: 'ADMINISTRATIVE', category: 'LITIGATION.ADMINISTRATIVE' }));
    await run('accept', { id: ref.id });
    const c = await run('file', { id: ref.id, type: 'ADMINISTRATIVE', cause: '行政登记' });
    let before = await snapshot(ref.id);
    expect(await refused('close', { id: ref.id })).toEqual({ code: 'ILLEGAL_TRANSITION', from: 'FILED', to: 'CLOSED' });
    expect(await snapshot(ref.id)).toEqual(before);
    await run('judge', { id: c.id });
    before = await snapshot(ref.id);
    expect(await refused('judge', { id: c.id })).toEqual({ code: 'ILLEGAL_TRANSITION', from: 'JUDGED', to: 'JUDGED' });
    expect(await snapshot(ref.id)).toEqual(before);
  });

  it('lets only one of five concurrent acceptances through, reported once', async () => {
    const ref = await receive(court.url, intakeIn(court.world, '220302'));
    const results = await Promise.all(Array.from({ length: 5 }, () => signedPost(court.url, 'court', M.accept, { id: ref.id }, tiexiJudge)));
    const ok = results.filter((r) => !r.body.errors);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => x.body.errors)) expect(r.body.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', from: 'ACCEPTED', to: 'ACCEPTED' });
    expect((await outboxRows(court.server.db, ref.id)).map((r) => r.id)).toEqual([`${ref.id}:ACCEPTED`]);
  });
});

describe('who may move a referral', () => {
  it('reads a referral outside the judge’s jurisdiction as NOT_FOUND and changes nothing', async () => {
    const ref = await receive(court.url, intakeIn(court.world, '220302'));
    const before = await snapshot(ref.id);
    expect(await refused('accept', { id: ref.id }, courtStaff('220323'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused('accept', { id: 'CR-nope' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot(ref.id)).toEqual(before);
  });

  it('reads a case outside the judge’s jurisdiction as NOT_FOUND', async () => {
    const ref = await receive(court.url, intakeIn(court.world, '220302', { litigation: 'ADMINISTRATIVE', category: 'LITIGATION.ADMINISTRATIVE' }));
    await run('accept', { id: ref.id });
    const c = await run('file', { id: ref.id, type: 'ADMINISTRATIVE', cause: '行政处罚' });
    const before = await snapshot(ref.id);
    expect(await refused('judge', { id: c.id }, courtStaff('220323'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot(ref.id)).toEqual(before);
  });

  it.each<[string, Viewer]>([
    ['CENTER_STAFF', staffOf('220302')],
    ['AGENCY_STAFF of the petition center', { sub: 'p-1', role: 'AGENCY_STAFF', agency: 'PETITION', jurisdictions: ['220302'], scopes: [] }],
    ['the governance service', { sub: 'governance', role: 'SERVICE', jurisdictions: [], scopes: [] }],
    ['a citizen', { sub: 'c-1', role: 'CITIZEN', jurisdictions: [], scopes: [] }],
  ])('refuses %s with FORBIDDEN', async (_, viewer) => {
    const ref = await receive(court.url, intakeIn(court.world, '220302'));
    const before = await snapshot(ref.id);
    expect(await refused('accept', { id: ref.id }, viewer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot(ref.id)).toEqual(before);
  });
});

describe('demo referrals', () => {
  it('moves a seeded referral too, reporting it under its own dispatch id', async () => {
    const seeded = planCourtData(court.world).referrals.find((r) => r.status === 'RECEIVED' && r.region_code.startsWith('220302'))!;
    expect(seeded).toBeDefined();
    const accepted = await run('accept', { id: seeded.id });
    expect(accepted).toMatchObject({ status: 'ACCEPTED', dispatchId: seeded.dispatch_id });
    expect(pending(await outboxRows(court.server.db, seeded.id))).toEqual([progress({ id: seeded.id, dispatchId: seeded.dispatch_id }, 'ACCEPTED', accepted.updatedAt, '')]);
  });
});
