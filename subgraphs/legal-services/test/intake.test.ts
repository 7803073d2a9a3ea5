import { parse, type DirectiveNode } from 'graphql';
import { count, describeIntakeContract, GOVERNANCE } from '../../../test/support/referrals';
import { staffOf } from '../../../test/support/signedFetch';
import type { Viewer } from '../../kit/viewer';
import { chinaDateOf, mediationDeadline } from '../src/domain/deadlines';
import { legalStaffOf, startHarness, type Harness } from './harness';
import { INTAKE, referral } from './referrals';

/** Referral intake: only governance's service, checked input, one mediation per dispatch id whatever the retries. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const receive = (input: unknown, viewer: Viewer = GOVERNANCE) => h.post(INTAKE, { input }, viewer);

describeIntakeContract(() => ({
  service: 'legal-services', staff: legalStaffOf('2203'), table: 'mediations', db: h.server.db, referral: () => referral(h.world), post: receive,
}));

test('a signed governance call creates the first-tier mediation in RECEIVED with its 30-day deadline', async () => {
  const input = referral(h.world);
  const res: any = await receive(input);
  expect(res.body.errors).toBeUndefined();
  const m = res.body.data.receiveLegalServicesReferral;
  const startDate = chinaDateOf(input.referredAt);
  expect(m).toMatchObject({
    dispatchId: input.dispatchId, status: 'RECEIVED', tier: 'TOWNSHIP_COMMITTEE', category: 'NEIGHBOUR.DISPUTE',
    title: input.title, description: input.description, applicantName: '张*', regionCode: input.regionCode,
    startDate, deadline: mediationDeadline(startDate), appeal: { id: input.appealId },
  });
  expect(m.organization).toMatchObject({ kind: 'PEOPLES_COMMITTEE', level: 'TOWNSHIP', regionCode: `${input.regionCode.slice(0, 9)}000` });
  const row = await h.server.db('mediations').where('id', m.id).first();
  expect(row).toMatchObject({ referral_dispatch_id: input.dispatchId, applicant_id_number: input.applicantIdNumber, applicant_phone: '13812345678' });
  expect(await count(h.server.db, 'outbox')).toBe(0);
});

test('a professional dispute starts at the industry organization of its field', async () => {
  const res: any = await receive(referral(h.world, { category: 'LABOUR.WAGE_ARREARS', title: '企业拖欠工资多月未付' }));
  expect(res.body.data.receiveLegalServicesReferral).toMatchObject({ tier: 'COUNTY_JOINT_OR_INDUSTRY', organization: { kind: 'INDUSTRY', specialty: 'LABOUR' } });
});

test('an anonymous applicant keeps no identity', async () => {
  const input = referral(h.world, { anonymous: true });
  const res: any = await receive(input);
  const row = await h.server.db('mediations').where('dispatch_id', input.dispatchId).first();
  expect(res.body.data.receiveLegalServicesReferral.applicantName).toBe('匿名');
  expect(row).toMatchObject({ applicant_id_number: null, applicant_phone: null });
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
