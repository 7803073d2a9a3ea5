import { count } from '../../../test/support/referrals';
import { signedPost, staffOf } from '../../../test/support/signedFetch';
import { maskName } from '../../kit/pii';
import type { Viewer } from '../../kit/viewer';
import { planCourtData } from '../src/demo/plan';
import { startCourt, type RunningCourt } from './harness';
import { ADMIN, courtStaff, intakeIn, receive } from './referralFixtures';

let court: RunningCourt;
const post = (query: string, variables: Record<string, unknown>, viewer: Viewer) => signedPost(court.url, 'court', query, variables, viewer);
const reveals = () => count(court.server.db, 'pii_reveals');

const PII = ['pii:read'];
const judge = { ...courtStaff('220302'), scopes: PII };
const judgeWithout = courtStaff('220302');
const yitongJudge = { ...courtStaff('220323'), sub: 'judge-yitong', scopes: PII };
const centerStaff = staffOf('2203', { scopes: PII });
const auditor: Viewer = { sub: 'auditor-tiexi', role: 'AUDITOR', jurisdictions: ['220302'], scopes: [] };
const yitongAuditor: Viewer = { sub: 'auditor-yitong', role: 'AUDITOR', jurisdictions: ['220323'], scopes: [] };

/** A referral in 铁西区 whose title carries a mobile number, one in 伊通县, and a whistle-blower's referral in 铁西区. */
let open: { id: string; appealId: string };
let yitong: { id: string };
let secret: { id: string; appealId: string };

beforeAll(async () => {
  court = await startCourt();
  const input = intakeIn(court.world, '220302', { title: '张伟讨薪，电话13800005678' });
  open = { id: (await receive(court.url, input)).id, appealId: input.appealId };
  yitong = await receive(court.url, intakeIn(court.world, '220323'));
  const secretIn = intakeIn(court.world, '220302', { nature: 'ACCUSATION', confidential: true, applicantName: '欧阳娜娜', applicantIdNumber: '220302198001010048', applicantPhone: '13912345678' });
  secret = { id: (await receive(court.url, secretIn)).id, appealId: secretIn.appealId };
});
afterAll(() => court.stop());

const REFERRAL_OF = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Appeal { courtReferral { id applicantName title mediationNote closingNote courtCases { judgmentNote } } } } }`;
const referralOf = async (appealId: string, viewer: Viewer) => {
  const res = await post(REFERRAL_OF, { reps: [{ __typename: 'Appeal', id: appealId }] }, viewer);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!._entities[0].courtReferral;
};

const REVEAL = `mutation($id: ID!, $fields: [PersonalDataField!]!, $purpose: String!) {
  revealCourtReferralPersonalData(id: $id, fields: $fields, purpose: $purpose) {
    name idNumber phone address
    audit { id at viewer viewerRole viewerUnit subjectType subjectId regionCode fields purpose requestId }
  }
}`;
const reveal = (id: string, fields: unknown, purpose: unknown, viewer: Viewer) => post(REVEAL, { id, fields, purpose }, viewer);

/** A reveal that must fail: the error's extensions, and no audit row written. */
async function refusedReveal(id: string, fields: unknown, purpose: unknown, viewer: Viewer) {
  const before = await reveals();
  const res = await reveal(id, fields, purpose, viewer);
  expect(res.body.data).toBeNull();
  expect(await reveals()).toBe(before);
  return res.body.errors![0].extensions;
}

describe('personal data on output', () => {
  it('masks the applicant name and the numbers in free text for every viewer, and stores them clear', async () => {
    const M = {
      accept: `mutation($id: ID!) { acceptCourtReferral(id: $id) { id } }`,
      mediate: `mutation($id: ID!) { startCourtMediation(id: $id) { id } }`,
      fail: `mutation($id: ID!) { recordCourtMediationResult(id: $id, agreed: false, note: "申请人电话13800005678，对方拒绝调解") { id } }`,
      file: `mutation($id: ID!) { fileCourtCase(referralId: $id, type: CIVIL, causeOfAction: "追索劳动报酬纠纷") { id } }`,
    };
    for (const q of Object.values(M)) expect((await post(q, { id: open.id }, judge)).body.errors).toBeUndefined();
    const caseId = (await court.server.db('court_cases').where('referral_id', open.id).first()).id;
    const judged = await post(`mutation($id: ID!) { recordCourtJudgment(caseId: $id, note: "判令被告向22030219800101003X支付工资") { judgmentNote } }`, { id: caseId }, judge);
    expect(judged.body.data!.recordCourtJudgment.judgmentNote).toBe('判令被告向220302********003X支付工资');
    const closed = await post(`mutation($id: ID!) { closeCourtReferral(id: $id, note: "已电话13800005678告知") { closingNote } }`, { id: open.id }, judge);
    expect(closed.body.data!.closeCourtReferral.closingNote).toBe('已电话138****5678告知');

    for (const viewer of [judge, judgeWithout, centerStaff, ADMIN]) {
      expect(await referralOf(open.appealId, viewer)).toEqual({
        id: open.id, applicantName: '张*', title: '张*讨薪，电话138****5678', mediationNote: '申请人电话138****5678，对方拒绝调解',
        closingNote: '已电话138****5678告知', courtCases: [{ judgmentNote: '判令被告向220302********003X支付工资' }],
      });
    }
    expect(await court.server.db('court_referrals').where('id', open.id).first()).toMatchObject({
      applicant_name: '张伟', applicant_id_number: '22030219800101003X', applicant_phone: '13800005678', title: '张伟讨薪，电话13800005678',
      mediation_note: '申请人电话13800005678，对方拒绝调解', closing_note: '已电话13800005678告知',
    });
  });

  it('masks every seeded applicant in the list', async () => {
    const planned = new Map(planCourtData(court.world).referrals.map((r) => [r.id, r]));
    const res = await post(`{ courtReferrals(first: 100) { nodes { id applicantName } } }`, {}, centerStaff);
    const nodes: { id: string; applicantName: string | null }[] = res.body.data!.courtReferrals.nodes;
    const seeded = nodes.filter((n) => planned.has(n.id) && planned.get(n.id)!.applicant_name);
    expect(seeded.length).toBeGreaterThan(5);
    for (const n of seeded) {
      const clear = planned.get(n.id)!.applicant_name!;
      expect(n.applicantName).toBe(maskName(clear));
      expect(n.applicantName).not.toBe(clear);
    }
  });

  it('gives a confidential referral an applicant of null to everybody but the court\'s own staff, who see it masked', async () => {
    for (const viewer of [centerStaff, ADMIN, staffOf('220302')]) expect((await referralOf(secret.appealId, viewer)).applicantName).toBeNull();
    expect((await referralOf(secret.appealId, judgeWithout)).applicantName).toBe('欧***');
    expect((await referralOf(secret.appealId, judge)).applicantName).toBe('欧***');
  });
});

describe('revealCourtReferralPersonalData', () => {
  it('reveals the asked fields only, in clear, and writes exactly one audit record', async () => {
    const before = await reveals();
    const res = await reveal(open.id, ['PHONE', 'NAME'], '  电话回访当事人调解意向 ', judge);
    expect(res.body.errors).toBeUndefined();
    const out = res.body.data!.revealCourtReferralPersonalData;
    expect(out).toMatchObject({
      name: '张伟', idNumber: null, phone: '13800005678', address: null,
      audit: { viewer: judge.sub, viewerRole: 'AGENCY_STAFF', viewerUnit: 'COURT', subjectType: 'COURT_REFERRAL', subjectId: open.id, regionCode: expect.stringMatching(/^220302\d{6}$/), fields: ['NAME', 'PHONE'], purpose: '电话回访当事人调解意向' },
    });
    expect(await reveals()).toBe(before + 1);
    const row = await court.server.db('pii_reveals').where('id', out.audit.id).first();
    expect(row).toMatchObject({ viewer_sub: judge.sub, viewer_role: 'AGENCY_STAFF', subject_type: 'COURT_REFERRAL', subject_id: open.id, purpose: '电话回访当事人调解意向' });
    expect(JSON.parse(row.fields)).toEqual(['NAME', 'PHONE']);
    expect(out.audit.requestId).toEqual(expect.any(String));
  });

  it('is FORBIDDEN without pii:read, and to roles that never hold it', async () => {
    expect(await refusedReveal(open.id, ['NAME'], '电话回访当事人', judgeWithout)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusedReveal(open.id, ['NAME'], '电话回访当事人', { ...ADMIN, scopes: PII })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusedReveal(open.id, ['NAME'], '电话回访当事人', { ...auditor, scopes: PII })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each([
    ['no field', [], '电话回访当事人', 'fields'],
    ['a 2-character purpose', ['NAME'], '  看看 ', 'purpose'],
    ['a 501-character purpose', ['NAME'], 'x'.repeat(501), 'purpose'],
  ])('%s → BAD_USER_INPUT naming the field, nothing written', async (_, fields, purpose, field) => {
    expect(await refusedReveal(open.id, fields, purpose, judge)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('is NOT_FOUND outside the viewer\'s jurisdiction or for an unknown id', async () => {
    expect(await refusedReveal(yitong.id, ['NAME'], '电话回访当事人', judge)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusedReveal('CR-nope', ['NAME'], '电话回访当事人', judge)).toMatchObject({ code: 'NOT_FOUND' });
    const ok = await reveal(yitong.id, ['ID_NUMBER'], '核实当事人身份', yitongJudge);
    expect(ok.body.data!.revealCourtReferralPersonalData).toMatchObject({ name: null, idNumber: '22030219800101003X', phone: null });
  });

  it('reveals a confidential referral to the court\'s own staff only', async () => {
    expect(await refusedReveal(secret.id, ['NAME'], '核实举报人身份', centerStaff)).toMatchObject({ code: 'NOT_FOUND' });
    const res = await reveal(secret.id, ['NAME', 'ID_NUMBER', 'PHONE', 'ADDRESS'], '依法核实举报人身份', judge);
    expect(res.body.data!.revealCourtReferralPersonalData).toMatchObject({
      name: '欧阳娜娜', idNumber: '220302198001010048', phone: '13912345678', address: null, audit: { subjectId: secret.id, fields: ['NAME', 'ID_NUMBER', 'PHONE', 'ADDRESS'] },
    });
  });
});

const TRAIL = `query($filter: PersonalDataRevealFilter, $first: Int, $after: String) {
  courtPersonalDataReveals(filter: $filter, first: $first, after: $after) { nodes { id viewer subjectId subjectType fields purpose regionCode } pageInfo { hasNextPage endCursor } }
}`;

describe('courtPersonalDataReveals', () => {
  it('shows an auditor the reveals inside their jurisdiction, not outside', async () => {
    const mine = await reveal(open.id, ['NAME'], '审计抽查前的回访', judge);
    const auditId = mine.body.data!.revealCourtReferralPersonalData.audit.id;
    const tiexi = await post(TRAIL, { filter: { subjectId: open.id }, first: 50 }, auditor);
    expect(tiexi.body.errors).toBeUndefined();
    const nodes = tiexi.body.data!.courtPersonalDataReveals.nodes;
    expect(nodes[0]).toEqual({ id: auditId, viewer: judge.sub, subjectId: open.id, subjectType: 'COURT_REFERRAL', fields: ['NAME'], purpose: '审计抽查前的回访', regionCode: expect.stringMatching(/^220302/) });
    expect(nodes.every((n: { subjectId: string }) => n.subjectId === open.id)).toBe(true);
    const all = await post(TRAIL, { first: 100 }, yitongAuditor);
    const ids = all.body.data!.courtPersonalDataReveals.nodes.map((n: { subjectId: string }) => n.subjectId);
    expect(ids).toContain(yitong.id);
    expect(ids).not.toContain(open.id);
    expect(ids).not.toContain(secret.id);
  });

  it.each([
    ['court staff', judge],
    ['center staff', centerStaff],
    ['an admin', ADMIN],
  ])('is FORBIDDEN to %s', async (_, viewer) => {
    const res = await post(TRAIL, {}, viewer);
    expect(res.body.data).toBeNull();
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
