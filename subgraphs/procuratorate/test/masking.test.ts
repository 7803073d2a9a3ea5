import { signedPost, staffOf } from '../../../test/support/signedFetch';
import { startSeeded, type Running } from './harness';

/** A real fault (a table gone missing under the running server) must reach the client masked, with a request id. */
let app: Running;
beforeAll(async () => {
  app = await startSeeded();
  await app.server.db.schema.dropTable('procuratorate_follow_ups');
});
afterAll(async () => app?.stop());

it('masks a database error as INTERNAL_SERVER_ERROR with a request id and no SQL', async () => {
  const res = await signedPost(app.url, 'procuratorate', '{ procuratorateMatters(first: 2) { nodes { id followUps { id } } } }', {}, staffOf('2203'));
  expect(res.status).toBe(200);
  expect(res.body.data).toBeNull();
  const [error] = res.body.errors!;
  expect(error.message).toBe('Internal server error');
  expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.stringMatching(/^[A-Za-z0-9-]{8,64}$/) });
  expect(JSON.stringify(res.body)).not.toMatch(/procuratorate_follow_ups|select|SQLITE|relation/i);
});

it('keeps serving fields that do not touch the broken table', async () => {
  const res = await signedPost(app.url, 'procuratorate', '{ procuratorateMatters(first: 2) { nodes { id } } }', {}, staffOf('2203'));
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.procuratorateMatters.nodes).toHaveLength(2);
});

it('keeps list indices in error paths as numbers (the gateway maps _entities errors by them)', async () => {
  const res = await signedPost(app.url, 'procuratorate', '{ _entities(representations: [{ __typename: "Appeal", id: "AP000008" }]) { ... on Appeal { procuratorateMatters { id followUps { id } } } } }', {}, staffOf('2203'));
  expect(res.body.errors![0].path).toEqual(['_entities', 0, 'procuratorateMatters', 0, 'followUps']);
  expect(res.body.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
});
