import { count } from '../../../test/support/referrals';
import { staffOf } from '../../../test/support/signedFetch';
import type { Viewer } from '../../kit/viewer';
import { startPetition, TIEXI, YITONG, type PetitionHarness } from './harness';
import { ADMIN, intakeIn, petitionStaff, receive } from './referralFixtures';

let h: PetitionHarness;
const reveals = () => count(h.server.db, 'pii_reveals');

const PII = ['pii:read'];
const officer = { ...petitionStaff(TIEXI), scopes: PII };
const officerWithout = petitionStaff(TIEXI);
const yitongOfficer = { ...petitionStaff(YITONG), sub: 'pstaff-yitong', scopes: PII };
const centerStaff = staffOf('2203', { scopes: PII });
const auditor: Viewer = { sub: 'auditor-tiexi', role: 'AUDITOR', jurisdictions: [TIEXI], scopes: [] };
const yitongAuditor: Viewer = { sub: 'auditor-yitong', role: 'AUDITOR', jurisdictions: [YITONG], scopes: [] };

/** A named petition in 铁西区 whose title carries a mobile number, one in 伊通县, a whistle-blower's petition in 铁西区, a confidential group visit in 伊通县. */
let open: { id: string };
let yitong: { id: string };
let secret: { id: string };
let group: { id: string; representativeIds: string[]; names: string[] };

beforeAll(async () => {
  h = await startPetition();
  open = await receive(h.url, intakeIn(h.world, TIEXI, { title: '王芳反映供暖问题，电话13912345678' }));
  yitong = await receive(h.url, intakeIn(h.world, YITONG));
  secret = await receive(h.url, intakeIn(h.world, TIEXI, { nature: 'ACCUSATION', confidential: true, applicantName: '欧阳娜娜', applicantIdNumber: '22030219800101003X', applicantPhone: '13800005678' }));
  const planned = h.planned.find((p) => p.representatives.length >= 2 && (p.petition.region_code as string).startsWith(YITONG))!;
  await h.server.db('petitions').where('id', planned.petition.id as string).update({ confidential: true });
  group = { id: planned.petition.id as string, representativeIds: planned.representatives.map((r) => r.id as string), names: planned.representatives.map((r) => r.name as string) };
});
afterAll(() => h?.stop());

const ONE = `query($id: ID!) { petition(id: $id) {
  title legalRoute result petitioner { name idNumber phone representativeId } representatives { name idNumber phone representativeId }
} }`;
const one = async (id: string, viewer: Viewer) => {
  const res = await h.post(ONE, { id }, viewer);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.petition;
};

const REVEAL = `mutation($id: ID!, $fields: [PersonalDataField!]!, $purpose: String!) {
  revealPetitionerPersonalData(id: $id, fields: $fields, purpose: $purpose) {
    name idNumber phone address
    audit { id viewer viewerRole viewerUnit subjectType subjectId regionCode fields purpose requestId }
  }
}`;
const REVEAL_REPRESENTATIVE = REVEAL.replace('revealPetitionerPersonalData', 'revealPetitionRepresentativePersonalData');
const reveal = (id: string, fields: unknown, purpose: unknown, viewer: Viewer, query = REVEAL) => h.post(query, { id, fields, purpose }, viewer);

/** A reveal that must fail: the error's extensions, and no audit row written. */
async function refusedReveal(id: string, fields: unknown, purpose: unknown, viewer: Viewer, query = REVEAL) {
  const before = await reveals();
  const res = await reveal(id, fields, purpose, viewer, query);
  expect(res.body.data).toBeNull();
  expect(await reveals()).toBe(before);
  return res.body.errors![0].extensions;
}

describe('personal data on output', () => {
  it('masks the petitioner and the numbers in free text for every viewer, and stores them clear', async () => {
    const reply = await h.post(`mutation($id: ID!) { acceptPetition(id: $id) { id } }`, { id: open.id }, officer);
    expect(reply.body.errors).toBeUndefined();
    const replied = await h.post(`mutation($id: ID!) { replyPetition(id: $id, result: "已协调供热公司，请王芳（13912345678）验温") { result } }`, { id: open.id }, officer);
    expect(replied.body.data!.replyPetition.result).toBe('已协调供热公司，请王*（139****5678）验温');
    for (const viewer of [officer, officerWithout, centerStaff, ADMIN]) {
      expect(await one(open.id, viewer)).toEqual({
        title: '王*反映供暖问题，电话139****5678', legalRoute: null, result: '已协调供热公司，请王*（139****5678）验温',
        petitioner: { name: '王*', idNumber: '220302********0048', phone: '139****5678', representativeId: null }, representatives: [],
      });
    }
    expect(await h.server.db('petitions').where('id', open.id).first()).toMatchObject({
      petitioner_name: '王芳', petitioner_id_number: '220302198001010048', petitioner_phone: '13912345678', title: '王芳反映供暖问题，电话13912345678',
      result: '已协调供热公司，请王芳（13912345678）验温',
    });
  });

  it('masks a diverted petition\'s legal route', async () => {
    const p = await receive(h.url, intakeIn(h.world, TIEXI));
    const res = await h.post(`mutation($id: ID!) { divertPetition(id: $id, legalRoute: "告知220302198001010048依法起诉") { legalRoute } }`, { id: p.id }, officer);
    expect(res.body.data!.divertPetition.legalRoute).toBe('告知220302********0048依法起诉');
  });

  it('gives a confidential petition\'s people null to everybody but the petition center\'s own staff, who see them masked', async () => {
    const hidden = { name: null, idNumber: null, phone: null, representativeId: null };
    for (const viewer of [centerStaff, ADMIN, staffOf(TIEXI)]) expect((await one(secret.id, viewer)).petitioner).toEqual(hidden);
    for (const viewer of [centerStaff, ADMIN, staffOf(YITONG)]) {
      const g = await one(group.id, viewer);
      expect(g.petitioner).toEqual(hidden);
      expect(g.representatives).toEqual(group.representativeIds.map((representativeId) => ({ ...hidden, representativeId })));
    }
    expect((await one(secret.id, officerWithout)).petitioner).toEqual({ name: '欧***', idNumber: '220302********003X', phone: '138****5678', representativeId: null });
    const g = await one(group.id, yitongOfficer);
    expect(g.representatives.map((r: { name: string }) => r.name)).toEqual(group.names.map((n) => Array.from(n)[0] + '*'.repeat(Array.from(n).length - 1)));
    for (const r of g.representatives) {
      expect(r.idNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(r.phone).toMatch(/^1[3-9]\d\*{4}\d{4}$/);
    }
  });
});

describe('revealPetitionerPersonalData', () => {
  it('reveals the asked fields only, in clear, and writes exactly one audit record', async () => {
    const before = await reveals();
    const res = await reveal(open.id, ['ID_NUMBER', 'PHONE', 'ADDRESS'], ' 回访核实信访人身份 ', officer);
    expect(res.body.errors).toBeUndefined();
    const out = res.body.data!.revealPetitionerPersonalData;
    expect(out).toMatchObject({
      name: null, idNumber: '220302198001010048', phone: '13912345678', address: null,
      audit: { viewer: officer.sub, viewerRole: 'AGENCY_STAFF', viewerUnit: 'PETITION', subjectType: 'PETITION_PETITIONER', subjectId: open.id, regionCode: expect.stringMatching(/^220302\d{6}$/), fields: ['ID_NUMBER', 'PHONE', 'ADDRESS'], purpose: '回访核实信访人身份' },
    });
    expect(await reveals()).toBe(before + 1);
    const row = await h.server.db('pii_reveals').where('id', out.audit.id).first();
    expect(row).toMatchObject({ viewer_sub: officer.sub, viewer_role: 'AGENCY_STAFF', subject_type: 'PETITION_PETITIONER', subject_id: open.id, purpose: '回访核实信访人身份' });
    expect(JSON.parse(row.fields)).toEqual(['ID_NUMBER', 'PHONE', 'ADDRESS']);
  });

  it('is FORBIDDEN without pii:read, and to roles that never hold it', async () => {
    expect(await refusedReveal(open.id, ['NAME'], '回访核实信访人身份', officerWithout)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusedReveal(open.id, ['NAME'], '回访核实信访人身份', { ...ADMIN, scopes: PII })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusedReveal(open.id, ['NAME'], '回访核实信访人身份', { ...auditor, scopes: PII })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each([
    ['no field', [], '回访核实信访人身份', 'fields'],
    ['a blank purpose', ['NAME'], '   ', 'purpose'],
    ['a 501-character purpose', ['NAME'], '查'.repeat(501), 'purpose'],
  ])('%s → BAD_USER_INPUT naming the field, nothing written', async (_, fields, purpose, field) => {
    expect(await refusedReveal(open.id, fields, purpose, officer)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('is NOT_FOUND outside the viewer\'s jurisdiction or for an unknown id', async () => {
    expect(await refusedReveal(yitong.id, ['NAME'], '回访核实信访人身份', officer)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusedReveal('PT-nope', ['NAME'], '回访核实信访人身份', officer)).toMatchObject({ code: 'NOT_FOUND' });
    const ok = await reveal(yitong.id, ['NAME'], '回访核实信访人身份', yitongOfficer);
    expect(ok.body.data!.revealPetitionerPersonalData).toMatchObject({ name: '王芳', idNumber: null, phone: null });
  });

  it('reveals a confidential petition to the petition center\'s own staff only', async () => {
    expect(await refusedReveal(secret.id, ['NAME'], '核实举报人身份', centerStaff)).toMatchObject({ code: 'NOT_FOUND' });
    const res = await reveal(secret.id, ['NAME', 'ID_NUMBER', 'PHONE'], '依法核实举报人身份', officer);
    expect(res.body.data!.revealPetitionerPersonalData).toMatchObject({ name: '欧阳娜娜', idNumber: '22030219800101003X', phone: '13800005678', address: null });
  });
});

describe('revealPetitionRepresentativePersonalData', () => {
  it('reveals one representative of a confidential group visit to the petition center\'s staff, with one audit record', async () => {
    const [, second] = group.representativeIds;
    const stored = await h.server.db('petition_representatives').where('id', second).first();
    const before = await reveals();
    const res = await reveal(second, ['NAME', 'PHONE'], '通知代表参加听证', yitongOfficer, REVEAL_REPRESENTATIVE);
    expect(res.body.data!.revealPetitionRepresentativePersonalData).toMatchObject({
      name: stored.name, idNumber: null, phone: stored.phone, address: null, audit: { subjectType: 'PETITION_REPRESENTATIVE', subjectId: second, fields: ['NAME', 'PHONE'] },
    });
    expect(await reveals()).toBe(before + 1);
  });

  it('is NOT_FOUND for a confidential group visit to others, and outside the jurisdiction', async () => {
    expect(await refusedReveal(group.representativeIds[0], ['NAME'], '通知代表参加听证', centerStaff, REVEAL_REPRESENTATIVE)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusedReveal(group.representativeIds[0], ['NAME'], '通知代表参加听证', officer, REVEAL_REPRESENTATIVE)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusedReveal(group.representativeIds[0], ['NAME'], '通知代表参加听证', petitionStaff(YITONG), REVEAL_REPRESENTATIVE)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

const TRAIL = `query($filter: PersonalDataRevealFilter, $first: Int, $after: String) {
  petitionPersonalDataReveals(filter: $filter, first: $first, after: $after) { nodes { id viewer subjectId subjectType fields purpose regionCode } pageInfo { hasNextPage endCursor } }
}`;

describe('petitionPersonalDataReveals', () => {
  it('shows an auditor the reveals inside their jurisdiction, not outside', async () => {
    const mine = await reveal(open.id, ['NAME'], '审计抽查前的回访', officer);
    const auditId = mine.body.data!.revealPetitionerPersonalData.audit.id;
    const tiexi = await h.post(TRAIL, { filter: { subjectId: open.id }, first: 50 }, auditor);
    expect(tiexi.body.errors).toBeUndefined();
    const nodes = tiexi.body.data!.petitionPersonalDataReveals.nodes;
    expect(nodes[0]).toEqual({ id: auditId, viewer: officer.sub, subjectId: open.id, subjectType: 'PETITION_PETITIONER', fields: ['NAME'], purpose: '审计抽查前的回访', regionCode: expect.stringMatching(/^220302/) });
    expect(nodes.every((n: { subjectId: string }) => n.subjectId === open.id)).toBe(true);
    const all = await h.post(TRAIL, { first: 100 }, yitongAuditor);
    const ids = all.body.data!.petitionPersonalDataReveals.nodes.map((n: { subjectId: string }) => n.subjectId);
    expect(ids).toContain(yitong.id);
    expect(ids).not.toContain(open.id);
    expect(ids).not.toContain(secret.id);
  });

  it.each([
    ['petition staff', officer],
    ['center staff', centerStaff],
    ['an admin', ADMIN],
  ])('is FORBIDDEN to %s', async (_, viewer) => {
    const res = await h.post(TRAIL, {}, viewer);
    expect(res.body.data).toBeNull();
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
