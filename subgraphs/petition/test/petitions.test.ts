import { maskIdNumber, maskName, maskPhone } from '../../kit/pii';
import { staffOf } from '../../../test/support/signedFetch';
import { startPetition, TIEXI, YITONG, type PetitionHarness } from './harness';

const LIST = `query($filter: PetitionFilter, $first: Int, $after: String) {
  petitions(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id regionCode registeredOn } }
    nodes { id status form registeredOn regionCode }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface ListData {
  petitions: {
    edges: { cursor: string; node: { id: string; regionCode: string; registeredOn: string } }[];
    nodes: { id: string; status: string; form: string; registeredOn: string; regionCode: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('petition subgraph: root fields', () => {
  let h: PetitionHarness;
  beforeAll(async () => {
    h = await startPetition();
  });
  afterAll(async () => {
    await h?.stop();
  });

  async function all(filter: Record<string, unknown> | null, viewer = staffOf('2203'), first = 20) {
    const ids: string[] = [];
    const nodes: ListData['petitions']['nodes'] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const res: { body: { data?: ListData; errors?: unknown[] } } = await h.post<ListData>(LIST, { filter, first, after }, viewer);
      expect(res.body.errors).toBeUndefined();
      const conn: ListData['petitions'] = res.body.data!.petitions;
      expect(conn.edges.map((e) => e.node.id)).toEqual(conn.nodes.map((n) => n.id));
      nodes.push(...conn.nodes);
      ids.push(...conn.nodes.map((n) => n.id));
      if (!conn.pageInfo.hasNextPage) return { ids, nodes, pages: page + 1 };
      expect(conn.pageInfo.endCursor).toBe(conn.edges[conn.edges.length - 1].cursor);
      after = conn.pageInfo.endCursor;
    }
    throw new Error('no last page');
  }

  it('pages through every petition of the city with cursors, newest registration first', async () => {
    const { ids, nodes, pages } = await all(null, staffOf('2203'), 20);
    const expected = h.planned.map((p) => p.petition.id as string).sort();
    expect(expected.length).toBeGreaterThan(40);
    expect(pages).toBe(Math.ceil(expected.length / 20));
    expect([...ids].sort()).toEqual(expected);
    const keys = nodes.map((n) => `${n.registeredOn}|${n.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('filters by status, form and registration dates, as planned by the seed', async () => {
    const sample = h.planned.map((p) => p.petition).find((p) => p.status === 'CONCLUDED')!;
    const from = '2026-03-01';
    const to = '2026-08-31';
    const filter = { status: 'CONCLUDED', form: sample.form, registeredFrom: from, registeredTo: to };
    const expected = h.planned
      .map((p) => p.petition)
      .filter((p) => p.status === 'CONCLUDED' && p.form === sample.form && (p.registered_on as string) >= from && (p.registered_on as string) <= to)
      .map((p) => p.id)
      .sort();
    const { ids, nodes } = await all(filter, staffOf('2203'), 5);
    expect(expected.length).toBeGreaterThan(0);
    expect([...ids].sort()).toEqual(expected);
    for (const n of nodes) expect([n.status, n.form]).toEqual(['CONCLUDED', sample.form]);
  });

  it('narrows by a jurisdiction prefix inside the viewer scope, never outside it', async () => {
    const yitong = h.planned.filter((p) => (p.petition.region_code as string).startsWith(YITONG)).map((p) => p.petition.id).sort();
    expect((await all({ jurisdiction: YITONG })).ids.sort()).toEqual(yitong);
    expect((await all({ jurisdiction: YITONG }, staffOf(TIEXI))).ids).toEqual([]);
    const township = (h.planned[0].petition.region_code as string).slice(0, 9);
    const inTownship = h.planned.filter((p) => (p.petition.region_code as string).startsWith(township)).map((p) => p.petition.id).sort();
    expect((await all({ jurisdiction: township })).ids.sort()).toEqual(inTownship);
  });

  it('shows a district viewer only its own district', async () => {
    const { nodes } = await all(null, staffOf(TIEXI));
    const tiexi = h.planned.filter((p) => (p.petition.region_code as string).startsWith(TIEXI));
    expect(nodes.length).toBe(tiexi.length);
    expect(nodes.every((n) => n.regionCode.startsWith(TIEXI))).toBe(true);
  });

  it('applies the agency scope: petition staff see their jurisdiction, other agencies nothing', async () => {
    const petitionStaff = { sub: 'p1', role: 'AGENCY_STAFF' as const, agency: 'PETITION' as const, jurisdictions: [YITONG], scopes: [] };
    const courtStaff = { ...petitionStaff, sub: 'c1', agency: 'COURT' as const };
    const own = await all(null, petitionStaff);
    expect(own.nodes.length).toBeGreaterThan(0);
    expect(own.nodes.every((n) => n.regionCode.startsWith(YITONG))).toBe(true);
    expect((await all(null, courtStaff)).ids).toEqual([]);
    expect((await all(null, { sub: 'x', role: 'CITIZEN', jurisdictions: ['2203'], scopes: [] })).ids).toEqual([]);
  });

  it.each([
    [{ first: 101 }, 'first'],
    [{ first: 0 }, 'first'],
    [{ first: 5, after: 'not-a-cursor' }, 'after'],
    [{ filter: { jurisdiction: '2203a' } }, 'filter.jurisdiction'],
    [{ filter: { jurisdiction: '2' } }, 'filter.jurisdiction'],
    [{ filter: { jurisdiction: '2203021234567' } }, 'filter.jurisdiction'],
    [{ filter: { registeredFrom: '2026-02-30' } }, 'filter.registeredFrom'],
    [{ filter: { registeredTo: 'yesterday' } }, 'filter.registeredTo'],
    [{ filter: { registeredFrom: '2026-05-02', registeredTo: '2026-05-01' } }, 'filter.registeredTo'],
  ])('refuses %j with BAD_USER_INPUT naming %s', async (variables, field) => {
    const res = await h.post(LIST, variables);
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('reads one petition with its stages and representatives', async () => {
    const withStages = h.planned.find((p) => p.stages.length === 2) ?? h.planned.find((p) => p.stages.length > 0)!;
    const q = `query($id: ID!) { petition(id: $id) {
      id dispatchId appeal { id } grid { code } status decision registeredOn registrationDueOn noticeDueOn handlingDueOn
      extension { days reason } petitioner { name idNumber phone } representatives { name }
      stages { stage requestedOn requestDueOn decisionDueOn decidedOn outcome } createdAt
    } }`;
    const res = await h.post(q, { id: withStages.petition.id });
    expect(res.body.errors).toBeUndefined();
    const p = res.body.data!.petition;
    const row = withStages.petition;
    expect(p).toMatchObject({
      id: row.id,
      dispatchId: row.dispatch_id,
      appeal: { id: row.appeal_id },
      grid: { code: row.grid_code },
      status: row.status,
      registeredOn: row.registered_on,
      registrationDueOn: row.registration_due_on,
      petitioner: { name: maskName(row.petitioner_name as string), idNumber: maskIdNumber(row.petitioner_id_number as string | null), phone: maskPhone(row.petitioner_phone as string | null) },
      createdAt: new Date(row.created_at as string).toISOString(),
    });
    expect(p.stages.map((s: { stage: string }) => s.stage)).toEqual(withStages.stages.map((s) => s.stage));
    expect(p.stages[0].decisionDueOn).toBe(withStages.stages[0].decision_due_on);

    const group = h.planned.find((x) => x.representatives.length > 0)!;
    expect(group).toBeDefined();
    const g = await h.post(q, { id: group.petition.id });
    expect(g.body.data!.petition.representatives.map((r: { name: string }) => r.name)).toEqual(group.representatives.map((r) => maskName(r.name as string)));
    expect(g.body.data!.petition.representatives[0].name).toBe(maskName(group.petition.petitioner_name as string));
  });

  it('reads a petition outside the viewer scope as null', async () => {
    const yitong = h.planned.find((p) => (p.petition.region_code as string).startsWith(YITONG))!;
    const q = 'query($id: ID!) { petition(id: $id) { id } }';
    expect((await h.post(q, { id: yitong.petition.id }, staffOf(YITONG))).body.data!.petition).toEqual({ id: yitong.petition.id });
    const res = await h.post(q, { id: yitong.petition.id }, staffOf(TIEXI));
    expect(res.body).toEqual({ data: { petition: null } });
    expect((await h.post(q, { id: 'PT-nope' })).body).toEqual({ data: { petition: null } });
  });
});
