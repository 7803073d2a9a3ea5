import { signedPost, staffOf, testSecrets } from '../../../test/support/signedFetch';
import { disposeDatabaseUrl, freshDatabaseUrl } from '../../../test/support/databases';
import type { SubgraphServer } from '../../kit/apolloSubgraph';
import { loadConfig } from '../src/config';
import { createServer } from '../src/server';

/** In production the schema is not advertised: no introspection, no "Did you mean" — but `_service` still answers the gateway. */
let server: SubgraphServer;
let databaseUrl: string;
let url: string;

beforeAll(async () => {
  databaseUrl = await freshDatabaseUrl('procuratorate');
  const config = loadConfig({
    HUB_ENV: 'production',
    LOG_LEVEL: 'silent',
    HUB_SIGNATURE_SECRETS: testSecrets.signatureSecrets.join(','),
    HUB_IDENTITY_SECRETS: testSecrets.identitySecrets.join(','),
  });
  server = await createServer({ ...config, databaseUrl });
  url = `http://127.0.0.1:${await server.listen(0)}/graphql`;
});
afterAll(async () => {
  await server?.close();
  if (databaseUrl) await disposeDatabaseUrl(databaseUrl);
});

it('refuses introspection', async () => {
  const res = await signedPost(url, 'procuratorate', '{ __schema { types { name } } }', {}, staffOf('2203'));
  expect(res.status).toBe(400);
  expect(res.body.errors![0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
});

it('gives no field suggestions', async () => {
  const res = await signedPost(url, 'procuratorate', '{ procuratorateMatters { nodez } }', {}, staffOf('2203'));
  expect(res.body.errors![0].message).not.toMatch(/Did you mean/);
});

it('still serves the SDL to the gateway', async () => {
  const res = await signedPost(url, 'procuratorate', '{ _service { sdl } }', {}, staffOf('2203'));
  expect(res.body.data!._service.sdl).toContain('type ProcuratorateMatter @key(fields: "id")');
});
