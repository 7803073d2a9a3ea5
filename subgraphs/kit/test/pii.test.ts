import type { Knex } from 'knex';
import { freshDatabaseUrl, disposeDatabaseUrl } from '../../../test/support/databases';
import { createDb, migrateLatest } from '../db';
import {
  checkRevealRequest, createRevealAuditTable, maskAddress, maskFreeText, maskIdNumber, maskName, maskPersonalData, maskPhone,
  recordReveal, RevealAuditRepository, revealedValues, revealInTransaction, seesPartnerIdentity,
} from '../pii';
import type { Viewer } from '../viewer';

const staff = (over: Partial<Viewer> = {}): Viewer => ({ sub: 'u-1', role: 'CENTER_STAFF', jurisdictions: ['220302'], centerId: 'C-1', scopes: ['pii:read'], ...over });

describe('masking (domain.md: ID 220302********123X, mobile 138****5678, names 张*)', () => {
  test.each([
    ['220302199001011234', '220302********1234'],
    ['22030219900101123X', '220302********123X'],
    ['1234567890', '**********'],
    [null, null],
    ['', ''],
  ])('maskIdNumber(%p) = %p', (input, out) => expect(maskIdNumber(input)).toBe(out));
  test.each([
    ['13812345678', '138****5678'],
    ['1381234', '*******'],
    [null, null],
  ])('maskPhone(%p) = %p', (input, out) => expect(maskPhone(input)).toBe(out));
  test.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['王', '*'],
    ['四平市某某物业有限公司', '四**********'],
  ])('maskName(%p) = %p', (input, out) => expect(maskName(input)).toBe(out));
  test.each([
    ['四平市铁西区英雄街道北二路17号', '四平市铁西区英雄街道****'],
    ['吉林省四平市梨树县郭家店镇北街5号', '吉林省四平市梨树县郭家店镇****'],
    ['北二路17号', '****'],
    ['杨隆社区市场街12号', '****'],
    ['四平市铁西区阳光小区3栋', '四平市铁西区****'],
  ])('maskAddress(%p) = %p', (input, out) => expect(maskAddress(input)).toBe(out));
  test('free text: ID and mobile numbers written in a description are masked, other digits are not', () => {
    expect(maskFreeText('我的电话13812345678，身份证22030219900101123X，欠薪3000元，合同号20260101')).toBe(
      '我的电话138****5678，身份证220302********123X，欠薪3000元，合同号20260101',
    );
    expect(maskFreeText('call +86 13912345678 now')).toBe('call 139****5678 now');
  });
  test("free text: the record's people named in it are masked too, or withheld for a whistle-blower", () => {
    expect(maskFreeText('潘淑反映：分娩后医疗损害赔偿纠纷，潘淑请求协调。', ['潘淑', null, '王'])).toBe('潘*反映：分娩后医疗损害赔偿纠纷，潘*请求协调。');
    expect(maskFreeText('欧阳娜娜与欧阳的纠纷', ['欧阳', '欧阳娜娜'])).toBe('欧***与欧*的纠纷');
    expect(maskFreeText('赵敏实名举报', ['赵敏'], true)).toBe('**实名举报');
  });
  test('maskPersonalData masks the fields present and keeps the others', () => {
    expect(maskPersonalData({ id: 'p1', name: '李四', idNumber: null, phone: '13912345678' })).toEqual({ id: 'p1', name: '李*', idNumber: null, phone: '139****5678' });
  });
});

describe('reveal requests', () => {
  test('need pii:read in a handling role', () => {
    expect(() => checkRevealRequest(staff({ scopes: [] }), ['NAME'], 'mediation call')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
    expect(() => checkRevealRequest(staff({ role: 'CITIZEN' }), ['NAME'], 'mediation call')).toThrow(/pii:read/);
    expect(() => checkRevealRequest(staff({ role: 'AUDITOR' }), ['NAME'], 'mediation call')).toThrow(/pii:read/);
  });
  test.each([
    [[], 'mediation call', 'fields'],
    [['NAME', 'SHOE_SIZE'], 'mediation call', 'fields'],
    [['NAME'], '  ', 'purpose'],
    [['NAME'], 'x'.repeat(501), 'purpose'],
    [['NAME'], undefined, 'purpose'],
  ])('fields %p, purpose %p → BAD_USER_INPUT on %p', (fields, purpose, field) => {
    expect(() => checkRevealRequest(staff(), fields, purpose)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) }));
  });
  test('a valid request is normalised (unique fields in canonical order, trimmed purpose) and reveals only those fields', () => {
    const r = checkRevealRequest(staff(), ['PHONE', 'NAME', 'PHONE'], '  回访核实联系方式 ');
    expect(r).toEqual({ fields: ['NAME', 'PHONE'], purpose: '回访核实联系方式' });
    expect(revealedValues({ name: '张三', idNumber: '22030219900101123X', phone: '13812345678', address: 'x' }, r.fields)).toEqual({
      name: '张三', idNumber: null, phone: '13812345678', address: null,
    });
  });
});

describe('the audit trail (real database)', () => {
  let url: string;
  let db: Knex;
  beforeAll(async () => {
    url = await freshDatabaseUrl('kit_pii');
    db = createDb(url);
    await migrateLatest(db, [{ name: '001_pii', up: createRevealAuditTable, down: async (k) => k.schema.dropTable('pii_reveals') }]);
  });
  afterAll(async () => {
    await db.destroy();
    await disposeDatabaseUrl(url);
  });

  test('records who, whose, which fields, why and when; auditors read it inside their jurisdiction, nobody else', async () => {
    const req = checkRevealRequest(staff(), ['ID_NUMBER'], '核实身份后调解');
    const rec = await recordReveal(db, staff(), { type: 'APPEAL_PARTY', id: 'P-1', regionCode: '220302001001' }, req, 'req-1', new Date('2026-11-25T01:00:00Z'));
    await recordReveal(db, staff({ jurisdictions: ['220303'] }), { type: 'APPEAL_PARTY', id: 'P-2', regionCode: '220303001001' }, req, 'req-2', new Date('2026-11-25T02:00:00Z'));
    const auditor = staff({ role: 'AUDITOR', sub: 'aud-1', scopes: [], centerId: undefined });
    const page = await new RevealAuditRepository(db, auditor, 100).list();
    expect(page.nodes).toEqual([
      { id: rec.id, at: '2026-11-25T01:00:00.000Z', viewer: 'u-1', viewerRole: 'CENTER_STAFF', viewerUnit: 'C-1', subjectType: 'APPEAL_PARTY', subjectId: 'P-1', regionCode: '220302001001', fields: ['ID_NUMBER'], purpose: '核实身份后调解', requestId: 'req-1' },
    ]);
    const city = await new RevealAuditRepository(db, { ...auditor, jurisdictions: ['2203'] }, 100).list({}, { first: 1 });
    expect(city.nodes.map((n) => n.subjectId)).toEqual(['P-2']);
    const next = await new RevealAuditRepository(db, { ...auditor, jurisdictions: ['2203'] }, 100).list({}, { first: 1, after: city.pageInfo.endCursor });
    expect(next.nodes.map((n) => n.subjectId)).toEqual(['P-1']);
    expect((await new RevealAuditRepository(db, { ...auditor, jurisdictions: ['2203'] }, 100).list({ subjectId: 'P-1' })).nodes).toHaveLength(1);
    await expect(new RevealAuditRepository(db, staff(), 100).list()).rejects.toThrow(/auditors/);
    await expect(new RevealAuditRepository(db, staff({ role: 'ADMIN' }), 100).list()).rejects.toThrow(/auditors/);
  });

  test('revealInTransaction: a record the read refuses is NOT_FOUND with no audit row; a found one writes exactly one', async () => {
    const count = async () => Number((await db('pii_reveals').count({ n: '*' }))[0].n);
    const req = checkRevealRequest(staff(), ['PHONE'], '电话回访核实身份');
    const before = await count();
    await expect(revealInTransaction(db, staff(), req, 'req-3', 'Thing', async () => null)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await count()).toBe(before);
    const r = await revealInTransaction(db, staff(), req, 'req-4', 'Thing', async () => ({ type: 'THING', id: 'T-1', regionCode: '220302001001', data: { name: '张三', phone: '13812345678' } }));
    expect(r).toMatchObject({ name: null, idNumber: null, phone: '13812345678', address: null, audit: { subjectType: 'THING', subjectId: 'T-1', fields: ['PHONE'], requestId: 'req-4' } });
    expect(await count()).toBe(before + 1);
  });
});

test("seesPartnerIdentity: a confidential record's identity is for that agency's own staff only", () => {
  expect(seesPartnerIdentity(staff(), 'COURT', false)).toBe(true);
  expect(seesPartnerIdentity(staff({ role: 'AGENCY_STAFF', agency: 'COURT' }), 'COURT', true)).toBe(true);
  expect(seesPartnerIdentity(staff({ role: 'AGENCY_STAFF', agency: 'PETITION' }), 'COURT', true)).toBe(false);
  expect(seesPartnerIdentity(staff(), 'COURT', true)).toBe(false);
  expect(seesPartnerIdentity(staff({ role: 'ADMIN' }), 'COURT', true)).toBe(false);
});
