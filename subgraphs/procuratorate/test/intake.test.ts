import { composeServices } from '@apollo/composition';
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DirectiveNode } from 'graphql';
import { count, describeIntakeContract, GOVERNANCE } from '../../../test/support/referrals';
import { staffOf } from '../../../test/support/signedFetch';
import type { Viewer } from '../../kit/viewer';
import { chinaCalendar } from '../../kit/clock';
import { addDays, addMonths, chinaDateOf } from '../src/domain/deadlines';
import { startSeeded, type Running } from './harness';
import { INTAKE, post, procuratorateStaffOf, referral } from './referrals';

/** Referral intake: only governance's service, checked input, one matter per dispatch id whatever the retries. */
let app: Running;
beforeAll(async () => {
  app = await startSeeded();
});
afterAll(async () => app?.stop());

const receive = (input: unknown, viewer: Viewer = GOVERNANCE) => post(app, INTAKE, { input }, viewer);

describeIntakeContract(() => ({
  service: 'procuratorate', staff: procuratorateStaffOf('2203'), table: 'procuratorate_matters', db: app.server.db, referral: () => referral(app.world), post: receive,
}));

test('a signed governance call creates the matter in RECEIVED with its 12309 clocks', async () => {
  const input = referral(app.world);
  const res = await receive(input);
  expect(res.body.errors).toBeUndefined();
  const receivedOn = chinaDateOf(input.referredAt);
  // 7 days and 3 months after the receiving day (not counted), each moved off a rest day to the next working day.
  const due7 = chinaCalendar.workingDayOnOrAfter(addDays(receivedOn, 7));
  const due3m = chinaCalendar.workingDayOnOrAfter(addMonths(receivedOn, 3));
  expect(res.body.data.receiveProcuratorateReferral).toEqual({
    id: expect.stringMatching(/^PM-/), dispatchId: input.dispatchId, kind: 'APPEAL', status: 'RECEIVED', title: input.title, category: 'LITIGATION.CRIMINAL',
    description: input.description, department: 'COMPLAINT_AND_APPEAL', regionCode: input.regionCode, gridCode: input.gridCode,
    petitioner: { name: '李*', idNumber: `${input.applicantIdNumber!.slice(0, 6)}********${input.applicantIdNumber!.slice(-4)}`, phone: '139****5678', anonymous: false, unreachable: false, confidential: false },
    procuratorate: { code: '220302000000', name: '四平市铁西区人民检察院', level: 'COUNTY' },
    receivedAt: input.referredAt, receivedOn, proceduralReplyDueOn: due7, proceduralRepliedOn: null,
    outcomeReplyDueOn: due3m, outcomeRepliedOn: null, outcomeReplyKind: null, resultRepliedOn: null, resultReply: null, closedOn: null,
    appeal: { id: input.appealId },
  });
  expect(await count(app.server.db, 'outbox')).toBe(0);
});

test('a region outside the city this 12309 platform serves is refused, naming input.regionCode, and nothing is written', async () => {
  const before = await count(app.server.db, 'procuratorate_matters');
  const res = await receive(referral(app.world, { regionCode: '110101001001', gridCode: '110101001001001' }));
  expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.regionCode' });
  expect(await count(app.server.db, 'procuratorate_matters')).toBe(before);
});

test('a confidential report of pollution by an anonymous petitioner keeps no identity', async () => {
  const res = await receive(referral(app.world, { category: 'ENVIRONMENT.POLLUTION', nature: 'ACCUSATION', litigation: 'NONE', anonymous: true, confidential: true }, '220323'));
  expect(res.body.data.receiveProcuratorateReferral).toMatchObject({
    kind: 'PUBLIC_INTEREST_CLUE', department: 'PUBLIC_INTEREST', procuratorate: { name: '伊通满族自治县人民检察院' },
    petitioner: { name: null, idNumber: null, phone: null, anonymous: true, unreachable: false, confidential: true },
  });
});

/** The directives of a type, or of a Mutation field, in an SDL document. */
function directivesOf(sdl: string, name: string): string[] | undefined {
  for (const def of parse(sdl).definitions) {
    if (!('name' in def) || !def.name) continue;
    if (def.name.value === name) return (def as { directives?: readonly DirectiveNode[] }).directives?.map((d) => d.name.value);
    const fields = (def as { fields?: readonly { name: { value: string }; directives?: readonly DirectiveNode[] }[] }).fields ?? [];
    const field = def.name.value === 'Mutation' ? fields.find((f) => f.name.value === name) : undefined;
    if (field) return field.directives?.map((d) => d.name.value);
  }
  return undefined;
}

test('mercurius serves the SDL with @inaccessible on the intake field and type, and the client API hides them', async () => {
  const res = await post(app, '{ _service { sdl } }', {}, staffOf('2203'));
  const sdl: string = res.body.data._service.sdl;
  expect(sdl).toBe(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
  expect(sdl).toMatch(/import: \[[^\]]*"@inaccessible"[^\]]*\]/);
  expect(directivesOf(sdl, 'receiveProcuratorateReferral')).toEqual(['inaccessible']);
  expect(directivesOf(sdl, 'ProcuratorateReferralIntake')).toEqual(['inaccessible']);

  const composed = composeServices([{ name: 'procuratorate', url: 'http://127.0.0.1:4005/graphql', typeDefs: parse(sdl) }]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const api = composed.schema.toAPISchema().toGraphQLJSSchema();
  expect(Object.keys(api.getMutationType()!.getFields()).sort()).toEqual(['acceptProcuratorateMatter', 'closeProcuratorateMatter', 'replyProcuratorateMatter', 'revealProcuratoratePetitionerPersonalData']);
  expect(api.getType('ProcuratorateReferralIntake')).toBeUndefined();
});
