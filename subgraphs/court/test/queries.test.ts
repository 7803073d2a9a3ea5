import { signedPost, staffOf } from '../../../test/support/signedFetch';
import type { Viewer } from '../../kit/viewer';
import { planCourtData, type CourtDemoData } from '../src/demo/plan';
import { startCourt, type RunningCourt } from './harness';

let court: RunningCourt;
let data: CourtDemoData;
const city = staffOf('2203');
const post = (query: string, variables: Record<string, unknown> = {}, viewer: Viewer = city) => signedPost(court.url, 'court', query, variables, viewer);

beforeAll(async () => {
  court = await startCourt();
  data = planCourtData(court.world);
});
afterAll(() => court.stop());

const CASES = `query($filter: CourtCaseFilter, $first: Int, $after: String) {
  courtCases(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id } }
    nodes { id caseNumber courtName type status filedOn judgedOn regionCode appeal { id } referral { id dispatchId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Walk a connection to its end, page by page. */
async function all(query: string, field: string, filter: Record<string, unknown> | null, viewer: Viewer = city, first = 7) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 200; page++) {
    const res = await post(query, { filter, first, after }, viewer);
    expect(res.body.errors).toBeUndefined();
    const conn = res.body.data![field];
    expect(conn.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(conn.nodes.map((n: { id: string }) => n.id));
    ids.push(...conn.nodes.map((n: { id: string }) => n.id));
    if (!conn.pageInfo.hasNextPage) return ids;
    expect(conn.pageInfo.endCursor).toBe(conn.edges[conn.edges.length - 1].cursor);
    after = conn.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}

describe('courtCases', () => {
  it('pages through every case, newest filing first, with cursors', async () => {
    const ids = await all(CASES, 'courtCases', null);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(data.cases.map((c) => c.id).sort());
    const filed = ids.map((id) => data.cases.find((c) => c.id === id)!.filed_on);
    expect(filed).toEqual([...filed].sort().reverse());
    expect(ids.length).toBeGreaterThan(7);
  });

  it('shows case numbers in the usual form and links the referral', async () => {
    const res = await post(CASES, { filter: { type: 'CIVIL' }, first: 50 });
    const nodes = res.body.data!.courtCases.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const c of nodes) {
      expect(c.caseNumber).toMatch(/^\(20\d\d\)吉(0302|0323|03)民(初|终)\d+号$/);
      expect(c.type).toBe('CIVIL');
      expect(c.referral.dispatchId).toMatch(/^AP\d+-D\d+$/);
      expect(c.appeal.id).toBe(c.referral.dispatchId.split('-')[0]);
    }
  });

  it('filters by jurisdiction, status, type and filing dates', async () => {
    const filter = { jurisdiction: '220323', status: 'CLOSED', type: 'JUDICIAL_CONFIRMATION', filedFrom: '2026-01-01', filedTo: '2026-12-31' };
    const ids = await all(CASES, 'courtCases', filter);
    const expected = data.cases.filter((c) => c.region_code.startsWith('220323') && c.status === 'CLOSED' && c.type === 'JUDICIAL_CONFIRMATION' && c.filed_on >= '2026-01-01');
    expect(ids.sort()).toEqual(expected.map((c) => c.id).sort());
    expect(ids.length).toBeGreaterThan(0);
  });

  it('rejects a page size above the cap, naming the field', async () => {
    const res = await post(CASES, { first: 101 });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it.each([
    [{ jurisdiction: '22%' }, 'filter.jurisdiction'],
    [{ jurisdiction: '2203 OR 1=1' }, 'filter.jurisdiction'],
    [{ filedFrom: '2026-02-30' }, 'filter.filedFrom'],
    [{ filedFrom: '2026-05-01', filedTo: '2026-04-01' }, 'filter.filedTo'],
  ])('rejects the filter %j', async (filter, field) => {
    const res = await post(CASES, { filter });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('rejects a forged cursor', async () => {
    const res = await post(CASES, { after: 'bm90LWEtY3Vyc29y' });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('courtCase', () => {
  it('reads one case with its judicial confirmation', async () => {
    const jc = data.confirmations[0];
    const res = await post(`query($id: ID!) { courtCase(id: $id) { id caseNumber type judicialConfirmation { id caseNumber decision agreement { id } } } }`, { id: jc.court_case_id });
    expect(res.body.data!.courtCase).toEqual({
      id: jc.court_case_id, caseNumber: jc.case_number, type: 'JUDICIAL_CONFIRMATION',
      judicialConfirmation: { id: jc.id, caseNumber: jc.case_number, decision: jc.decision, agreement: { id: jc.agreement_id } },
    });
    expect(jc.case_number).toMatch(/^\(20\d\d\)吉0(302|323)民特\d+号$/);
  });

  it('reads null for an unknown id', async () => {
    const res = await post(`{ courtCase(id: "CC-nope") { id } }`);
    expect(res.body).toEqual({ data: { courtCase: null } });
  });
});

const REFERRALS = `query($filter: CourtReferralFilter, $first: Int, $after: String) {
  courtReferrals(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id } }
    nodes { id dispatchId kind status receivedAt updatedAt mediationDeadline courtName appeal { id } courtCases { caseNumber status } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('courtReferrals', () => {
  it('pages through every referral, most recently received first', async () => {
    const ids = await all(REFERRALS, 'courtReferrals', null);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(data.referrals.map((r) => r.id).sort());
    const received = ids.map((id) => data.referrals.find((r) => r.id === id)!.received_at);
    expect(received).toEqual([...received].sort().reverse());
  });

  it('filters by status and carries dates, deadline and cases', async () => {
    const res = await post(REFERRALS, { filter: { status: 'CLOSED', jurisdiction: '220302' }, first: 100 });
    const nodes = res.body.data!.courtReferrals.nodes;
    const expected = data.referrals.filter((r) => r.status === 'CLOSED' && r.region_code.startsWith('220302'));
    expect(nodes.map((n: { id: string }) => n.id).sort()).toEqual(expected.map((r) => r.id).sort());
    for (const n of nodes) {
      const row = expected.find((r) => r.id === n.id)!;
      expect(n.receivedAt).toBe(row.received_at);
      expect(n.updatedAt).toBe(row.updated_at);
      expect(n.mediationDeadline).toBe(row.mediation_deadline);
      expect(n.courtName).toBe('四平市铁西区人民法院');
      expect(n.courtCases.length).toBeGreaterThan(0);
      expect(n.courtCases[n.courtCases.length - 1].status).toBe('CLOSED');
    }
  });

  it('rejects a page size above the cap', async () => {
    const res = await post(REFERRALS, { first: 1000 });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

const VENUES = `query($filter: CourtVenueFilter, $first: Int, $after: String) {
  courtVenues(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id } }
    nodes { id kind name address courtName courtCode regionCode grid { code } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('courtVenues', () => {
  it('pages through every venue by id', async () => {
    const ids = await all(VENUES, 'courtVenues', null, city, 4);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(data.venues.map((v) => v.id).sort());
  });

  it('filters by kind and jurisdiction, and is public to any signed-in viewer', async () => {
    const citizen: Viewer = { sub: 'citizen-1', role: 'CITIZEN', jurisdictions: [], scopes: [] };
    const res = await post(VENUES, { filter: { kind: 'CIRCUIT_TRIAL_POINT', jurisdiction: '220323' }, first: 100 }, citizen);
    const nodes = res.body.data!.courtVenues.nodes;
    const expected = data.venues.filter((v) => v.kind === 'CIRCUIT_TRIAL_POINT' && v.region_code.startsWith('220323'));
    expect(nodes.map((n: { id: string }) => n.id).sort()).toEqual(expected.map((v) => v.id).sort());
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      expect(n.courtName).toBe('伊通满族自治县人民法院');
      expect(n.courtCode).toBe('吉0323');
      expect(n.name).toMatch(/^伊通满族自治县人民法院.+巡回审判点$/);
      expect(n.grid.code.startsWith(n.regionCode)).toBe(true);
    }
  });

  it.each([
    ['an anonymous caller', { sub: 'anonymous', role: 'ANONYMOUS', jurisdictions: [], scopes: [] } as Viewer],
    ['a citizen', { sub: 'citizen-1', role: 'CITIZEN', jurisdictions: [], scopes: [] } as Viewer],
  ])('is public to %s: every venue of the demo world, page by page, and a page size above the cap is BAD_USER_INPUT', async (_, viewer) => {
    const ids = await all(VENUES, 'courtVenues', null, viewer, 25);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(data.venues.map((v) => v.id).sort());
    const yitong = await all(VENUES, 'courtVenues', { jurisdiction: '220323' }, viewer, 25);
    expect([...yitong].sort()).toEqual(data.venues.filter((v) => v.region_code.startsWith('220323')).map((v) => v.id).sort());
    expect(yitong.length).toBeGreaterThan(0);
    const res = await post(VENUES, { first: 101 }, viewer);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('rejects a jurisdiction that is not a digit prefix', async () => {
    const res = await post(VENUES, { filter: { jurisdiction: 'abc' } });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.jurisdiction' });
  });

  it('rejects a page size above the cap', async () => {
    const res = await post(VENUES, { first: 500 });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
