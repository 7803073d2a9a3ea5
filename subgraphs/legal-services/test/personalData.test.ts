import { count, GOVERNANCE } from '../../../test/support/referrals';
import { staffOf } from '../../../test/support/signedFetch';
import { makeIdNumber } from '../../kit/idNumber';
import type { Viewer } from '../../kit/viewer';
import { admin, legalStaffOf, startHarness, type Harness } from './harness';
import { INTAKE, referral } from './referrals';

/**
 * Personal data (domain.md): masked on output for every viewer, a confidential applicant's identity hidden from all
 * but legal-services staff, clear values only through an audit-logged reveal with `pii:read` and a purpose.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const ID_NUMBER = makeIdNumber('220302', '19800101', 12);
const MASKED_ID = `${ID_NUMBER.slice(0, 6)}********${ID_NUMBER.slice(-4)}`;
const OTHER_ID = makeIdNumber('220303', '19900101', 12);
const DESCRIPTION = `楼上漏水。联系电话13912345678，身份证${OTHER_ID}，损失3000元。`;
const MASKED_DESCRIPTION = `楼上漏水。联系电话139****5678，身份证${OTHER_ID.slice(0, 6)}********${OTHER_ID.slice(-4)}，损失3000元。`;
const PURPOSE = '联系申请人安排调解';

const withPii = (v: Viewer): Viewer => ({ ...v, scopes: ['pii:read'] });
const mediator = withPii(legalStaffOf('220302'));
const centerStaff = withPii(staffOf('2203'));
const auditorOf = (jurisdiction: string): Viewer => ({ sub: `aud-${jurisdiction}`, role: 'AUDITOR', jurisdictions: [jurisdiction], scopes: [] });

const MEDIATION = `query($id: ID!) { mediation(id: $id) { id title description applicantName confidential legalRoutesTold agreement { termsSummary } } }`;
const REVEAL_FIELDS = 'name idNumber phone address audit { id at viewer viewerRole viewerUnit subjectType subjectId regionCode fields purpose requestId }';
const REVEAL_MEDIATION = `mutation($id: ID!, $fields: [PersonalDataField!]!, $purpose: String!) {
  revealMediationPersonalData(id: $id, fields: $fields, purpose: $purpose) { ${REVEAL_FIELDS} } }`;
const REVEAL_LEGAL_AID = `mutation($id: ID!, $fields: [PersonalDataField!]!, $purpose: String!) {
  revealLegalAidApplicantPersonalData(id: $id, fields: $fields, purpose: $purpose) { ${REVEAL_FIELDS} } }`;
const TRAIL = `query($filter: PersonalDataRevealFilter) { legalServicesPersonalDataReveals(filter: $filter, first: 50) {
  nodes { id viewer subjectType subjectId regionCode fields purpose } pageInfo { hasNextPage } } }`;

const reveals = () => count(h.server.db, 'pii_reveals');
const revealMediation = (id: string, viewer: Viewer, fields: unknown = ['NAME', 'PHONE'], purpose: unknown = PURPOSE) => h.post(REVEAL_MEDIATION, { id, fields, purpose }, viewer);
const revealLegalAid = (id: string, viewer: Viewer, fields: unknown = ['ID_NUMBER', 'PHONE'], purpose: unknown = PURPOSE) => h.post(REVEAL_LEGAL_AID, { id, fields, purpose }, viewer);

async function received(overrides: Record<string, unknown> = {}, county = '220302'): Promise<{ id: string; regionCode: string }> {
  const input = referral(h.world, { description: DESCRIPTION, ...overrides }, county);
  const res: any = await h.post(INTAKE, { input }, GOVERNANCE);
  expect(res.body.errors).toBeUndefined();
  return { id: res.body.data.receiveLegalServicesReferral.id, regionCode: input.regionCode };
}
/** A seeded legal aid application of `county` with an ID number and a phone, as stored. */
async function storedApplication(county: string): Promise<Record<string, any>> {
  return h.server.db('legal_aid_applications').where('region_code', 'like', `${county}%`).whereNotNull('applicant_id_number').whereNotNull('applicant_phone').orderBy('id').first();
}
const starred = (name: string) => Array.from(name)[0] + '*'.repeat(Array.from(name).length - 1);

let plain: { id: string; regionCode: string };
let confidential: { id: string; regionCode: string };
let foreign: { id: string; regionCode: string };
let application: Record<string, any>;
let foreignApplication: Record<string, any>;
beforeAll(async () => {
  plain = await received();
  confidential = await received({ confidential: true, nature: 'ACCUSATION', title: '举报邻居私拉电线' });
  foreign = await received({}, '220323');
  application = await storedApplication('220302');
  foreignApplication = await storedApplication('220323');
});

describe('masking on output', () => {
  it('masks a mediation\'s applicant and free texts for every viewer, and keeps the stored values clear', async () => {
    for (const [step, variables] of [
      ['mutation($id: ID!) { acceptMediation(id: $id) { id } }', { id: plain.id }],
      ['mutation($id: ID!) { startMediation(id: $id) { id } }', { id: plain.id }],
      ['mutation($id: ID!, $t: String!) { recordMediationAgreement(id: $id, terms: $t) { id } }', { id: plain.id, t: '楼上修复防水，赔偿后电话13812345678确认' }],
    ] as const) expect((await h.post(step, variables, mediator)).body.errors).toBeUndefined();
    for (const viewer of [staffOf('2203'), centerStaff, mediator, admin]) {
      const res = await h.post(MEDIATION, { id: plain.id }, viewer);
      expect(res.body).toEqual({ data: { mediation: {
        id: plain.id, title: '楼上漏水邻里纠纷', description: MASKED_DESCRIPTION, applicantName: '张*', confidential: false, legalRoutesTold: null,
        agreement: { termsSummary: '楼上修复防水，赔偿后电话138****5678确认' },
      } } });
    }
    const row = await h.server.db('mediations').where('id', plain.id).first();
    expect(row).toMatchObject({ applicant_name: '张三', applicant_id_number: ID_NUMBER, applicant_phone: '13812345678', description: DESCRIPTION });
    expect((await h.server.db('mediation_agreements').where('mediation_id', plain.id).first()).terms_summary).toBe('楼上修复防水，赔偿后电话13812345678确认');
  });

  it('masks the legal routes told and an escalated tier\'s copy of the applicant', async () => {
    const m = await received();
    for (const step of ['acceptMediation', 'startMediation']) await h.post(`mutation($id: ID!) { ${step}(id: $id) { id } }`, { id: m.id }, mediator);
    const failed: any = await h.post('mutation($id: ID!, $r: String!) { recordMediationFailure(id: $id, legalRoutesTold: $r, escalate: true) { legalRoutesTold nextMediation { applicantName description } } }',
      { id: m.id, r: '已告知可向法院起诉，咨询电话13912345678' }, mediator);
    expect(failed.body.data.recordMediationFailure).toEqual({ legalRoutesTold: '已告知可向法院起诉，咨询电话139****5678', nextMediation: { applicantName: '张*', description: MASKED_DESCRIPTION } });
  });

  it('masks a legal aid applicant everywhere, the matter too, and leaves the lawyer and the directory clear', async () => {
    const q = `query($j: String) { legalAidApplications(first: 100, filter: { jurisdiction: $j }) { nodes { id applicantName applicantIdNumber applicantPhone matter lawyerName workstation { address phone } } } }`;
    const res: any = await h.post(q, { j: '220302' }, centerStaff);
    const node = res.body.data.legalAidApplications.nodes.find((n: any) => n.id === application.id);
    const id: string = application.applicant_id_number;
    const phone: string = application.applicant_phone;
    expect(node).toMatchObject({
      applicantName: starred(application.applicant_name), applicantIdNumber: `${id.slice(0, 6)}********${id.slice(-4)}`,
      applicantPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}`, lawyerName: application.lawyer_name ?? null,
    });
    expect(node.applicantName).not.toBe(application.applicant_name);
    if (node.workstation) {
      const ws = await h.server.db('legal_aid_workstations').where('id', application.workstation_id).first();
      expect(node.workstation).toEqual({ address: ws.address, phone: ws.phone });
    }
    const all = res.body.data.legalAidApplications.nodes;
    expect(all.every((n: any) => /^.\*+$/u.test(n.applicantName) && (n.applicantPhone === null || /^1\d\d\*{4}\d{4}$/.test(n.applicantPhone)))).toBe(true);
  });

  it('masks numbers written in a consultation\'s question and answer', async () => {
    await h.server.db('legal_consultations').insert({
      id: 'LC-PII-1', region_code: '220302001001', channel: 'ONLINE', question: `我的电话13812345678，身份证${ID_NUMBER}，被拖欠工资怎么办？`,
      answer: '请携带身份证到工作站，或回电13812345678', asked_at: '2030-01-01T00:00:00.000Z', answered_at: '2030-01-01T01:00:00.000Z',
    });
    const res: any = await h.post('{ legalConsultations(first: 1) { nodes { id question answer } } }', {}, centerStaff);
    expect(res.body.data.legalConsultations.nodes).toEqual([{ id: 'LC-PII-1', question: `我的电话138****5678，身份证${MASKED_ID}，被拖欠工资怎么办？`, answer: '请携带身份证到工作站，或回电138****5678' }]);
  });

  it('leaves the directory\'s staff contact data clear (not a citizen\'s)', async () => {
    const res: any = await h.post('{ mediators(first: 1) { nodes { id name phone } } }', {}, centerStaff);
    const [m] = res.body.data.mediators.nodes;
    expect(m).toEqual(await h.server.db('mediators').where('id', m.id).first('id', 'name', 'phone'));
  });
});

describe('revealing with a purpose', () => {
  it('returns a mediation applicant\'s asked fields only, in clear, with exactly one audit record', async () => {
    const before = await reveals();
    const res: any = await revealMediation(plain.id, centerStaff, ['PHONE', 'NAME']);
    expect(res.body.errors).toBeUndefined();
    const out = res.body.data.revealMediationPersonalData;
    expect(out).toEqual({
      name: '张三', idNumber: null, phone: '13812345678', address: null,
      audit: { id: expect.any(String), at: expect.any(String), viewer: 'staff-2203', viewerRole: 'CENTER_STAFF', viewerUnit: null, subjectType: 'MEDIATION_APPLICANT',
        subjectId: plain.id, regionCode: plain.regionCode, fields: ['NAME', 'PHONE'], purpose: PURPOSE, requestId: expect.any(String) },
    });
    expect(await reveals()).toBe(before + 1);
    const row = await h.server.db('pii_reveals').where('id', out.audit.id).first();
    expect(row).toMatchObject({ viewer_sub: 'staff-2203', viewer_role: 'CENTER_STAFF', subject_type: 'MEDIATION_APPLICANT', subject_id: plain.id, region_code: plain.regionCode, purpose: PURPOSE });
    expect(JSON.parse(row.fields)).toEqual(['NAME', 'PHONE']);
  });

  it('returns a legal aid applicant\'s asked fields only, in clear, with exactly one audit record', async () => {
    const before = await reveals();
    const res: any = await revealLegalAid(application.id, mediator);
    expect(res.body.data.revealLegalAidApplicantPersonalData).toMatchObject({
      name: null, idNumber: application.applicant_id_number, phone: application.applicant_phone, address: null,
      audit: { viewer: 'ls-220302', viewerRole: 'AGENCY_STAFF', viewerUnit: 'LEGAL_SERVICES', subjectType: 'LEGAL_AID_APPLICANT', subjectId: application.id, regionCode: application.region_code, fields: ['ID_NUMBER', 'PHONE'] },
    });
    expect(await reveals()).toBe(before + 1);
  });

  it.each([
    ['without pii:read', staffOf('2203')],
    ['as a citizen holding pii:read', withPii({ sub: 'c-1', role: 'CITIZEN', jurisdictions: [], scopes: [] })],
    ['as an auditor', withPii(auditorOf('2203'))],
  ])('refuses %s with FORBIDDEN and writes nothing', async (_what, viewer) => {
    const before = await reveals();
    for (const res of [await revealMediation(plain.id, viewer), await revealLegalAid(application.id, viewer)] as any[]) {
      expect(res.body.data).toBeNull();
      expect(res.body.errors[0].extensions).toEqual({ code: 'FORBIDDEN' });
    }
    expect(await reveals()).toBe(before);
  });

  it.each([
    ['no fields', [], PURPOSE, 'fields'],
    ['a blank purpose', ['NAME'], '   ', 'purpose'],
    ['a purpose too short', ['NAME'], 'ab', 'purpose'],
    ['a purpose of 501 characters', ['NAME'], 'x'.repeat(501), 'purpose'],
  ])('%s is BAD_USER_INPUT on its field and writes nothing', async (_what, fields, purpose, field) => {
    const before = await reveals();
    for (const res of [await revealMediation(plain.id, centerStaff, fields, purpose), await revealLegalAid(application.id, centerStaff, fields, purpose)] as any[]) {
      expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(await reveals()).toBe(before);
  });

  it('answers NOT_FOUND outside the viewer\'s jurisdiction and for unknown ids, writing nothing', async () => {
    const before = await reveals();
    const tiexi = withPii(staffOf('220302'));
    const attempts = [
      revealMediation(foreign.id, tiexi), revealMediation(foreign.id, mediator), revealMediation(plain.id, withPii(legalStaffOf('220323'))),
      revealMediation(plain.id, withPii({ ...legalStaffOf('2203'), agency: 'COURT' })), revealMediation('MED-nope', centerStaff),
      revealLegalAid(foreignApplication.id, tiexi), revealLegalAid(foreignApplication.id, mediator), revealLegalAid('LA-nope', centerStaff),
    ];
    for (const res of (await Promise.all(attempts)) as any[]) expect(res.body.errors[0].extensions).toEqual({ code: 'NOT_FOUND' });
    expect(await reveals()).toBe(before);
  });
});

describe('a confidential applicant (whistle-blower)', () => {
  it('has no name for anybody but legal-services staff, who see it masked', async () => {
    for (const viewer of [staffOf('2203'), centerStaff, admin]) {
      const res: any = await h.post(MEDIATION, { id: confidential.id }, viewer);
      expect(res.body.data.mediation).toMatchObject({ applicantName: null, confidential: true, description: MASKED_DESCRIPTION });
    }
    const own: any = await h.post(MEDIATION, { id: confidential.id }, mediator);
    expect(own.body.data.mediation).toMatchObject({ applicantName: '张*', confidential: true });
    expect((await h.server.db('mediations').where('id', confidential.id).first()).confidential).toBeTruthy();
  });

  it('cannot be revealed by center staff holding pii:read (NOT_FOUND, nothing written); legal-services staff can', async () => {
    const before = await reveals();
    const denied: any = await revealMediation(confidential.id, centerStaff);
    expect(denied.body.data).toBeNull();
    expect(denied.body.errors[0].extensions).toEqual({ code: 'NOT_FOUND' });
    expect(await reveals()).toBe(before);
    const allowed: any = await revealMediation(confidential.id, mediator, ['NAME', 'ID_NUMBER', 'PHONE', 'ADDRESS']);
    expect(allowed.body.data.revealMediationPersonalData).toMatchObject({ name: '张三', idNumber: ID_NUMBER, phone: '13812345678', address: null, audit: { viewer: 'ls-220302', subjectId: confidential.id } });
    expect(await reveals()).toBe(before + 1);
  });
});

describe('the audit trail', () => {
  it('shows an auditor the reveals inside their jurisdiction, newest first, and none outside', async () => {
    const yitong: any = await revealMediation(foreign.id, withPii(staffOf('220323')), ['NAME']);
    expect(yitong.body.errors).toBeUndefined();
    const one: any = await h.post(TRAIL, { filter: { subjectId: plain.id } }, auditorOf('220302'));
    expect(one.body.data.legalServicesPersonalDataReveals.nodes).toEqual([
      { id: expect.any(String), viewer: 'staff-2203', subjectType: 'MEDIATION_APPLICANT', subjectId: plain.id, regionCode: plain.regionCode, fields: ['NAME', 'PHONE'], purpose: PURPOSE },
    ]);
    const district: any = await h.post(TRAIL, {}, auditorOf('220302'));
    const subjects = district.body.data.legalServicesPersonalDataReveals.nodes.map((n: any) => n.subjectId);
    // Newest first by instant; reveals within the same millisecond order by id, so compare as a set.
    expect([...subjects].sort()).toEqual([confidential.id, application.id, plain.id].sort());
    const other: any = await h.post(TRAIL, {}, auditorOf('220323'));
    expect(other.body.data.legalServicesPersonalDataReveals.nodes.map((n: any) => n.subjectId)).toEqual([foreign.id]);
  });

  it.each([
    ['center staff', centerStaff],
    ['legal-services staff', mediator],
    ['an administrator', admin],
  ])('is FORBIDDEN to %s', async (_who, viewer) => {
    const res: any = await h.post(TRAIL, {}, viewer);
    expect(res.body.data).toBeNull();
    expect(res.body.errors[0].extensions).toEqual({ code: 'FORBIDDEN' });
  });
});
