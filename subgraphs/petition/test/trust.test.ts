import { signIdentity, signatureHeaders, signedHeaders } from '../../kit/trust';
import { staffOf, testSecrets } from '../../../test/support/signedFetch';
import { startPetition, type PetitionHarness } from './harness';

/** Only the gateway may call the subgraph: unsigned calls are refused (403), forged identities too (401). */
describe('petition subgraph: trust', () => {
  let h: PetitionHarness;
  beforeAll(async () => {
    h = await startPetition();
  });
  afterAll(async () => {
    await h?.stop();
  });

  const post = (body: string, headers: Record<string, string>) =>
    fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

  it.each([
    ['a root field', '{ petitions { nodes { id } } }'],
    ['_entities', '{ _entities(representations: [{ __typename: "Appeal", id: "AP000008" }]) { ... on Appeal { petition { id } } } }'],
    ['_service', '{ _service { sdl } }'],
  ])('refuses an unsigned call to %s with 403', async (_, query) => {
    const res = await post(JSON.stringify({ query }), {});
    expect(res.status).toBe(403);
    expect(res.body.errors[0].extensions.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
    expect(res.body.data).toBeUndefined();
  });

  it('refuses a call whose signature does not match the body with 403', async () => {
    const body = JSON.stringify({ query: '{ petitions { nodes { id } } }' });
    const headers = await signedHeaders(staffOf('2203'), 'petition', body, testSecrets);
    const res = await post(body.replace('nodes', 'edges { node { id } } nodes'), headers);
    expect(res.status).toBe(403);
    expect(res.body.errors[0].extensions.code).toBe('GATEWAY_SIGNATURE_INVALID');
  });

  it('refuses an identity signed with a wrong key, even with a valid gateway signature, with 401', async () => {
    const body = JSON.stringify({ query: '{ _entities(representations: [{ __typename: "Appeal", id: "AP000008" }]) { ... on Appeal { petition { id } } } }' });
    const forged = await signIdentity({ sub: 'mallory', role: 'ADMIN', jurisdictions: ['22'], scopes: [] }, 'petition', 'a-wrong-identity-key-of-at-least-32-characters');
    const res = await post(body, signatureHeaders('petition', body, forged, testSecrets.signatureSecrets[0]));
    expect(res.status).toBe(401);
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.body.data).toBeUndefined();
  });

  it('refuses an identity made for another subgraph with 401', async () => {
    const body = JSON.stringify({ query: '{ petitions { nodes { id } } }' });
    const identity = await signIdentity(staffOf('2203'), 'court', testSecrets.identitySecrets[0]);
    const res = await post(body, signatureHeaders('petition', body, identity, testSecrets.signatureSecrets[0]));
    expect(res.status).toBe(401);
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a properly signed call', async () => {
    const res = await h.post('{ petitions(first: 1) { nodes { id } } }');
    expect(res.status).toBe(200);
    expect(res.body.data!.petitions.nodes).toHaveLength(1);
  });
});
