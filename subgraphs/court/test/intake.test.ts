import { composeServices } from '@apollo/composition';
import { Kind, parse, print, type InputObjectTypeDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import type { Viewer } from '../../kit/viewer';
import { count, describeIntakeContract, GOVERNANCE, outboxRows } from '../../../test/support/referrals';
import { signedPost, staffOf } from '../../../test/support/signedFetch';
import { addDays, chinaDate } from '../src/domain/dates';
import { startCourt, type RunningCourt } from './harness';
import { courtStaff, intakeIn, receive, RECEIVE } from './referralFixtures';

let court: RunningCourt;
beforeAll(async () => {
  court = await startCourt();
});
afterAll(() => court.stop());

const post = (input: unknown, viewer: Viewer = GOVERNANCE) => signedPost(court.url, 'court', RECEIVE, { input }, viewer);

describeIntakeContract(() => ({
  service: 'court', staff: courtStaff('2203'), table: 'court_referrals', db: court.server.db, referral: () => intakeIn(court.world, '220302'), post,
}));

describe('receiveCourtReferral', () => {
  it('creates a RECEIVED referral with its court and mediation deadline, and keeps the referral as sent', async () => {
    const input = intakeIn(court.world, '220302');
    const before = Date.now();
    const res = await post(input);
    expect(res.body.errors).toBeUndefined();
    const r = res.body.data!.receiveCourtReferral;
    expect(r).toMatchObject({
      dispatchId: input.dispatchId, status: 'RECEIVED', kind: 'PRE_LITIGATION_MEDIATION', courtName: '四平市铁西区人民法院', courtCode: '吉0302',
      regionCode: input.regionCode, applicantName: '张*', appeal: { id: input.appealId },
    });
    expect(r.id).toMatch(/^CR-[0-9a-f-]{36}$/);
    expect(Date.parse(r.receivedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(r.updatedAt).toBe(r.receivedAt);
    expect(r.mediationDeadline).toBe(addDays(chinaDate(r.receivedAt), 30));
    const row = await court.server.db('court_referrals').where('id', r.id).first();
    expect(row).toMatchObject({
      grid_code: input.gridCode, category: input.category, title: input.title, description: input.description, nature: 'GRIEVANCE', litigation: 'CIVIL',
      urgency: 'NORMAL', applicant_id_number: '22030219800101003X', applicant_phone: '13800005678',
    });
    expect(new Date(row.referred_at).toISOString()).toBe(input.referredAt);
    // Intake is not a state change: nothing is reported back.
    expect(await outboxRows(court.server.db, r.id)).toEqual([]);
  });

  it('sends administrative and criminal matters to filing review, without a mediation deadline, and keeps no identity of an anonymous applicant', async () => {
    const admin = await receive(court.url, intakeIn(court.world, '220323', { litigation: 'ADMINISTRATIVE', category: 'LITIGATION.ADMINISTRATIVE', anonymous: true }));
    expect(admin).toMatchObject({ kind: 'FILING_REVIEW', status: 'RECEIVED', mediationDeadline: null, applicantName: null, courtName: '伊通满族自治县人民法院' });
    expect(await court.server.db('court_referrals').where('id', admin.id).first()).toMatchObject({ applicant_name: null, applicant_id_number: null, applicant_phone: null });
    // Already in litigation or not: classification is governance's; the court still receives it.
    const criminal = await receive(court.url, intakeIn(court.world, '220302', { litigation: 'NONE', category: 'FINANCE.ILLEGAL_FUNDRAISING' }));
    expect(criminal.kind).toBe('FILING_REVIEW');
  });

  it('refuses a region no basic court serves, naming input.regionCode', async () => {
    const input = { ...intakeIn(court.world, '220302'), regionCode: '220399100201', gridCode: '220399100201001' };
    const res = await post(input);
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.regionCode' });
    expect(await count(court.server.db, 'court_referrals', { dispatch_id: input.dispatchId })).toBe(0);
  });
});

describe('the intake is for the hub only', () => {
  it('marks the field and its input type @inaccessible in the subgraph SDL', async () => {
    const res = await signedPost(court.url, 'court', '{ _service { sdl } }', {}, staffOf('2203'));
    const doc = parse(res.body.data!._service.sdl as string);
    const directivesOf = (node: { directives?: readonly { name: { value: string } }[] } | undefined) => (node?.directives ?? []).map((d) => d.name.value);
    const mutation = doc.definitions.find((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Mutation') as ObjectTypeDefinitionNode;
    const intake = doc.definitions.find((d) => d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && d.name.value === 'CourtReferralIntake') as InputObjectTypeDefinitionNode;
    expect(directivesOf(mutation.fields!.find((f) => f.name.value === 'receiveCourtReferral'))).toEqual(['inaccessible']);
    expect(directivesOf(mutation.fields!.find((f) => f.name.value === 'acceptCourtReferral'))).toEqual([]);
    expect(directivesOf(intake)).toEqual(['inaccessible']);
    expect(intake.fields!.map((f) => `${f.name.value}: ${print(f.type)}`)).toEqual([
      'dispatchId: ID!', 'appealId: ID!', 'regionCode: String!', 'gridCode: String!', 'category: String!', 'title: String!', 'description: String!',
      'nature: String!', 'litigation: String!', 'urgency: String!', 'anonymous: Boolean!', 'confidential: Boolean!', 'applicantName: String',
      'applicantIdNumber: String', 'applicantPhone: String', 'referredAt: DateTime!',
    ]);
  });

  it('keeps them out of the client API while the staff mutations are in it', async () => {
    const res = await signedPost(court.url, 'court', '{ _service { sdl } }', {}, staffOf('2203'));
    const composed = composeServices([{ name: 'court', url: 'http://court', typeDefs: parse(res.body.data!._service.sdl) }]);
    expect(composed.errors).toBeUndefined();
    const api = composed.schema!.toAPISchema().toGraphQLJSSchema();
    expect(Object.keys(api.getMutationType()!.getFields()).sort()).toEqual(
      ['acceptCourtReferral', 'closeCourtReferral', 'fileCourtCase', 'recordCourtJudgment', 'recordCourtMediationResult', 'revealCourtReferralPersonalData', 'startCourtMediation'],
    );
    expect(api.getType('CourtReferralIntake')).toBeUndefined();
  });
});
