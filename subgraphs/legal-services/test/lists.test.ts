import { staffOf } from '../../../test/support/signedFetch';
import { startHarness, type Harness } from './harness';

/** Root list fields: keyset pagination with cursors, filters, the page-size cap and input checks. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const count = async (table: string, where: (qb: any) => void = () => undefined): Promise<number> => {
  const qb = h.server.db(table).count({ n: '*' });
  where(qb);
  const [row] = await qb;
  return Number(row.n);
};

/** Read a whole list page by page through `after`, checking every page's shape. */
async function pageThrough(field: string, selection: string, filter: Record<string, unknown> | null, first: number): Promise<any[]> {
  const query = `query($filter: ${filterType[field]}, $first: Int, $after: String) {
    ${field}(filter: $filter, first: $first, after: $after) { edges { cursor node { id } } nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`;
  const all: any[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const res: any = await h.post(query, { filter, first, after });
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data[field];
    expect(page.nodes.length).toBeLessThanOrEqual(first);
    expect(page.edges.map((e: any) => e.node.id)).toEqual(page.nodes.map((n: any) => n.id));
    expect(page.pageInfo.endCursor).toBe(page.edges.length ? page.edges[page.edges.length - 1].cursor : null);
    all.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return all;
    expect(page.nodes).toHaveLength(first);
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

const filterType: Record<string, string> = {
  mediations: 'MediationFilter', mediationOrganizations: 'MediationOrganizationFilter', mediators: 'MediatorFilter',
  legalAidApplications: 'LegalAidApplicationFilter', legalConsultations: 'LegalConsultationFilter', legalAidWorkstations: 'LegalAidWorkstationFilter',
};

const noDuplicates = (xs: any[]) => expect(new Set(xs.map((x) => x.id)).size).toBe(xs.length);

test('mediations: every row once, newest start first, across pages', async () => {
  const all = await pageThrough('mediations', 'id startDate status tier regionCode', null, 17);
  expect(all.length).toBe(await count('mediations'));
  expect(all.length).toBeGreaterThan(17);
  noDuplicates(all);
  const keys = all.map((m) => `${m.startDate}|${m.id}`);
  expect([...keys].sort().reverse()).toEqual(keys);
});

test('mediations: filters by status, tier, start dates and jurisdiction', async () => {
  const agreed = await pageThrough('mediations', 'id status', { status: 'AGREEMENT' }, 50);
  expect(agreed.length).toBe(await count('mediations', (qb) => qb.where('status', 'AGREEMENT')));
  expect(agreed.every((m) => m.status === 'AGREEMENT')).toBe(true);
  const escalated = await pageThrough('mediations', 'id tier status', { tier: 'TOWNSHIP_COMMITTEE', status: 'ESCALATED' }, 50);
  expect(escalated.length).toBeGreaterThan(0);
  expect(escalated.every((m) => m.tier === 'TOWNSHIP_COMMITTEE' && m.status === 'ESCALATED')).toBe(true);
  const window = await pageThrough('mediations', 'id startDate', { startedFrom: '2026-03-01', startedTo: '2026-05-31' }, 50);
  expect(window.length).toBe(await count('mediations', (qb) => qb.whereBetween('start_date', ['2026-03-01', '2026-05-31'])));
  expect(window.every((m) => m.startDate >= '2026-03-01' && m.startDate <= '2026-05-31')).toBe(true);
  const yitong = await pageThrough('mediations', 'id regionCode', { jurisdiction: '220323' }, 50);
  expect(yitong.length).toBe(await count('mediations', (qb) => qb.where('region_code', 'like', '220323%')));
  expect(yitong.length).toBeGreaterThan(0);
  expect(yitong.every((m) => m.regionCode.startsWith('220323'))).toBe(true);
});

test('mediation(id) follows the escalation chain, the organization, the mediator and the agreement', async () => {
  const [row] = await h.server.db('mediations').whereNotNull('previous_mediation_id').whereNotNull('agreement_id').limit(1);
  const res: any = await h.post(`query($id: ID!) { mediation(id: $id) {
      id status tier deadline startDate endDate appeal { id } grid { code }
      organization { id kind name } mediator { id kind organization { id } }
      previousMediation { id status legalRoutesTold nextMediation { id } }
      agreement { id signedDate judicialConfirmationDeadline amount mediation { id } }
    } }`, { id: row.id });
  expect(res.body.errors).toBeUndefined();
  const m = res.body.data.mediation;
  expect(m).toMatchObject({ id: row.id, status: 'AGREEMENT', appeal: { id: row.appeal_id }, grid: { code: row.grid_code }, organization: { id: row.organization_id } });
  expect(m.previousMediation).toMatchObject({ id: row.previous_mediation_id, status: 'ESCALATED', nextMediation: { id: row.id } });
  expect(m.previousMediation.legalRoutesTold).toEqual(expect.stringContaining('告知'));
  expect(m.mediator.organization.id).toBe(row.organization_id);
  expect(m.agreement).toMatchObject({ id: row.agreement_id, signedDate: m.endDate, mediation: { id: row.id } });
  const plus30 = new Date(Date.parse(`${m.agreement.signedDate}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  expect(m.agreement.judicialConfirmationDeadline).toBe(plus30);
  const unknown: any = await h.post('{ mediation(id: "MED-none") { id } }');
  expect(unknown.body).toEqual({ data: { mediation: null } });
});

test('directory lists: organizations, mediators and workstations page by id and filter', async () => {
  const orgs = await pageThrough('mediationOrganizations', 'id kind regionCode', null, 25);
  expect(orgs.length).toBe(await count('mediation_organizations'));
  expect(orgs.map((o) => o.id)).toEqual([...orgs.map((o) => o.id)].sort());
  const industry = await pageThrough('mediationOrganizations', 'id kind specialty regionCode', { kind: 'INDUSTRY', jurisdiction: '220302' }, 10);
  expect(industry.length).toBeGreaterThan(0);
  expect(industry.every((o) => o.kind === 'INDUSTRY' && o.specialty && o.regionCode.startsWith('220302'))).toBe(true);
  const orgId = industry[0].id;
  const staff = await pageThrough('mediators', 'id kind organization { id }', { organizationId: orgId }, 2);
  expect(staff.length).toBe(await count('mediators', (qb) => qb.where('organization_id', orgId)));
  expect(staff.every((m) => m.organization.id === orgId && m.kind === 'EXPERT')).toBe(true);
  const lawyers = await pageThrough('mediators', 'id kind', { kind: 'LAWYER' }, 5);
  expect(lawyers.length).toBe(await count('mediators', (qb) => qb.where('kind', 'LAWYER')));
  const stations = await pageThrough('legalAidWorkstations', 'id regionCode', { jurisdiction: '220323' }, 2);
  expect(stations.length).toBe(await count('legal_aid_workstations', (qb) => qb.where('region_code', 'like', '220323%')));
  expect(stations.length).toBeGreaterThan(1);
});

test('legal aid applications and consultations page newest first and filter', async () => {
  const apps = await pageThrough('legalAidApplications', 'id appliedDate reviewDue decision status workstation { id } appeal { id }', null, 7);
  expect(apps.length).toBe(await count('legal_aid_applications'));
  const keys = apps.map((a) => `${a.appliedDate}|${a.id}`);
  expect([...keys].sort().reverse()).toEqual(keys);
  const granted = await pageThrough('legalAidApplications', 'id decision lawyerAssignmentDue', { decision: 'GRANTED' }, 50);
  expect(granted.length).toBe(await count('legal_aid_applications', (qb) => qb.where('decision', 'GRANTED')));
  expect(granted.every((a) => a.decision === 'GRANTED' && a.lawyerAssignmentDue)).toBe(true);
  const asked = await pageThrough('legalConsultations', 'id askedAt channel appeal { id }', null, 13);
  expect(asked.length).toBe(await count('legal_consultations'));
  const times = asked.map((c) => `${c.askedAt}|${c.id}`);
  expect([...times].sort().reverse()).toEqual(times);
  const linked = await pageThrough('legalConsultations', 'id appeal { id }', { linkedToAppeal: true }, 50);
  expect(linked.length).toBe(await count('legal_consultations', (qb) => qb.whereNotNull('appeal_id')));
  expect(linked.every((c) => c.appeal)).toBe(true);
  const hotline = await pageThrough('legalConsultations', 'id channel', { channel: 'HOTLINE_12348' }, 50);
  expect(hotline.length).toBeGreaterThan(0);
  expect(hotline.every((c) => c.channel === 'HOTLINE_12348')).toBe(true);
});

describe.each(Object.keys(filterType))('%s input checks', (field) => {
  test('first above the cap is BAD_USER_INPUT naming `first`', async () => {
    const res: any = await h.post(`{ ${field}(first: 101) { nodes { id } } }`);
    expect(res.body.data).toBeNull();
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
  test('a forged cursor is BAD_USER_INPUT naming `after`', async () => {
    const forged = Buffer.from(JSON.stringify(['x', 'y', 'z'])).toString('base64url');
    const res: any = await h.post(`query($after: String) { ${field}(after: $after) { nodes { id } } }`, { after: forged });
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

test.each(['mediations', 'mediationOrganizations', 'legalAidApplications', 'legalConsultations', 'legalAidWorkstations'])(
  '%s: a jurisdiction that is not a digit prefix is BAD_USER_INPUT',
  async (field) => {
    const res: any = await h.post(`{ ${field}(filter: { jurisdiction: "2203%" }) { nodes { id } } }`);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.jurisdiction' });
  },
);

test('dates are checked at the edge', async () => {
  const res: any = await h.post('{ mediations(filter: { startedFrom: "2026-02-30" }) { nodes { id } } }');
  expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.startedFrom' });
  const res2: any = await h.post('{ legalAidApplications(filter: { appliedTo: "yesterday" }) { nodes { id } } }');
  expect(res2.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.appliedTo' });
  const badDateCursor = Buffer.from(JSON.stringify(['not-a-date', 'MED-1'])).toString('base64url');
  const res3: any = await h.post('query($a: String) { mediations(after: $a) { nodes { id } } }', { a: badDateCursor }, staffOf('2203'));
  expect(res3.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
});
