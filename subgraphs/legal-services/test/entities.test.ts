import { startHarness, type Harness } from './harness';

/** Federation: `_entities` for Appeal (our added fields, batched) and for MediationAgreement (owned here). */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const APPEAL_FIELDS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Appeal {
  id
  mediations { id tier status dispatchId appeal { id } }
  legalAidApplications { id decision appeal { id } }
  consultations { id channel appeal { id } }
} } }`;

test('Appeal: the three added fields for many appeals cost exactly one SQL statement each', async () => {
  const ls = h.world.referrals.filter((r) => r.partner === 'LEGAL_SERVICES');
  const withAid = (await h.server.db('legal_aid_applications').select('appeal_id')).map((r: any) => r.appeal_id as string);
  const withQuestion = (await h.server.db('legal_consultations').whereNotNull('appeal_id').select('appeal_id')).map((r: any) => r.appeal_id as string);
  const ids = [...new Set([...ls.slice(0, 12).map((r) => r.appealId), ...withAid.slice(0, 5), ...withQuestion.slice(0, 5), 'AP-NOT-THERE'])];
  const { result, sql } = await h.countQueries(() => h.post(APPEAL_FIELDS, { reps: ids.map((id) => ({ __typename: 'Appeal', id })) }));
  expect(result.body.errors).toBeUndefined();
  expect(sql).toHaveLength(3);
  expect(sql.filter((s) => /from [`"]mediations[`"]/.test(s))).toHaveLength(1);
  expect(sql.filter((s) => /from [`"]legal_aid_applications[`"]/.test(s))).toHaveLength(1);
  expect(sql.filter((s) => /from [`"]legal_consultations[`"]/.test(s))).toHaveLength(1);

  const entities = result.body.data!._entities as any[];
  expect(entities.map((e) => e.id)).toEqual(ids);
  for (const e of entities) {
    const expected = await h.server.db('mediations').where('appeal_id', e.id).orderBy('created_at').pluck('id');
    expect(e.mediations.map((m: any) => m.id)).toEqual(expected);
    expect(e.legalAidApplications.map((a: any) => a.id).sort()).toEqual((await h.server.db('legal_aid_applications').where('appeal_id', e.id).pluck('id')).sort());
    expect(e.consultations.map((c: any) => c.id).sort()).toEqual((await h.server.db('legal_consultations').where('appeal_id', e.id).pluck('id')).sort());
    for (const m of [...e.mediations, ...e.legalAidApplications, ...e.consultations]) expect(m.appeal.id).toBe(e.id);
  }
  const referral = ls[0];
  const first = entities.find((e) => e.id === referral.appealId).mediations[0];
  expect(first.dispatchId).toBe(referral.dispatchId);
  expect(entities.find((e) => e.id === 'AP-NOT-THERE')).toEqual({ id: 'AP-NOT-THERE', mediations: [], legalAidApplications: [], consultations: [] });
});

test('appeals that reached all four partners carry a mediation agreement with the id the world fixed', async () => {
  const partnersOf = new Map<string, Set<string>>();
  for (const r of h.world.referrals) partnersOf.set(r.appealId, (partnersOf.get(r.appealId) ?? new Set()).add(r.partner));
  const allFour = [...partnersOf].filter(([, p]) => p.size === 4).map(([id]) => id);
  expect(allFour.length).toBeGreaterThanOrEqual(3);
  const res: any = await h.post(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Appeal { id mediations { status agreement { id judicialConfirmationRequested } } } } }`, {
    reps: allFour.map((id) => ({ __typename: 'Appeal', id })),
  });
  expect(res.body.errors).toBeUndefined();
  for (const e of res.body.data._entities) {
    const fixed = h.world.referrals.find((r) => r.appealId === e.id && r.partner === 'LEGAL_SERVICES')!;
    const last = e.mediations[e.mediations.length - 1];
    expect(last).toEqual({ status: 'AGREEMENT', agreement: { id: fixed.agreementId, judicialConfirmationRequested: fixed.judicialConfirmationRequested } });
  }
});

test('MediationAgreement: references resolve through one batched statement; unknown ids are null', async () => {
  const fixed = h.world.referrals.filter((r) => r.agreementId).slice(0, 8);
  const reps = [...fixed.map((r) => ({ __typename: 'MediationAgreement', id: r.agreementId })), { __typename: 'MediationAgreement', id: 'MA-NONE' }];
  const { result, sql } = await h.countQueries(() =>
    h.post(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on MediationAgreement {
      id signedDate amount termsSummary performanceStatus judicialConfirmationDeadline judicialConfirmationRequested appeal { id } } } }`, { reps }),
  );
  expect(result.body.errors).toBeUndefined();
  expect(sql).toHaveLength(1);
  const got = result.body.data!._entities as any[];
  expect(got[got.length - 1]).toBeNull();
  fixed.forEach((r, i) => {
    expect(got[i]).toMatchObject({ id: r.agreementId, appeal: { id: r.appealId }, judicialConfirmationRequested: r.judicialConfirmationRequested });
    expect(got[i].amount === null || /^\d+\.\d{2}$/.test(got[i].amount)).toBe(true);
  });
});

test('_service returns the SDL with the entity keys', async () => {
  const res: any = await h.post('{ _service { sdl } }');
  expect(res.body.data._service.sdl).toMatch(/type MediationAgreement\s+@key\(fields: "id"\)/);
  expect(res.body.data._service.sdl).toMatch(/type Appeal\s+@key\(fields: "id"\)/);
});
