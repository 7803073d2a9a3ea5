import { generateWorld } from '../../../demo/world';
import type { SubgraphServer } from '../../kit/apolloSubgraph';
import { signIdentity, signatureHeaders } from '../../kit/trust';
import { disposeDatabaseUrl, freshDatabaseUrl } from '../../../test/support/databases';
import { signedPost, staffOf, testSecrets } from '../../../test/support/signedFetch';
import { loadConfig } from '../src/config';
import { createServer } from '../src/server';
import { seed } from '../src/seed';

const world = generateWorld({ scale: 'small' });
let server: SubgraphServer;
let url: string;
let dbUrl: string;

beforeAll(async () => {
  dbUrl = await freshDatabaseUrl('governance');
  server = await createServer({ ...loadConfig({ HUB_ENV: 'test' }), databaseUrl: dbUrl });
  await seed(server.db, world);
  url = `http://127.0.0.1:${await server.listen(0)}/graphql`;
});
afterAll(async () => {
  await server.close();
  await disposeDatabaseUrl(dbUrl);
});

const post = (query: string, variables: Record<string, unknown> = {}, viewer = staffOf('2203')) => signedPost(url, 'governance', query, variables, viewer);

describe('governance subgraph', () => {
  it('pages through appeals with cursors, newest first, and counts them', async () => {
    const q = `query($after: String) { appeals(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id receivedAt } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const res: any = await post(q, { after });
      expect(res.status).toBe(200);
      const page = res.body.data.appeals;
      total = page.totalCount;
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBe(world.appeals.length);
    expect(new Set(seen).size).toBe(world.appeals.length);
  });

  it('filters by jurisdiction, status, category (parent includes children) and dates', async () => {
    const expected = world.appeals.filter((a) => a.regionCode.startsWith('220323') && a.status === 'CLOSED' && a.category.startsWith('LABOUR.') && a.receivedAt >= '2026-03-01T00:00:00.000Z');
    const res: any = await post(`{ appeals(first: 100, filter: { jurisdiction: "220323", status: CLOSED, category: "LABOUR", receivedFrom: "2026-03-01T00:00:00Z" }) { totalCount nodes { id } } }`);
    expect(res.body.data.appeals.totalCount).toBe(expected.length);
    expect(res.body.data.appeals.nodes.map((n: { id: string }) => n.id).sort()).toEqual(expected.map((a) => a.id).sort().slice(0, 100));
  });

  it('rejects a page above the cap and a malformed jurisdiction with BAD_USER_INPUT naming the field', async () => {
    const big: any = await post(`{ appeals(first: 101) { nodes { id } } }`);
    expect(big.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const bad: any = await post(`{ appeals(filter: { jurisdiction: "22%" }) { nodes { id } } }`);
    expect(bad.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.jurisdiction' });
  });

  it('scopes appeals to the viewer: 220302 staff never see 220323, in lists and entity references', async () => {
    const foreign = world.appeals.find((a) => a.regionCode.startsWith('220323'))!;
    const own = world.appeals.find((a) => a.regionCode.startsWith('220302'))!;
    const tiexi = staffOf('220302');
    const list: any = await post(`{ appeals(first: 100, filter: { jurisdiction: "2203" }) { totalCount nodes { regionCode: region { code } } } }`, {}, tiexi);
    expect(list.body.data.appeals.totalCount).toBe(world.appeals.filter((a) => a.regionCode.startsWith('220302')).length);
    expect(list.body.data.appeals.nodes.every((n: any) => n.regionCode.code.startsWith('220302'))).toBe(true);
    const one: any = await post(`query($id: ID!) { appeal(id: $id) { id } }`, { id: foreign.id }, tiexi);
    expect(one.body.data.appeal).toBeNull();
    const ents: any = await post(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Appeal { id title } } }`, { r: [{ __typename: 'Appeal', id: foreign.id }, { __typename: 'Appeal', id: own.id }] }, tiexi);
    expect(ents.body.data._entities).toEqual([null, { id: own.id, title: own.title }]);
    const anon: any = await post(`query($id: ID!) { appeal(id: $id) { id } }`, { id: own.id }, { sub: 'anonymous', role: 'ANONYMOUS', jurisdictions: [], scopes: [] });
    expect(anon.body.data.appeal).toBeNull();
  });

  it('resolves a batch of appeal references with one SQL statement per list', async () => {
    const ids = world.appeals.slice(0, 60).map((a) => ({ __typename: 'Appeal', id: a.id }));
    let statements = 0;
    const count = () => void statements++;
    server.db.on('query', count);
    const res: any = await post(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Appeal { id parties { name } dispatches { id department { name } } timeline { kind } grid { code region { name } } } } }`, { r: ids });
    server.db.removeListener('query', count);
    expect(res.body.data._entities).toHaveLength(60);
    expect(res.body.data._entities.every((e: any) => e && e.timeline.length > 0)).toBe(true);
    // appeals, parties, dispatches, departments, timeline, grids, regions: 7 statements for 60 appeals.
    expect(statements).toBe(7);
  });

  it('refuses unsigned calls with 403 and forged identities with 401, _service included', async () => {
    const body = JSON.stringify({ query: '{ _service { sdl } }' });
    const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(403);
    expect(((await unsigned.json()) as any).errors[0].extensions.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
    const forged = await signIdentity({ sub: 'x', role: 'ADMIN', jurisdictions: ['22'], scopes: [] }, 'governance', 'f'.repeat(32));
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...signatureHeaders('governance', body, forged, testSecrets.signatureSecrets[0]) }, body });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const ok: any = await post('{ _service { sdl } }');
    expect(ok.body.data._service.sdl).toContain('type Appeal');
  });

  it('serves the directory: grids of a jurisdiction, centers, departments and categories', async () => {
    const res: any = await post(`{ grids(jurisdiction: "220323", first: 5) { nodes { code type region { level } workers { id } } pageInfo { hasNextPage } }
      centers(level: COUNTY, first: 10) { nodes { id name } } departments(jurisdiction: "220302", first: 100) { nodes { kind } } categories { code parent { code } } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.grids.nodes).toHaveLength(5);
    expect(res.body.data.grids.nodes.every((g: any) => g.code.startsWith('220323') && g.code.length === 15 && g.region.level === 'VILLAGE')).toBe(true);
    expect(res.body.data.centers.nodes.map((c: any) => c.name).sort()).toEqual(['伊通满族自治县综治中心', '铁西区综治中心']);
    expect(res.body.data.departments.nodes.map((d: any) => d.kind)).toContain('COUNTY_GOVERNMENT');
    expect(res.body.data.categories.find((c: any) => c.code === 'LABOUR.WAGE_ARREARS').parent.code).toBe('LABOUR');
  });
});

describe('governance subgraph over GET', () => {
  it('refuses GET with 405: the signature covers a POST body, never a query string', async () => {
    const res = await fetch(`${url}?query=${encodeURIComponent('{ categories { code } }')}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(res.status).toBe(405);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
  });
});
