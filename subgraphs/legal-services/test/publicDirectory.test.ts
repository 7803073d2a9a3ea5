import type { Viewer } from '../../kit/viewer';
import { startHarness, type Harness } from './harness';

/** Where a citizen can get help is public: the office directories over signed HTTP for anonymous and citizen viewers. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const anonymous: Viewer = { sub: 'anonymous', role: 'ANONYMOUS', jurisdictions: [], scopes: [] };
const citizen: Viewer = { sub: 'citizen-1', role: 'CITIZEN', jurisdictions: [], scopes: [] };

const DIRECTORIES = {
  mediationOrganizations: { table: 'mediation_organizations', filter: 'MediationOrganizationFilter', selection: 'id name kind level specialty regionCode address phone' },
  legalAidWorkstations: { table: 'legal_aid_workstations', filter: 'LegalAidWorkstationFilter', selection: 'id name regionCode address phone' },
} as const;

async function pageThrough(field: keyof typeof DIRECTORIES, viewer: Viewer, jurisdiction: string | null): Promise<any[]> {
  const { filter, selection } = DIRECTORIES[field];
  const query = `query($filter: ${filter}, $first: Int, $after: String) { ${field}(filter: $filter, first: $first, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`;
  const all: any[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const res: any = await h.post(query, { filter: jurisdiction ? { jurisdiction } : null, first: 10, after }, viewer);
    expect([res.status, res.body.errors]).toEqual([200, undefined]);
    all.push(...res.body.data[field].nodes);
    if (!res.body.data[field].pageInfo.hasNextPage) return all;
    after = res.body.data[field].pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

describe.each([['ANONYMOUS', anonymous], ['CITIZEN', citizen]] as const)('%s', (_, viewer) => {
  test.each(Object.keys(DIRECTORIES) as (keyof typeof DIRECTORIES)[])('reads the whole %s directory of the demo world, contact data in clear', async (field) => {
    const rows = await h.server.db(DIRECTORIES[field].table).orderBy('id');
    expect(rows.length).toBeGreaterThan(5);
    const all = await pageThrough(field, viewer, null);
    expect(all.map((o) => o.id)).toEqual(rows.map((r: any) => r.id));
    const first = rows[0] as Record<string, string>;
    expect(all[0]).toMatchObject({ name: first.name, address: first.address, phone: first.phone, regionCode: first.region_code });
  });

  test.each(Object.keys(DIRECTORIES) as (keyof typeof DIRECTORIES)[])('narrows %s to a county of either jurisdiction', async (field) => {
    for (const county of ['220302', '220323']) {
      const rows = await h.server.db(DIRECTORIES[field].table).where('region_code', 'like', `${county}%`).orderBy('id');
      expect(rows.length).toBeGreaterThan(0);
      const got = await pageThrough(field, viewer, county);
      expect(got.map((o) => o.id)).toEqual(rows.map((r: any) => r.id));
    }
  });

  test('a page size above the cap is BAD_USER_INPUT naming `first`', async () => {
    for (const field of Object.keys(DIRECTORIES)) {
      const res: any = await h.post(`{ ${field}(first: 101) { nodes { id } } }`, {}, viewer);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });
});

test('the mediators (people, with work mobiles) stay for signed-in viewers: anonymous gets an empty page', async () => {
  const q = '{ mediators(first: 5) { nodes { id name phone } pageInfo { hasNextPage endCursor } } }';
  const anon: any = await h.post(q, {}, anonymous);
  expect(anon.body).toEqual({ data: { mediators: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } } });
  const signedIn: any = await h.post(q, {}, citizen);
  expect(signedIn.body.data.mediators.nodes).toHaveLength(5);
});
