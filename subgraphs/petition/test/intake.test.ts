import { composeServices } from '@apollo/composition';
import { Kind, parse, print, type InputObjectTypeDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import type { Viewer } from '../../kit/viewer';
import { describeIntakeContract, GOVERNANCE, outboxRows } from '../../../test/support/referrals';
import { acceptanceNoticeDueOn, chinaDateOf, registrationDueOn } from '../src/domain/deadlines';
import { startPetition, type PetitionHarness } from './harness';
import { intakeIn, petitionStaff, receive, RECEIVE } from './referralFixtures';

let h: PetitionHarness;
beforeAll(async () => {
  h = await startPetition();
});
afterAll(() => h.stop());

const post = (input: unknown, viewer: Viewer = GOVERNANCE) => h.post(RECEIVE, { input }, viewer);

describeIntakeContract(() => ({
  service: 'petition', staff: petitionStaff('2203'), table: 'petitions', db: h.server.db, referral: () => intakeIn(h.world, '220302'), post,
}));

describe('receivePetitionReferral', () => {
  it('registers the matter as a petition with its statutory dates, and keeps the referral as sent', async () => {
    const input = intakeIn(h.world, '220302');
    const res = await post(input);
    expect(res.body.errors).toBeUndefined();
    const p = res.body.data!.receivePetitionReferral;
    const today = chinaDateOf(p.createdAt);
    expect(p).toEqual({
      id: expect.stringMatching(/^PT-[0-9a-f-]{36}$/),
      dispatchId: input.dispatchId, status: 'REGISTERED', decision: 'PENDING', type: 'APPEAL_DEMAND', form: 'ONLINE', anonymous: false,
      appeal: { id: input.appealId }, regionCode: input.regionCode, grid: { code: input.gridCode }, title: input.title, category: input.category,
      petitioner: { name: '王*', idNumber: '220302********0048', phone: '139****5678' },
      receivedOn: today, registeredOn: today, registrationDueOn: registrationDueOn(today), decidedOn: null, noticeDueOn: acceptanceNoticeDueOn(today),
      noticeSentOn: null, legalRoute: null, handlingDueOn: null, result: null, repliedOn: null, reviewRequestDueOn: null, concludedOn: null,
      createdAt: p.createdAt, updatedAt: p.createdAt,
    });
    expect(Math.abs(Date.parse(p.createdAt) - Date.now())).toBeLessThan(60_000);
    const row = await h.server.db('petitions').where('id', p.id).first();
    expect(row).toMatchObject({ description: input.description, nature: 'COMPLAINT', litigation: 'NONE', urgency: 'URGENT' });
    expect(new Date(row.referred_at).toISOString()).toBe(input.referredAt);
    expect(await outboxRows(h.server.db, p.id)).toEqual([]);
  });

  it('takes the petition type from the nature, and names nobody when the referral names nobody', async () => {
    const p = await receive(h.url, intakeIn(h.world, '220323', { nature: 'SUGGESTION', anonymous: true, applicantName: null, applicantIdNumber: null, applicantPhone: null }));
    expect(p).toMatchObject({ type: 'SUGGESTION', anonymous: true, petitioner: { name: '未留姓名', idNumber: null, phone: null } });
    const long = await receive(h.url, intakeIn(h.world, '220323', { applicantName: '阿'.repeat(100) }));
    expect(long.petitioner.name).toBe('阿' + '*'.repeat(99));
    expect((await h.server.db('petitions').where('id', long.id).first()).petitioner_name).toBe('阿'.repeat(100));
  });

  it('keeps no identity of an anonymous petitioner, even when the referral carries one', async () => {
    const p = await receive(h.url, intakeIn(h.world, '220302', { anonymous: true }));
    expect(p).toMatchObject({ anonymous: true, petitioner: { name: '未留姓名', idNumber: null, phone: null } });
  });
});

describe('the intake is for the hub only', () => {
  const sdl = async () => parse((await h.post('{ _service { sdl } }')).body.data!._service.sdl as string);

  it('marks the field and its input type @inaccessible in the subgraph SDL', async () => {
    const doc = await sdl();
    const directivesOf = (node: { directives?: readonly { name: { value: string } }[] } | undefined) => (node?.directives ?? []).map((d) => d.name.value);
    const mutation = doc.definitions.find((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Mutation') as ObjectTypeDefinitionNode;
    const intake = doc.definitions.find((d) => d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && d.name.value === 'PetitionReferralIntake') as InputObjectTypeDefinitionNode;
    expect(directivesOf(mutation.fields!.find((f) => f.name.value === 'receivePetitionReferral'))).toEqual(['inaccessible']);
    expect(directivesOf(mutation.fields!.find((f) => f.name.value === 'acceptPetition'))).toEqual([]);
    expect(directivesOf(intake)).toEqual(['inaccessible']);
    expect(intake.fields!.map((f) => `${f.name.value}: ${print(f.type)}`)).toEqual([
      'dispatchId: ID!', 'appealId: ID!', 'regionCode: String!', 'gridCode: String!', 'category: String!', 'title: String!', 'description: String!',
      'nature: String!', 'litigation: String!', 'urgency: String!', 'anonymous: Boolean!', 'confidential: Boolean!', 'applicantName: String',
      'applicantIdNumber: String', 'applicantPhone: String', 'referredAt: DateTime!',
    ]);
  });

  it('keeps them out of the client API while the staff mutations are in it', async () => {
    const composed = composeServices([{ name: 'petition', url: 'http://petition', typeDefs: await sdl() }]);
    expect(composed.errors).toBeUndefined();
    const api = composed.schema!.toAPISchema().toGraphQLJSSchema();
    expect(Object.keys(api.getMutationType()!.getFields()).sort()).toEqual(['acceptPetition', 'concludePetition', 'divertPetition', 'replyPetition', 'revealPetitionRepresentativePersonalData', 'revealPetitionerPersonalData']);
    expect(api.getType('PetitionReferralIntake')).toBeUndefined();
  });
});
