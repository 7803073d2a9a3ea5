import { parse, type DirectiveNode } from 'graphql';
import { staffOf } from '../../../test/support/signedFetch';
import type { Viewer } from '../../kit/viewer';
import { chinaDateOf, mediationDeadline } from '../src/domain/deadlines';
import { governanceService, legalStaffOf, startHarness, type Harness } from './harness';
import { countWhere, INTAKE, referral } from './referrals';

/** Referral intake: only governance's service, checked input, one mediation per dispatch id whatever the retries. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const receive = (input: Record<string, unknown>, viewer: Viewer = governanceService) => h.post(INTAKE, { input }, viewer);

test('a signed governance call creates the first-tier mediation in RECEIVED with its 30-day deadline', async () => {
  const input = referral(h.world);
  const res: any = await receive(input);
  expect(res.body.errors).toBeUndefined();
  const m = res.body.data.receiveLegalServicesReferral;
  const startDate = chinaDateOf(input.referredAt as string);
  expect(m).toMatchObject({
    dispatchId: input.dispatchId, status: 'RECEIVED', tier: 'TOWNSHIP_COMMITTEE', category: 'NEIGHBOUR.DISPUTE',
    title: input.title, description: input.description, applicantName: '张三', regionCode: input.regionCode,
    startDate, deadline: mediationDeadline(startDate), appeal: { id: input.appealId },
  });
  expect(m.organization).toMatchObject({ kind: 'PEOPLES_COMMITTEE', level: 'TOWNSHIP', regionCode: `${(input.regionCode as string).slice(0, 9)}000` });
  const row = await h.server.db('mediations').where('id', m.id).first();
  expect(row).toMatchObject({ referral_dispatch_id: input.dispatchId, applicant_id_number: input.applicantIdNumber, applicant_phone: '13812345678' });
  expect(await countWhere(h, 'outbox')).toBe(0);
});

test('a professional dispute starts at the industry organization of its field', async () => {
  const res: any = await receive(referral(h.world, { category: 'LABOUR.WAGE_ARREARS', title: '企业拖欠工资多月未付' }));
  expect(res.body.data.receiveLegalServicesReferral).toMatchObject({ tier: 'COUNTY_JOINT_OR_INDUSTRY', organization: { kind: 'INDUSTRY', specialty: 'LABOUR' } });
});

test('an anonymous applicant keeps no identity', async () => {
  const input = referral(h.world, { anonymous: true });
  const res: any = await receive(input);
  const row = await h.server.db('mediations').where('dispatch_id', input.dispatchId as string).first();
  expect(res.body.data.receiveLegalServicesReferral.applicantName).toBe('匿名');
  expect(row).toMatchObject({ applicant_id_number: null, applicant_phone: null });
});

test('the same dispatch id again returns the same mediation and writes nothing new', async () => {
  const input = referral(h.world);
  const first: any = await receive(input);
  const again: any = await receive({ ...input, title: '重发的标题' });
  expect(again.body.data.receiveLegalServicesReferral).toEqual(first.body.data.receiveLegalServicesReferral);
  expect(await countWhere(h, 'mediations', { dispatch_id: input.dispatchId })).toBe(1);
});

test('ten concurrent deliveries of one new dispatch id leave exactly one mediation', async () => {
  const input = referral(h.world);
  const before = await countWhere(h, 'mediations');
  const results: any[] = await Promise.all(Array.from({ length: 10 }, () => receive(input)));
  for (const r of results) expect(r.body.errors).toBeUndefined();
  expect(new Set(results.map((r) => r.body.data.receiveLegalServicesReferral.id)).size).toBe(1);
  expect(await countWhere(h, 'mediations', { dispatch_id: input.dispatchId })).toBe(1);
  expect(await countWhere(h, 'mediations')).toBe(before + 1);
});

test.each<[string, Viewer]>([
  ['center staff', staffOf('2203')],
  ['legal-services agency staff', legalStaffOf('2203')],
  ['an administrator', { sub: 'admin', role: 'ADMIN', jurisdictions: ['2203'], scopes: [] }],
  ['another service', { sub: 'court', role: 'SERVICE', jurisdictions: [], scopes: [] }],
])('%s is refused with FORBIDDEN and nothing is written', async (_who, viewer) => {
  const input = referral(h.world);
  const before = await countWhere(h, 'mediations');
  const res: any = await receive(input, viewer);
  expect(res.body.data).toBeNull();
  expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  expect(await countWhere(h, 'mediations')).toBe(before);
});

test.each<[string, Record<string, unknown>]>([
  ['dispatchId', { dispatchId: 'x'.repeat(65) }],
  ['appealId', { appealId: 'bad id' }],
  ['regionCode', { regionCode: '22030200' }],
  ['gridCode', { gridCode: '220323100200001' }],
  ['category', { category: 'labour' }],
  ['title', { title: '   ' }],
  ['description', { description: '长'.repeat(4001) }],
  ['nature', { nature: 'GOSSIP' }],
  ['litigation', { litigation: 'MAYBE' }],
  ['urgency', { urgency: 'SOON' }],
  ['applicantIdNumber', { applicantIdNumber: '220302198001010121' }],
  ['applicantPhone', { applicantPhone: '0434-1234567' }],
  ['referredAt', { referredAt: '2026-03-01 08:00' }],
  ['referredAt', { referredAt: new Date(Date.now() + 86_400_000).toISOString() }],
])('input.%s that is wrong gets BAD_USER_INPUT naming it and writes nothing', async (name, bad) => {
  const before = await countWhere(h, 'mediations');
  const res: any = await receive(referral(h.world, bad));
  expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.${name}` });
  expect(await countWhere(h, 'mediations')).toBe(before);
});

test('a description of exactly 4,000 characters is accepted', async () => {
  const res: any = await receive(referral(h.world, { description: '长'.repeat(4000) }));
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data.receiveLegalServicesReferral.description).toHaveLength(4000);
});

test('the SDL served to the gateway keeps @inaccessible on the intake field and type', async () => {
  const res: any = await h.post('{ _service { sdl } }', {}, staffOf('2203'));
  const doc = parse(res.body.data._service.sdl as string);
  const directivesOf = (name: string) => {
    for (const def of doc.definitions) {
      if (!('name' in def) || !def.name) continue;
      if (def.name.value === name) return (def as { directives?: readonly DirectiveNode[] }).directives?.map((d) => d.name.value);
      const fields = (def as { fields?: readonly { name: { value: string }; directives?: readonly DirectiveNode[] }[] }).fields ?? [];
      const field = def.name.value === 'Mutation' ? fields.find((f) => f.name.value === name) : undefined;
      if (field) return field.directives?.map((d) => d.name.value);
    }
    return undefined;
  };
  expect(directivesOf('receiveLegalServicesReferral')).toEqual(['inaccessible']);
  expect(directivesOf('LegalServicesReferralIntake')).toEqual(['inaccessible']);
});
