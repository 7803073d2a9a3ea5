import { signedPost, staffOf, testSecrets } from '../../../test/support/signedFetch';
import { disposeDatabaseUrl, freshDatabaseUrl } from '../../../test/support/databases';
import type { SubgraphServer } from '../../kit/apolloSubgraph';
import { signedHeaders } from '../../kit/trust';
import { loadConfig } from '../src/config';
import { createServer } from '../src/server';

/**
 * The mercurius subgraph hardened like the Apollo ones (security.md, issue 4 item 4): CSRF prevention on without
 * breaking the gateway's signed JSON POSTs, introspection and field suggestions refused outside development (here:
 * the test environment; production.test.ts covers production) while `_service` still answers, no GraphiQL.
 */
const CSRF = 'This operation has been blocked as a potential Cross-Site Request Forgery (CSRF).';
const city = staffOf('2203');

interface Started {
  server: SubgraphServer;
  url: string;
  databaseUrl: string;
}
async function start(env: 'test' | 'development'): Promise<Started> {
  const databaseUrl = await freshDatabaseUrl('procuratorate');
  const server = await createServer({ ...loadConfig({ HUB_ENV: env, LOG_LEVEL: 'silent' }), databaseUrl });
  return { server, databaseUrl, url: `http://127.0.0.1:${await server.listen(0)}/graphql` };
}
async function stop(s: Started | undefined): Promise<void> {
  if (!s) return;
  await s.server.close();
  await disposeDatabaseUrl(s.databaseUrl);
}

let test_: Started;
let dev: Started;
beforeAll(async () => {
  test_ = await start('test');
  dev = await start('development');
});
afterAll(async () => {
  await stop(test_);
  await stop(dev);
});

/** A request the gateway signed, sent with another content type (what a cross-site page could send). */
async function signedAs(contentType: string | null, body: string, method = 'POST') {
  const headers: Record<string, string> = await signedHeaders(city, 'procuratorate', body, testSecrets);
  if (contentType !== null) headers['content-type'] = contentType;
  const res = await fetch(test_.url, { method, headers, body });
  return { status: res.status, body: (await res.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

describe('CSRF prevention', () => {
  const body = JSON.stringify({ query: '{ procuratorateMatters(first: 1) { nodes { id } } }' });
  it.each([
    ['text/plain', 'text/plain;charset=UTF-8'],
    ['a form POST', 'application/x-www-form-urlencoded'],
    ['a multipart POST', 'multipart/form-data; boundary=x'],
    ['no content type', null],
    ['application/graphql (a body the signature check does not parse)', 'application/graphql'],
  ])('refuses %s with 400 before anything runs, even when signed', async (_what, contentType) => {
    const res = await signedAs(contentType, body);
    expect(res).toEqual({ status: 400, body: { errors: [{ message: CSRF, extensions: { code: 'BAD_REQUEST' } }] } });
  });

  it('refuses a GET without a preflight header with 400 (CSRF), with one with 405', async () => {
    const url = `${test_.url}?query=${encodeURIComponent('{ _service { sdl } }')}`;
    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    expect(await simple.json()).toEqual({ errors: [{ message: CSRF, extensions: { code: 'BAD_REQUEST' } }] });
    expect((await fetch(url, { headers: { 'mercurius-require-preflight': '1' } })).status).toBe(405);
  });

  it('lets the gateway\'s signed application/json POSTs through, with or without a charset', async () => {
    for (const contentType of ['application/json', 'application/json; charset=utf-8']) {
      const res = await signedAs(contentType, body);
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    }
  });
});

describe('outside development', () => {
  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "ProcuratorateMatter") { fields { name } } }'],
  ])('refuses introspection through %s with 400 GRAPHQL_VALIDATION_FAILED', async (_what, query) => {
    const res = await signedPost(test_.url, 'procuratorate', query, {}, city);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors!.length).toBeGreaterThan(0);
    expect(res.body.errors!.every((e) => e.extensions!.code === 'GRAPHQL_VALIDATION_FAILED' && /^GraphQL introspection has been disabled/.test(e.message))).toBe(true);
  });

  it('gives no field suggestions', async () => {
    const res = await signedPost(test_.url, 'procuratorate', '{ procuratorateMatters { nodez } }', {}, city);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: 'Cannot query field "nodez" on type "ProcuratorateMatterConnection".', locations: [{ line: 1, column: 26 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
  });

  it('still answers _service and __typename (composition checks are not introspection)', async () => {
    const res = await signedPost(test_.url, 'procuratorate', '{ __typename _service { sdl } }', {}, city);
    expect(res.status).toBe(200);
    expect(res.body.data!.__typename).toBe('Query');
    expect(res.body.data!._service.sdl).toContain('revealProcuratoratePetitionerPersonalData');
  });
});

describe('in development', () => {
  it('allows introspection and suggestions (the switch is the environment, not a dead option)', async () => {
    const schema = await signedPost(dev.url, 'procuratorate', '{ __type(name: "ProcuratoratePetitioner") { name } }', {}, city);
    expect(schema.body).toEqual({ data: { __type: { name: 'ProcuratoratePetitioner' } } });
    const typo = await signedPost(dev.url, 'procuratorate', '{ procuratorateMatters { nodez } }', {}, city);
    expect(typo.body.errors![0].message).toMatch(/Did you mean "nodes"\?$/);
  });
});
