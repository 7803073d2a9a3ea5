import fs from 'node:fs';
import { DEFAULT_MANIFEST_PATH, type PersistedManifest } from '../../../gateway/src/persisted/manifest';
import { createGateway, type Gateway } from '../../../gateway/src/server';
import { startHub, type RunningHub } from '../../../test/support/hub';

/**
 * Issue 4, item 1, end to end: without a token the viewer is ANONYMOUS, held to the mini-program's persisted operations
 * (enforce mode), and reads what is public: the legal-education articles and the directories of offices. The whole
 * federation over real HTTP, on the demo world.
 */
const manifest: PersistedManifest = JSON.parse(fs.readFileSync(DEFAULT_MANIFEST_PATH, 'utf8'));
const op = (name: string) => manifest.operations.find((o) => o.name === name)!;

let hub: RunningHub;
let gateway: Gateway;
let url: string;
beforeAll(async () => {
  hub = await startHub({ scale: 'small', startWorkers: false });
  gateway = await createGateway(hub.gatewayConfig, { persisted: { mode: 'enforce', manifestPath: DEFAULT_MANIFEST_PATH, roles: ['ANONYMOUS', 'CITIZEN'] } });
  url = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}/graphql`;
}, 120_000);
afterAll(async () => {
  await gateway?.close();
  await hub?.close();
});

/** Run a listed operation by its hash alone, without a token. */
async function anonymously(name: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: op(name).id } } }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { extensions?: Record<string, unknown> }[] } };
}

test('LegalEducation pages through the articles by topic and LegalEducationArticle opens one, without a token', async () => {
  const db = hub.subgraphs['legal-services'].db;
  const labour = (await db('legal_education_articles').where('topic', 'LABOUR').orderBy([{ column: 'published_at', order: 'desc' }, { column: 'id', order: 'desc' }])).map((r) => r.id);
  expect(labour.length).toBeGreaterThan(2);
  const first = await anonymously('LegalEducation', { topic: 'LABOUR', first: 2 });
  expect([first.status, first.body.errors]).toEqual([200, undefined]);
  const page1 = first.body.data.legalEducationArticles;
  expect(page1.pageInfo.hasNextPage).toBe(true);
  const second = await anonymously('LegalEducation', { topic: 'LABOUR', first: 2, after: page1.pageInfo.endCursor });
  const ids = [...page1.nodes, ...second.body.data.legalEducationArticles.nodes].map((a: { id: string }) => a.id);
  expect(ids).toEqual(labour.slice(0, ids.length));
  expect(ids.length).toBe(Math.min(4, labour.length));

  const one = await anonymously('LegalEducationArticle', { id: labour[0] });
  expect([one.status, one.body.errors]).toEqual([200, undefined]);
  expect(one.body.data.legalEducationArticle).toMatchObject({ id: labour[0], topic: 'LABOUR', body: expect.stringContaining('劳动') });
  const none = await anonymously('LegalEducationArticle', { id: 'LE-999' });
  expect(none.body).toEqual({ data: { legalEducationArticle: null } });
});

test('a page size above the cap comes back as BAD_USER_INPUT naming `first`, through the gateway', async () => {
  const res = await anonymously('LegalEducation', { first: 101 });
  expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  expect(res.body.data ?? null).toBeNull();
});

test.each([
  ['MediationOrganizations', 'mediationOrganizations', 'legal-services', 'mediation_organizations'],
  ['LegalAidWorkstations', 'legalAidWorkstations', 'legal-services', 'legal_aid_workstations'],
  ['CourtVenues', 'courtVenues', 'court', 'court_venues'],
] as const)('the public directory %s is read without a token', async (name, field, subgraph, table) => {
  const res = await anonymously(name, { jurisdiction: '220323', first: 100 });
  expect([res.status, res.body.errors]).toEqual([200, undefined]);
  const rows = await hub.subgraphs[subgraph].db(table).where('region_code', 'like', '220323%').select('id');
  expect(rows.length).toBeGreaterThan(0);
  expect(res.body.data[field].nodes.map((n: { id: string }) => n.id).sort()).toEqual(rows.map((r) => r.id).sort());
});

test('an anonymous viewer cannot send anything else: an unlisted document is refused', async () => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ mediators(first: 5) { nodes { id name phone } } }' }),
  });
  expect(res.status).toBe(403);
  expect(((await res.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
});
