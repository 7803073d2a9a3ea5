import { composeServices } from '@apollo/composition';
import { Kind, parse, print, type InputObjectTypeDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import type { Viewer } from '../../kit/viewer';
import { signedPost, staffOf } from '../../../test/support/signedFetch';
import { addDays, chinaDate } from '../src/domain/dates';
import { startCourt, type RunningCourt } from './harness';
import { count, courtStaff, GOVERNANCE, intakeIn, outboxRows, receive, RECEIVE } from './referralFixtures';

let court: RunningCourt;
beforeAll(async () => {
  court = await startCourt();
});
afterAll(() => court.stop());

const post = (input: unknown, viewer: Viewer = GOVERNANCE) => signedPost(court.url, 'court', RECEIVE, { input }, viewer);

describe('receiveCourtReferral', () => {
  it('creates a RECEIVED referral with its court and mediation deadline, and keeps the referral as sent', async () => {
    const input = intakeIn(court.world, '220302');
    const before = Date.now();
    const res = await post(input);
    expect(res.body.errors).toBeUndefined();
    const r = res.body.data!.receiveCourtReferral;
    expect(r).toMatchObject({
      dispatchId: input.dispatchId, status: 'RECEIVED', kind: 'PRE_LITIGATION_MEDIATION', courtName: '四平市铁西区人民法院', courtCode: '吉0302',
      regionCode: input.regionCode, applicantName: '张伟', appeal: { id: input.appealId },
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

  it('sends administrative and criminal matters to filing review, without a mediation deadline, and keeps an anonymous applicant unnamed', async () => {
    const admin = await receive(court.url, intakeIn(court.world, '220323', { litigation: 'ADMINISTRATIVE', category: 'LITIGATION.ADMINISTRATIVE', anonymous: true }));
    expect(admin).toMatchObject({ kind: 'FILING_REVIEW', status: 'RECEIVED', mediationDeadline: null, applicantName: null, courtName: '伊通满族自治县人民法院' });
    // Already in litigation or not: classification is governance's; the court still receives it.
    const criminal = await receive(court.url, intakeIn(court.world, '220302', { litigation: 'NONE', category: 'FINANCE.ILLEGAL_FUNDRAISING' }));
    expect(criminal.kind).toBe('FILING_REVIEW');
  });

  it('is idempotent on the dispatch id: a retry returns the same referral', async () => {
    const input = intakeIn(court.world, '220302');
    const first = await receive(court.url, input);
    const again = await receive(court.url, { ...input, title: '重复投递' });
    expect(again).toEqual(first);
    expect(await count(court.server.db, 'court_referrals', { dispatch_id: input.dispatchId })).toBe(1);
  });

  it('makes exactly one referral of ten concurrent deliveries of a new dispatch', async () => {
    const input = intakeIn(court.world, '220323');
    const results = await Promise.all(Array.from({ length: 10 }, () => post(input)));
    for (const res of results) expect(res.body.errors).toBeUndefined();
    const ids = new Set(results.map((res) => res.body.data!.receiveCourtReferral.id));
    expect(ids.size).toBe(1);
    expect(await count(court.server.db, 'court_referrals', { dispatch_id: input.dispatchId })).toBe(1);
  });

  it.each<[string, Viewer]>([
    ['CENTER_STAFF', staffOf('2203')],
    ['AGENCY_STAFF of the court', courtStaff('2203')],
    ['ADMIN', { sub: 'root', role: 'ADMIN', jurisdictions: [], scopes: [] }],
    ['another service', { sub: 'petition', role: 'SERVICE', jurisdictions: [], scopes: [] }],
  ])('refuses %s with FORBIDDEN and writes nothing', async (_, viewer) => {
    const input = intakeIn(court.world, '220302');
    const res = await post(input, viewer);
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await count(court.server.db, 'court_referrals', { dispatch_id: input.dispatchId })).toBe(0);
  });

  it.each<[string, Record<string, unknown>]>([
    ['input.dispatchId', { dispatchId: '' }],
    ['input.dispatchId', { dispatchId: 'x'.repeat(65) }],
    ['input.appealId', { appealId: 'AP 1' }],
    ['input.regionCode', { regionCode: '22030210000' }],
    ['input.regionCode', { regionCode: '2203021000a1' }],
    ['input.gridCode', { gridCode: '22030210000100' }],
    ['input.gridCode', { gridCode: '220323100001001' }],
    ['input.category', { category: 'labour wage' }],
    ['input.title', { title: '   ' }],
    ['input.title', { title: '长'.repeat(201) }],
    ['input.description', { description: '长'.repeat(4001) }],
    ['input.nature', { nature: 'RUMOUR' }],
    ['input.litigation', { litigation: 'ARBITRATION' }],
    ['input.urgency', { urgency: 'SOMEDAY' }],
    ['input.applicantName', { applicantName: '名'.repeat(101) }],
    ['input.applicantIdNumber', { applicantIdNumber: '220302198001010014' }],
    ['input.applicantPhone', { applicantPhone: '12345' }],
    ['input.referredAt', { referredAt: 'yesterday' }],
    ['input.referredAt', { referredAt: '2026-05-01T10:00:00' }],
    ['input.referredAt', { referredAt: new Date(Date.now() + 3_600_000).toISOString() }],
  ])('refuses a bad %s with BAD_USER_INPUT and writes nothing', async (field, patch) => {
    const input = { ...intakeIn(court.world, '220302'), ...patch };
    const res = await post(input);
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(court.server.db, 'court_referrals', { appeal_id: input.appealId })).toBe(0);
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
      ['acceptCourtReferral', 'closeCourtReferral', 'fileCourtCase', 'recordCourtJudgment', 'recordCourtMediationResult', 'startCourtMediation'],
    );
    expect(api.getType('CourtReferralIntake')).toBeUndefined();
  });
});
