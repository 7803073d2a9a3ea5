import { signIdentity, signatureHeaders } from '../../kit/trust';
import type { Viewer } from '../../kit/viewer';
import { signedPost, staffOf, testSecrets } from '../../../test/support/signedFetch';
import { planCourtData, type CourtDemoData } from '../src/demo/plan';
import { startCourt, type RunningCourt } from './harness';

let court: RunningCourt;
let data: CourtDemoData;

beforeAll(async () => {
  court = await startCourt();
  data = planCourtData(court.world);
});
afterAll(() => court.stop());

const rawPost = (body: string, headers: Record<string, string>) =>
  fetch(court.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then(async (res) => ({
    status: res.status,
    body: (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] },
  }));

describe('trust', () => {
  it.each(['{ courtVenues { nodes { id } } }', '{ _service { sdl } }', '{ _entities(representations: [{ __typename: "Appeal", id: "AP000008" }]) { ... on Appeal { id } } }'])(
    'refuses an unsigned call with 403: %s',
    async (query) => {
      const res = await rawPost(JSON.stringify({ query }), {});
      expect(res.status).toBe(403);
      expect(res.body.errors[0].extensions.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
      expect(res.body.data).toBeUndefined();
    },
  );

  it('refuses an identity signed with a wrong key with 401, even with a valid gateway signature', async () => {
    const body = JSON.stringify({ query: '{ courtCases { nodes { id caseNumber } } }' });
    const identity = await signIdentity(staffOf('2203'), 'court', 'a-wrong-identity-key-that-is-long-enough-000');
    const res = await rawPost(body, signatureHeaders('court', body, identity, testSecrets.signatureSecrets[0]));
    expect(res.status).toBe(401);
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.body.data).toBeUndefined();
  });

  it('refuses a body altered after signing with 403', async () => {
    const body = JSON.stringify({ query: '{ courtCases { nodes { id } } }' });
    const identity = await signIdentity(staffOf('220302'), 'court', testSecrets.identitySecrets[0]);
    const headers = signatureHeaders('court', body, identity, testSecrets.signatureSecrets[0]);
    const res = await rawPost(body.replace('id', 'id caseNumber'), headers);
    expect(res.status).toBe(403);
    expect(res.body.errors[0].extensions.code).toBe('GATEWAY_SIGNATURE_INVALID');
  });
});

const LISTS = `query($j: String) {
  courtCases(first: 100, filter: { jurisdiction: $j }) { nodes { id regionCode } pageInfo { hasNextPage } }
  courtReferrals(first: 100, filter: { jurisdiction: $j }) { nodes { id regionCode } pageInfo { hasNextPage } }
}`;
const ids = (conn: { nodes: { id: string }[] }) => conn.nodes.map((n) => n.id).sort();
const casesIn = (prefix: string) => data.cases.filter((c) => c.region_code.startsWith(prefix)).map((c) => c.id).sort();
const referralsIn = (prefix: string) => data.referrals.filter((r) => r.region_code.startsWith(prefix)).map((r) => r.id).sort();

describe('scope', () => {
  it('shows CENTER_STAFF of 220302 every record of 220302 and none of 220323', async () => {
    const res = await signedPost(court.url, 'court', LISTS, {}, staffOf('220302'));
    const { courtCases, courtReferrals } = res.body.data!;
    expect(courtCases.pageInfo.hasNextPage).toBe(false);
    expect(courtReferrals.pageInfo.hasNextPage).toBe(false);
    expect(ids(courtCases)).toEqual(casesIn('220302'));
    expect(ids(courtReferrals)).toEqual(referralsIn('220302'));
    expect(casesIn('220323').length).toBeGreaterThan(0);
    expect(referralsIn('220323').length).toBeGreaterThan(0);
  });

  it('lets a jurisdiction filter narrow the scope but never widen it', async () => {
    const outside = await signedPost(court.url, 'court', LISTS, { j: '220323' }, staffOf('220302'));
    expect(outside.body.data).toEqual({ courtCases: { nodes: [], pageInfo: { hasNextPage: false } }, courtReferrals: { nodes: [], pageInfo: { hasNextPage: false } } });
    const wider = await signedPost(court.url, 'court', LISTS, { j: '22' }, staffOf('220302'));
    expect(ids(wider.body.data!.courtCases)).toEqual(casesIn('220302'));
  });

  it('shows COURT agency staff their jurisdiction, other agencies and citizens nothing', async () => {
    const courtStaff: Viewer = { sub: 'judge-1', role: 'AGENCY_STAFF', agency: 'COURT', jurisdictions: ['220323'], scopes: [] };
    const mine = await signedPost(court.url, 'court', LISTS, {}, courtStaff);
    expect(ids(mine.body.data!.courtCases)).toEqual(casesIn('220323'));
    expect(ids(mine.body.data!.courtReferrals)).toEqual(referralsIn('220323'));
    for (const viewer of [
      { sub: 'p-1', role: 'AGENCY_STAFF', agency: 'PETITION', jurisdictions: ['2203'], scopes: [] },
      { sub: 'c-1', role: 'CITIZEN', jurisdictions: [], scopes: [] },
    ] as Viewer[]) {
      const res = await signedPost(court.url, 'court', `${LISTS.slice(0, -2)} courtVenues(first: 1) { nodes { id } } }`, {}, viewer);
      expect(res.body.data!.courtCases.nodes).toEqual([]);
      expect(res.body.data!.courtReferrals.nodes).toEqual([]);
      expect(res.body.data!.courtVenues.nodes).toHaveLength(1);
    }
  });

  it('reads a case outside the scope as null', async () => {
    const foreign = data.cases.find((c) => c.region_code.startsWith('220323'))!;
    const res = await signedPost(court.url, 'court', `query($id: ID!) { courtCase(id: $id) { id } }`, { id: foreign.id }, staffOf('220302'));
    expect(res.body).toEqual({ data: { courtCase: null } });
    const own = await signedPost(court.url, 'court', `query($id: ID!) { courtCase(id: $id) { id } }`, { id: foreign.id }, staffOf('220323'));
    expect(own.body).toEqual({ data: { courtCase: { id: foreign.id } } });
  });
});
