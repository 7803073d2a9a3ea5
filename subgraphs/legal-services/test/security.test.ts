import { signIdentity, signatureHeaders } from '../../kit/trust';
import type { Viewer } from '../../kit/viewer';
import { staffOf, testSecrets } from '../../../test/support/signedFetch';
import { legalStaffOf, startHarness, type Harness } from './harness';

/** The trust chain (403 unsigned, 401 forged identity) and scoping (a foreign row is simply not there). */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const LIST = `{ mediations(first: 100) { nodes { id regionCode } }
  legalAidApplications(first: 100) { nodes { id regionCode } }
  legalConsultations(first: 100) { nodes { id regionCode } } }`;

test('an unsigned POST is refused with 403, _service and _entities included', async () => {
  for (const query of ['{ mediations { nodes { id } } }', '{ _service { sdl } }', '{ _entities(representations: [{__typename: "Appeal", id: "AP000008"}]) { __typename } }']) {
    const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(res.status).toBe(403);
    const body: any = await res.json();
    expect(body.errors[0].extensions.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
    expect(JSON.stringify(body)).not.toContain('AP000008-');
  }
});

test('an identity signed with a wrong key is refused with 401 even under a valid gateway signature', async () => {
  const body = JSON.stringify({ query: '{ mediations { nodes { id } } }' });
  const identity = await signIdentity(staffOf('2203'), 'legal-services', 'a-wrong-identity-secret-that-is-long-enough');
  const headers = signatureHeaders('legal-services', body, identity, testSecrets.signatureSecrets[0]);
  const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  expect(res.status).toBe(401);
  expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
});

test('center staff of 220302 see no record of 220323 in any list', async () => {
  const all: any = await h.post(LIST);
  const mine: any = await h.post(LIST, {}, staffOf('220302'));
  expect(mine.body.errors).toBeUndefined();
  for (const field of ['mediations', 'legalAidApplications', 'legalConsultations']) {
    const rows = mine.body.data[field].nodes;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r: any) => r.regionCode.startsWith('220302'))).toBe(true);
    expect(all.body.data[field].nodes.some((r: any) => r.regionCode.startsWith('220323'))).toBe(true);
  }
  const asked: any = await h.post('{ mediations(filter: { jurisdiction: "220323" }) { nodes { id } } }', {}, staffOf('220302'));
  expect(asked.body).toEqual({ data: { mediations: { nodes: [] } } });
});

test('center staff of 220302 get empty lists and nulls for 220323 through _entities and mediation(id)', async () => {
  const foreign = h.world.referrals.filter((r) => r.partner === 'LEGAL_SERVICES' && r.regionCode.startsWith('220323'));
  const withAgreement = foreign.filter((r) => r.agreementId).slice(0, 3);
  expect(withAgreement.length).toBeGreaterThan(0);
  const appealIds = [...new Set(foreign.slice(0, 10).map((r) => r.appealId))];
  const q = `query($reps: [_Any!]!) { _entities(representations: $reps) {
    ... on Appeal { id mediations { id } legalAidApplications { id } consultations { id } }
    ... on MediationAgreement { id signedDate } } }`;
  const reps = [...appealIds.map((id) => ({ __typename: 'Appeal', id })), ...withAgreement.map((r) => ({ __typename: 'MediationAgreement', id: r.agreementId }))];
  const seen: any = await h.post(q, { reps });
  expect(seen.body.data._entities.slice(0, appealIds.length).some((e: any) => e.mediations.length > 0)).toBe(true);
  expect(seen.body.data._entities.slice(appealIds.length).every((e: any) => e !== null)).toBe(true);

  const hidden: any = await h.post(q, { reps }, staffOf('220302'));
  expect(hidden.body.errors).toBeUndefined();
  expect(hidden.body.data._entities).toEqual([
    ...appealIds.map((id) => ({ id, mediations: [], legalAidApplications: [], consultations: [] })),
    ...withAgreement.map(() => null),
  ]);
  const one: any = await h.post('query($id: ID!) { mediation(id: $id) { id } }', { id: `MED-${foreign[0].dispatchId}-1` }, staffOf('220302'));
  expect(one.body).toEqual({ data: { mediation: null } });
});

test('agency staff see case records only when they are legal-services staff, within their jurisdiction', async () => {
  const court: Viewer = { ...legalStaffOf('2203'), agency: 'COURT' };
  const courtView: any = await h.post(LIST, {}, court);
  expect(courtView.body.data).toEqual({ mediations: { nodes: [] }, legalAidApplications: { nodes: [] }, legalConsultations: { nodes: [] } });
  const yitong: any = await h.post(LIST, {}, legalStaffOf('220323'));
  expect(yitong.body.data.mediations.nodes.length).toBeGreaterThan(0);
  expect(yitong.body.data.mediations.nodes.every((m: any) => m.regionCode.startsWith('220323'))).toBe(true);
});

test('the offices of the directory are public to every viewer, anonymous included; the mediators to signed-in viewers', async () => {
  const q = '{ mediationOrganizations(first: 5) { nodes { id } } mediators(first: 5) { nodes { id } } legalAidWorkstations(first: 5) { nodes { id } } }';
  const citizen: any = await h.post(q, {}, { sub: 'citizen-1', role: 'CITIZEN', jurisdictions: [], scopes: [] });
  const court: any = await h.post(q, {}, { ...legalStaffOf('220323'), agency: 'COURT' });
  for (const res of [citizen, court]) {
    for (const field of ['mediationOrganizations', 'mediators', 'legalAidWorkstations']) expect(res.body.data[field].nodes).toHaveLength(5);
  }
  const anonymous: any = await h.post(q, {}, { sub: 'anonymous', role: 'ANONYMOUS', jurisdictions: [], scopes: [] });
  expect(anonymous.body.errors).toBeUndefined();
  expect(anonymous.body.data.mediationOrganizations.nodes).toEqual(citizen.body.data.mediationOrganizations.nodes);
  expect(anonymous.body.data.legalAidWorkstations.nodes).toEqual(citizen.body.data.legalAidWorkstations.nodes);
  expect(anonymous.body.data.mediators).toEqual({ nodes: [] });
});
