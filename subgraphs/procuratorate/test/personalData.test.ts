import { count, GOVERNANCE } from '../../../test/support/referrals';
import { staffOf } from '../../../test/support/signedFetch';
import { makeIdNumber } from '../../kit/idNumber';
import type { Viewer } from '../../kit/viewer';
import { startSeeded, type Running } from './harness';
import { admin, INTAKE, post, procuratorateStaffOf, referral } from './referrals';

/**
 * Personal data (domain.md): masked on output for every viewer, a confidential petitioner's identity hidden from all
 * but procuratorate staff, clear values only through an audit-logged reveal with `pii:read` and a purpose.
 */
let app: Running;
beforeAll(async () => {
  app = await startSeeded();
});
afterAll(async () => app?.stop());

const ID_NUMBER = makeIdNumber('220302', '19750505', 31);
const MASKED_ID = `${ID_NUMBER.slice(0, 6)}********${ID_NUMBER.slice(-4)}`;
const OTHER_ID = makeIdNumber('220303', '19900101', 12);
const DESCRIPTION = `报案后公安机关不予立案。联系电话13912345678，身份证${OTHER_ID}，损失3000元。`;
const MASKED_DESCRIPTION = `报案后公安机关不予立案。联系电话139****5678，身份证${OTHER_ID.slice(0, 6)}********${OTHER_ID.slice(-4)}，损失3000元。`;
const PURPOSE = '回访核实举报人联系方式';

const withPii = (v: Viewer): Viewer => ({ ...v, scopes: ['pii:read'] });
const clerk = withPii(procuratorateStaffOf('220302'));
const centerStaff = withPii(staffOf('2203'));
const auditorOf = (jurisdiction: string): Viewer => ({ sub: `aud-${jurisdiction}`, role: 'AUDITOR', jurisdictions: [jurisdiction], scopes: [] });

const MATTER = `query($id: ID!) { procuratorateMatter(id: $id) { id title description resultReply
  petitioner { name idNumber phone anonymous confidential } followUps { note } } }`;
const REVEAL = `mutation($id: ID!, $fields: [PersonalDataField!]!, $purpose: String!) {
  revealProcuratoratePetitionerPersonalData(id: $id, fields: $fields, purpose: $purpose) {
    name idNumber phone address audit { id at viewer viewerRole viewerUnit subjectType subjectId regionCode fields purpose requestId } } }`;
const TRAIL = `query($filter: PersonalDataRevealFilter) { procuratoratePersonalDataReveals(filter: $filter, first: 50) {
  nodes { id viewer subjectType subjectId regionCode fields purpose } pageInfo { hasNextPage } } }`;

async function received(overrides: Record<string, unknown> = {}, county = '220302'): Promise<{ id: string; regionCode: string }> {
  const input = referral(app.world, { description: DESCRIPTION, ...overrides }, county);
  const res = await post(app, INTAKE, { input }, GOVERNANCE);
  expect(res.body.errors).toBeUndefined();
  return { id: res.body.data.receiveProcuratorateReferral.id, regionCode: input.regionCode };
}
const reveals = () => count(app.server.db, 'pii_reveals');
const reveal = (id: string, viewer: Viewer, fields: unknown = ['NAME', 'PHONE'], purpose: unknown = PURPOSE) =>
  post(app, REVEAL, { id, fields, purpose }, viewer);

let plain: { id: string; regionCode: string };
let confidential: { id: string; regionCode: string };
let foreign: { id: string; regionCode: string };
beforeAll(async () => {
  plain = await received();
  confidential = await received({ confidential: true, nature: 'ACCUSATION', title: '举报某单位违法排污' });
  foreign = await received({}, '220323');
});

describe('masking on output', () => {
  it('masks the petitioner and the free texts for every viewer, and keeps the stored values clear', async () => {
    await app.server.db('procuratorate_follow_ups').insert({ id: `${plain.id}-F1`, matter_id: plain.id, region_code: plain.regionCode, sequence: 1, due_on: '2026-07-01', note: '已电话13912345678告知进展' });
    const reply = await post(app, 'mutation($id: ID!) { acceptProcuratorateMatter(id: $id) { id } }', { id: plain.id }, clerk);
    expect(reply.body.errors).toBeUndefined();
    const replied = await post(app, 'mutation($id: ID!, $r: String!) { replyProcuratorateMatter(id: $id, reply: $r) { resultReply } }', { id: plain.id, r: '已答复，请致电13912345678' }, clerk);
    expect(replied.body.data.replyProcuratorateMatter.resultReply).toBe('已答复，请致电139****5678');
    for (const viewer of [staffOf('2203'), centerStaff, clerk, admin]) {
      const res = await post(app, MATTER, { id: plain.id }, viewer);
      expect(res.body).toEqual({ data: { procuratorateMatter: {
        id: plain.id, title: '对公安机关不立案决定不服', description: MASKED_DESCRIPTION, resultReply: '已答复，请致电139****5678',
        petitioner: { name: '李*', idNumber: MASKED_ID, phone: '139****5678', anonymous: false, confidential: false },
        followUps: [{ note: '已电话139****5678告知进展' }],
      } } });
    }
    const row = await app.server.db('procuratorate_matters').where('id', plain.id).first();
    expect(row).toMatchObject({ petitioner_name: '李四', petitioner_id_number: ID_NUMBER, petitioner_phone: '13912345678', description: DESCRIPTION, result_reply: '已答复，请致电13912345678' });
  });

  it('masks the petitioner in lists and entity references too', async () => {
    const list = await post(app, '{ procuratorateMatters(first: 100) { nodes { id petitioner { name idNumber phone } } } }', {}, staffOf('220302'));
    const mine = list.body.data.procuratorateMatters.nodes.find((n: any) => n.id === plain.id);
    expect(mine.petitioner).toEqual({ name: '李*', idNumber: MASKED_ID, phone: '139****5678' });
    const named = list.body.data.procuratorateMatters.nodes.filter((n: any) => n.petitioner.name !== null);
    expect(named.length).toBeGreaterThan(1);
    expect(named.every((n: any) => /^.\*+$/u.test(n.petitioner.name) && (n.petitioner.phone === null || /^1\d\d\*{4}\d{4}$/.test(n.petitioner.phone)))).toBe(true);
    const ref = await post(app, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on ProcuratorateMatter { petitioner { name idNumber phone } description } } }', { r: [{ __typename: 'ProcuratorateMatter', id: plain.id }] }, staffOf('2203'));
    expect(ref.body.data._entities).toEqual([{ petitioner: { name: '李*', idNumber: MASKED_ID, phone: '139****5678' }, description: MASKED_DESCRIPTION }]);
  });
});

describe('revealing with a purpose', () => {
  it('returns only the asked fields in clear and writes exactly one audit record', async () => {
    const before = await reveals();
    const res = await reveal(plain.id, centerStaff, ['PHONE', 'NAME']);
    expect(res.body.errors).toBeUndefined();
    const out = res.body.data.revealProcuratoratePetitionerPersonalData;
    expect(out).toEqual({
      name: '李四', idNumber: null, phone: '13912345678', address: null,
      audit: { id: expect.any(String), at: expect.any(String), viewer: 'staff-2203', viewerRole: 'CENTER_STAFF', viewerUnit: null, subjectType: 'PROCURATORATE_PETITIONER',
        subjectId: plain.id, regionCode: plain.regionCode, fields: ['NAME', 'PHONE'], purpose: PURPOSE, requestId: expect.any(String) },
    });
    expect(await reveals()).toBe(before + 1);
    const row = await app.server.db('pii_reveals').where('id', out.audit.id).first();
    expect(row).toMatchObject({ viewer_sub: 'staff-2203', viewer_role: 'CENTER_STAFF', subject_type: 'PROCURATORATE_PETITIONER', subject_id: plain.id, region_code: plain.regionCode, purpose: PURPOSE });
    expect(JSON.parse(row.fields)).toEqual(['NAME', 'PHONE']);
    const id = await reveal(plain.id, clerk, ['ID_NUMBER']);
    expect(id.body.data.revealProcuratoratePetitionerPersonalData).toMatchObject({ name: null, idNumber: ID_NUMBER, phone: null, address: null });
    expect(await reveals()).toBe(before + 2);
  });

  it.each([
    ['without pii:read', staffOf('2203'), 'FORBIDDEN'],
    ['as a citizen holding pii:read', withPii({ sub: 'c-1', role: 'CITIZEN', jurisdictions: [], scopes: [] }), 'FORBIDDEN'],
    ['as an auditor', withPii(auditorOf('2203')), 'FORBIDDEN'],
  ])('refuses %s and writes nothing', async (_what, viewer, code) => {
    const before = await reveals();
    const res = await reveal(plain.id, viewer);
    expect(res.body.data).toBeNull();
    expect(res.body.errors![0].extensions).toEqual({ code });
    expect(await reveals()).toBe(before);
  });

  it.each([
    ['no fields', [], PURPOSE, 'fields'],
    ['a blank purpose', ['NAME'], '  ', 'purpose'],
    ['a purpose too short', ['NAME'], 'ab', 'purpose'],
    ['a purpose of 501 characters', ['NAME'], 'x'.repeat(501), 'purpose'],
  ])('%s is BAD_USER_INPUT on its field and writes nothing', async (_what, fields, purpose, field) => {
    const before = await reveals();
    const res = await reveal(plain.id, centerStaff, fields, purpose);
    expect(res.body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await reveals()).toBe(before);
  });

  it('answers NOT_FOUND outside the viewer\'s jurisdiction and for an unknown id, writing nothing', async () => {
    const before = await reveals();
    for (const [id, viewer] of [[foreign.id, withPii(staffOf('220302'))], [foreign.id, clerk], [plain.id, withPii(procuratorateStaffOf('220323'))], ['PM-nope', centerStaff]] as const) {
      const res = await reveal(id, viewer);
      expect(res.body.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
    }
    expect(await reveals()).toBe(before);
  });
});

describe('a confidential petitioner (举报人保密)', () => {
  it('has no identity for anybody but procuratorate staff, who see it masked', async () => {
    for (const viewer of [staffOf('2203'), centerStaff, admin]) {
      const res = await post(app, MATTER, { id: confidential.id }, viewer);
      expect(res.body.data.procuratorateMatter.petitioner).toEqual({ name: null, idNumber: null, phone: null, anonymous: false, confidential: true });
    }
    // Another agency's staff (the unit reported on may be one) do not see the matter at all.
    const court = await post(app, MATTER, { id: confidential.id }, withPii({ ...procuratorateStaffOf('2203'), agency: 'COURT' }));
    expect(court.body).toEqual({ data: { procuratorateMatter: null } });
    const own = await post(app, MATTER, { id: confidential.id }, clerk);
    expect(own.body.data.procuratorateMatter.petitioner).toEqual({ name: '李*', idNumber: MASKED_ID, phone: '139****5678', anonymous: false, confidential: true });
  });

  it('cannot be revealed by center staff holding pii:read (NOT_FOUND, nothing written); procuratorate staff can', async () => {
    const before = await reveals();
    const denied = await reveal(confidential.id, centerStaff);
    expect(denied.body.data).toBeNull();
    expect(denied.body.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
    expect(await reveals()).toBe(before);
    const allowed = await reveal(confidential.id, clerk, ['NAME', 'ID_NUMBER', 'PHONE']);
    expect(allowed.body.data.revealProcuratoratePetitionerPersonalData).toMatchObject({ name: '李四', idNumber: ID_NUMBER, phone: '13912345678', address: null, audit: { viewer: 'pm-220302', viewerUnit: 'PROCURATORATE', subjectId: confidential.id } });
    expect(await reveals()).toBe(before + 1);
  });
});

describe('the audit trail', () => {
  it('shows an auditor the reveals inside their jurisdiction, newest first, and none outside', async () => {
    await reveal(foreign.id, withPii(staffOf('220323')), ['NAME']);
    const district = await post(app, TRAIL, { filter: { subjectId: plain.id } }, auditorOf('220302'));
    expect(district.body.errors).toBeUndefined();
    const nodes = district.body.data.procuratoratePersonalDataReveals.nodes;
    // Reveals within the same millisecond order by id: compare as a set.
    expect(nodes.map((n: any) => n.fields.join()).sort()).toEqual(['ID_NUMBER', 'NAME,PHONE']);
    expect(nodes.find((n: any) => n.viewer === 'staff-2203')).toMatchObject({ subjectType: 'PROCURATORATE_PETITIONER', subjectId: plain.id, fields: ['NAME', 'PHONE'], purpose: PURPOSE });
    const all = await post(app, TRAIL, {}, auditorOf('220302'));
    const ids = all.body.data.procuratoratePersonalDataReveals.nodes.map((n: any) => n.subjectId);
    expect(ids).toContain(plain.id);
    expect(ids).not.toContain(foreign.id);
    const other = await post(app, TRAIL, {}, auditorOf('220323'));
    expect(other.body.data.procuratoratePersonalDataReveals.nodes.map((n: any) => n.subjectId)).toEqual([foreign.id]);
  });

  it.each([
    ['center staff', centerStaff],
    ['procuratorate staff', clerk],
    ['an administrator', admin],
  ])('is FORBIDDEN to %s', async (_who, viewer) => {
    const res = await post(app, TRAIL, {}, viewer);
    expect(res.body.data).toBeNull();
    expect(res.body.errors![0].extensions).toEqual({ code: 'FORBIDDEN' });
  });
});
