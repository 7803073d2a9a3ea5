import { signIdentity, signatureHeaders } from '../subgraphs/kit/trust';
import { testSecrets } from './support/signedFetch';
import { countStatements, startHub, type RunningHub } from './support/hub';

/**
 * The whole federation over real HTTP: five subgraphs with their own databases (SQLite by default, PostgreSQL
 * with HUB_TEST_PG_URL) behind the gateway.
 */
let hub: RunningHub;
let cityStaff: string;
let tiexiStaff: string;

const DOSSIER = `query Dossier($id: ID!) {
  appeal(id: $id) {
    id title status channel receivedAt
    category { code name }
    grid { code name courtVenues { id kind } }
    parties { role name idNumber phone }
    dispatches { id role status partner department { name } }
    timeline { at kind fromStatus toStatus }
    courtReferral { id status }
    courtCases { id caseNumber status }
    petition { id status }
    mediations { id tier status agreement { id signedDate judicialConfirmation { id decision caseNumber appliedOn } } }
    legalAidApplications { id }
    consultations { id }
    procuratorateMatters { id kind status }
  }
}`;

beforeAll(async () => {
  hub = await startHub({ scale: 'small' });
  cityStaff = await hub.token({ sub: 'city-1', role: 'CENTER_STAFF', jurisdictions: ['2203'], scopes: [] });
  tiexiStaff = await hub.token({ sub: 'tiexi-1', role: 'CENTER_STAFF', jurisdictions: ['220302'], scopes: [] });
});
afterAll(async () => hub?.close());

function allFourAppeals(): string[] {
  const partners = new Map<string, Set<string>>();
  for (const r of hub.world.referrals) {
    if (!partners.has(r.appealId)) partners.set(r.appealId, new Set());
    partners.get(r.appealId)!.add(r.partner);
  }
  return [...partners].filter(([, s]) => s.size === 4).map(([id]) => id);
}

describe('the five-centers graph', () => {
  it('answers the case-dossier query with every partner\'s part of an appeal that reached all four', async () => {
    const id = allFourAppeals()[0];
    expect(id).toBeDefined();
    const res = await hub.query(DOSSIER, { id }, cityStaff);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const a = res.body.data.appeal;
    expect(a.id).toBe(id);
    expect(a.parties.length).toBeGreaterThan(0);
    expect(a.dispatches.filter((d: any) => d.partner).map((d: any) => d.partner).sort()).toEqual(['COURT', 'LEGAL_SERVICES', 'PETITION', 'PROCURATORATE']);
    expect(a.timeline.length).toBeGreaterThan(3);
    expect(a.courtReferral).not.toBeNull();
    expect(a.courtCases.length).toBeGreaterThan(0);
    expect(a.courtCases[0].caseNumber).toMatch(/^\(\d{4}\)吉\d{2,4}[\u4e00-\u9fa5]+\d+号$/);
    expect(a.petition).not.toBeNull();
    expect(a.mediations.length).toBeGreaterThan(0);
    const confirmed = a.mediations.find((m: any) => m.agreement?.judicialConfirmation);
    expect(confirmed.agreement.judicialConfirmation.caseNumber).toContain('民特');
    // Court and legal services agree on the dates: confirmation applied for within 30 days of signing.
    const days = (Date.parse(confirmed.agreement.judicialConfirmation.appliedOn) - Date.parse(confirmed.agreement.signedDate)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(0);
    expect(days).toBeLessThanOrEqual(30);
    expect(a.legalAidApplications.length).toBeGreaterThan(0);
    expect(a.procuratorateMatters.length).toBeGreaterThan(0);
  });

  it('batches: a page of 100 appeals with every partner field costs each partner one request and one SQL statement per entity list', async () => {
    const PAGE = `query Page($first: Int!) { appeals(first: $first) { nodes { id parties { name } dispatches { id } timeline { kind }
      courtReferral { id } courtCases { id } petition { id } mediations { id agreement { id judicialConfirmation { id } } }
      legalAidApplications { id } consultations { id } procuratorateMatters { id } } } }`;
    const measure = async (first: number) => {
      const { result, statements, requests } = await countStatements(hub, () => hub.query(PAGE, { first }, cityStaff));
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data.appeals.nodes).toHaveLength(first);
      return { statements, requests };
    };
    const small = await measure(50);
    const big = await measure(100);
    // Independent of the page size (both pages hold mediations with agreements, so the same lists are fetched).
    expect(big).toEqual(small);
    // The root list is one governance request; one request to each partner (mediations -> agreements -> court's judicial confirmation needs a second court hop).
    expect(big.requests).toMatchObject({ governance: 1, petition: 1, procuratorate: 1, 'legal-services': 1 });
    expect(big.requests.court).toBeLessThanOrEqual(2);
    // At most one SQL statement per entity list each subgraph resolves.
    expect(big.statements.governance).toBeLessThanOrEqual(4); // appeals, parties, dispatches, timeline
    expect(big.statements.petition).toBeLessThanOrEqual(1);
    expect(big.statements.procuratorate).toBeLessThanOrEqual(1);
    expect(big.statements.court).toBeLessThanOrEqual(3); // referrals, cases, judicial confirmations
    expect(big.statements['legal-services']).toBeLessThanOrEqual(4); // mediations, agreements, legal aid, consultations
  });

  it('scopes through the graph: a district\'s staff cannot read another county\'s appeal or its partner records', async () => {
    const foreign = hub.world.appeals.find((a) => a.regionCode.startsWith('220323'))!;
    const res = await hub.query(DOSSIER, { id: foreign.id }, tiexiStaff);
    expect(res.status).toBe(200);
    expect(res.body.data.appeal).toBeNull();
  });

  it('refuses bad tokens with 401 and treats a missing token as the anonymous viewer', async () => {
    const bad = await hub.query('{ appeals(first: 1) { nodes { id } } }', {}, `${cityStaff}x`);
    expect(bad.status).toBe(401);
    expect(bad.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const none = ['eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0', Buffer.from(JSON.stringify({ sub: 'x', role: 'ADMIN', exp: 9e9 })).toString('base64url'), ''].join('.');
    expect((await hub.query('{ categories { code } }', {}, none)).status).toBe(401);
    const anon = await hub.query('{ appeals(first: 5) { nodes { id } } }');
    expect(anon.status).toBe(200);
    expect(anon.body.data.appeals.nodes).toEqual([]);
  });

  it('every subgraph refuses a direct call without the gateway\'s signature (403) and a forged identity (401)', async () => {
    for (const [name, { url }] of Object.entries(hub.subgraphs)) {
      for (const query of ['{ _service { sdl } }', '{ _entities(representations: [{ __typename: "Appeal", id: "AP000008" }]) { __typename } }']) {
        const body = JSON.stringify({ query });
        const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        expect([name, unsigned.status]).toEqual([name, 403]);
        const forged = await signIdentity({ sub: 'mallory', role: 'ADMIN', jurisdictions: ['22'], scopes: [] }, name, 'forged-key-forged-key-forged-key!!');
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...signatureHeaders(name, body, forged, testSecrets.signatureSecrets[0]) }, body });
        expect([name, res.status]).toEqual([name, 401]);
        expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    }
  });

  it('never shows a subgraph\'s name or internals in an error', async () => {
    const res = await hub.query('{ appeals(first: 1000) { nodes { id } } }', {}, cityStaff);
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(JSON.stringify(res.body)).not.toMatch(/serviceName|governance|stacktrace/);
  });
});
