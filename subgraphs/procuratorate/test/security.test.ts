import { SignJWT } from 'jose';
import { signedPost, staffOf, testSecrets } from '../../../test/support/signedFetch';
import { IDENTITY_ISSUER, signIdentity, signatureHeaders } from '../../kit/trust';
import { startSeeded, type Running } from './harness';

const city = staffOf('2203');
const LIST = '{ procuratorateMatters(first: 5) { nodes { id } } }';

let app: Running;
beforeAll(async () => {
  app = await startSeeded();
});
afterAll(async () => app?.stop());

async function post(body: string, headers: Record<string, string>) {
  const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

async function gatewaySigned(body: string, identity: string) {
  return post(body, signatureHeaders('procuratorate', body, identity, testSecrets.signatureSecrets[0]));
}

describe('the gateway trust chain', () => {
  it.each([
    ['a root field', LIST],
    ['_service', '{ _service { sdl } }'],
    ['_entities', '{ _entities(representations: [{ __typename: "Appeal", id: "AP000008" }]) { ... on Appeal { procuratorateMatters { id } } } }'],
  ])('refuses an unsigned call to %s with 403', async (_what, query) => {
    const res = await post(JSON.stringify({ query }), {});
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'GATEWAY_SIGNATURE_REQUIRED' } }] });
  });

  it('refuses client-made identity headers without a signature with 403', async () => {
    const body = JSON.stringify({ query: LIST });
    const identity = await signIdentity(city, 'procuratorate', testSecrets.identitySecrets[0]);
    const res = await post(body, { 'x-hub-identity': identity });
    expect(res.status).toBe(403);
  });

  it('refuses a body changed after signing with 403', async () => {
    const identity = await signIdentity(city, 'procuratorate', testSecrets.identitySecrets[0]);
    const headers = signatureHeaders('procuratorate', JSON.stringify({ query: LIST }), identity, testSecrets.signatureSecrets[0]);
    const res = await post(JSON.stringify({ query: '{ _service { sdl } }' }), headers);
    expect(res.status).toBe(403);
    expect(res.body.errors![0].extensions).toEqual({ code: 'GATEWAY_SIGNATURE_INVALID' });
  });

  it('refuses a signature made with another key with 403', async () => {
    const body = JSON.stringify({ query: LIST });
    const identity = await signIdentity(city, 'procuratorate', testSecrets.identitySecrets[0]);
    const res = await post(body, signatureHeaders('procuratorate', body, identity, 'a-wrong-gateway-signature-secret-of-40-chars'));
    expect(res.status).toBe(403);
    expect(res.body.errors![0].extensions).toEqual({ code: 'GATEWAY_SIGNATURE_INVALID' });
  });

  it('refuses an identity signed with a wrong key with 401, even under a valid gateway signature', async () => {
    const body = JSON.stringify({ query: LIST });
    const identity = await signIdentity(city, 'procuratorate', 'a-wrong-identity-secret-of-at-least-32-chars');
    const res = await gatewaySigned(body, identity);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('refuses an identity for another subgraph and an expired identity with 401', async () => {
    const body = JSON.stringify({ query: LIST });
    const forCourt = await signIdentity(city, 'court', testSecrets.identitySecrets[0]);
    expect((await gatewaySigned(body, forCourt)).status).toBe(401);
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ role: 'ADMIN', jur: ['2203'], scp: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('old')
      .setIssuer(IDENTITY_ISSUER)
      .setAudience('procuratorate')
      .setIssuedAt(now - 600)
      .setExpirationTime(now - 300)
      .sign(new TextEncoder().encode(testSecrets.identitySecrets[0]));
    const res = await gatewaySigned(body, expired);
    expect(res.status).toBe(401);
    expect(res.body.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('refuses GET, signed or not (the signature covers the body, not a query string), with 405', async () => {
    const url = `${app.url}?query=${encodeURIComponent('{ _service { sdl } }')}`;
    const unsigned = await fetch(url, { headers: { 'mercurius-require-preflight': '1' } });
    expect(unsigned.status).toBe(405);
    const identity = await signIdentity(city, 'procuratorate', testSecrets.identitySecrets[0]);
    const signed = await fetch(url, { headers: { 'mercurius-require-preflight': '1', ...signatureHeaders('procuratorate', '', identity, testSecrets.signatureSecrets[0]) } });
    expect(signed.status).toBe(405);
    expect(((await signed.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('accepts a properly signed call', async () => {
    const res = await signedPost(app.url, 'procuratorate', LIST, {}, city);
    expect(res.status).toBe(200);
    expect((res.body.data!.procuratorateMatters.nodes as unknown[]).length).toBe(5);
  });
});

describe('HTTP edges', () => {
  it('answers GET /health with 200 without a signature', async () => {
    const res = await fetch(`${app.origin}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('serves no GraphiQL and answers unknown paths with a JSON 404', async () => {
    const res = await fetch(`${app.origin}/graphiql`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
  });

  it('refuses malformed, empty, batched, non-UTF-8 and oversized bodies with JSON errors', async () => {
    const malformed = await post('{"query":', {});
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors![0].extensions).toEqual({ code: 'BAD_REQUEST' });
    expect((await post('', {})).status).toBe(400);
    const batch = JSON.stringify([{ query: LIST }]);
    const batched = await gatewaySigned(batch, await signIdentity(city, 'procuratorate', testSecrets.identitySecrets[0]));
    expect(batched.status).toBe(400);
    const latin1 = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json; charset=iso-8859-1' }, body: '{}' });
    expect(latin1.status).toBe(415);
    const big = await post(JSON.stringify({ query: `{ procuratorateMatters { nodes { id } } } # ${'x'.repeat(1_100_000)}` }), {});
    expect(big.status).toBe(413);
    expect(big.body.errors![0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('refuses text/plain bodies (a cross-site shape)', async () => {
    const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: LIST }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: unknown[] }).errors).toHaveLength(1);
  });

  it('gives parse and validation errors stable codes', async () => {
    const parse = await signedPost(app.url, 'procuratorate', '{ procuratorateMatters(', {}, city);
    expect(parse.status).toBe(400);
    expect(parse.body.errors![0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    const unknown = await signedPost(app.url, 'procuratorate', '{ procuratorateMatters { nodez } }', {}, city);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors![0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    const variable = await signedPost(app.url, 'procuratorate', 'query($n: Int) { procuratorateMatters(first: $n) { nodes { id } } }', { n: 'ten' }, city);
    expect(variable.status).toBe(400);
    expect(variable.body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('refuses a query deeper than the limit', async () => {
    const deep = '{ procuratorateMatters { nodes { appeal { procuratorateMatters { appeal { procuratorateMatters { appeal { procuratorateMatters { appeal { procuratorateMatters { appeal { procuratorateMatters { id } } } } } } } } } } } } }';
    const res = await signedPost(app.url, 'procuratorate', deep, {}, city);
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
