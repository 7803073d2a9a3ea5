import { signedPost, staffOf } from '../../../test/support/signedFetch';
import { maskIdNumber, maskName, maskPhone } from '../../kit/pii';
import type { Viewer } from '../../kit/viewer';
import { startSeeded, type Running } from './harness';

const LIST = `query($filter: ProcuratorateMatterFilter, $first: Int, $after: String) {
  procuratorateMatters(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id regionCode receivedAt } }
    nodes { id regionCode kind status receivedOn receivedAt }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ONE = `query($id: ID!) {
  procuratorateMatter(id: $id) {
    id dispatchId kind status title category regionCode gridCode department
    appeal { id }
    petitioner { name idNumber phone anonymous unreachable confidential }
    procuratorate { code name level }
    receivedAt receivedOn proceduralReplyDueOn proceduralRepliedOn outcomeReplyDueOn outcomeRepliedOn
    outcomeReplyKind resultRepliedOn closedOn
    followUps { id sequence dueOn repliedOn note }
  }
}`;

const city = staffOf('2203');
const tiexi = staffOf('220302');
const procuratorateStaff: Viewer = { sub: 'p-1', role: 'AGENCY_STAFF', agency: 'PROCURATORATE', jurisdictions: ['2203'], scopes: [] };
const courtStaff: Viewer = { sub: 'c-1', role: 'AGENCY_STAFF', agency: 'COURT', jurisdictions: ['2203'], scopes: [] };

type Node = { id: string; regionCode: string; kind: string; status: string; receivedOn: string; receivedAt: string };

let app: Running;
beforeAll(async () => {
  app = await startSeeded();
});
afterAll(async () => app?.stop());

async function list(variables: Record<string, unknown>, viewer: Viewer = city) {
  return signedPost<{ procuratorateMatters: { edges: { cursor: string; node: Node }[]; nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(app.url, 'procuratorate', LIST, variables, viewer);
}

async function walk(viewer: Viewer, first: number, filter?: Record<string, unknown>): Promise<{ ids: string[]; pages: number; nodes: Node[] }> {
  const nodes: Node[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const res = await list({ first, after, filter }, viewer);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data!.procuratorateMatters;
    expect(page.edges.map((e) => e.node.id)).toEqual(page.nodes.map((n) => n.id));
    nodes.push(...page.nodes);
    pages++;
    if (!page.pageInfo.hasNextPage) break;
    expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
    after = page.pageInfo.endCursor;
  }
  return { ids: nodes.map((n) => n.id), pages, nodes };
}

describe('procuratorateMatters', () => {
  it('pages through every matter of the city with cursors, newest first, without gaps or repeats', async () => {
    const { ids, pages, nodes } = await walk(city, 3);
    const expected = app.referrals.map((r) => `PM-${r.dispatchId}`).sort();
    expect([...ids].sort()).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toBe(Math.ceil(expected.length / 3));
    const order = nodes.map((n) => `${n.receivedAt}|${n.id}`);
    expect(order).toEqual([...order].sort().reverse());
  });

  it('gives procuratorate staff their own jurisdiction and other agencies nothing', async () => {
    expect((await walk(procuratorateStaff, 50)).ids).toHaveLength(app.referrals.length);
    const court = await list({}, courtStaff);
    expect(court.body.data!.procuratorateMatters.nodes).toEqual([]);
  });

  it('refuses a page above the cap with BAD_USER_INPUT naming the field', async () => {
    const res = await list({ first: 101 });
    expect(res.status).toBe(200);
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const zero = await list({ first: 0 });
    expect(zero.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses a forged cursor', async () => {
    const garbage = await list({ after: 'not-a-cursor' });
    expect(garbage.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const wrongShape = await list({ after: Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url') });
    expect(wrongShape.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('narrows by jurisdiction inside the viewer scope, never beyond it', async () => {
    const yitong = await walk(city, 100, { jurisdiction: '220323' });
    expect(yitong.ids.length).toBeGreaterThan(0);
    expect(yitong.nodes.every((n) => n.regionCode.startsWith('220323'))).toBe(true);
    expect(yitong.ids.length).toBe(app.referrals.filter((r) => r.regionCode.startsWith('220323')).length);
    const outside = await list({ filter: { jurisdiction: '220323' } }, tiexi);
    expect(outside.body.data!.procuratorateMatters.nodes).toEqual([]);
  });

  it('refuses a jurisdiction that is not a digit prefix', async () => {
    for (const jurisdiction of ['2203%', 'abc', '2', '2203020000001']) {
      const res = await list({ filter: { jurisdiction } });
      expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.jurisdiction' });
    }
  });

  it('filters by kind, status and receiving day', async () => {
    const all = (await walk(city, 100)).nodes;
    const kind = all[0].kind;
    const byKind = await walk(city, 100, { kind });
    expect(byKind.ids.sort()).toEqual(all.filter((n) => n.kind === kind).map((n) => n.id).sort());
    const status = all[0].status;
    const byStatus = await walk(city, 100, { status });
    expect(byStatus.ids.sort()).toEqual(all.filter((n) => n.status === status).map((n) => n.id).sort());
    const days = all.map((n) => n.receivedOn).sort();
    const [from, to] = [days[1], days[days.length - 2]];
    const byDay = await walk(city, 100, { receivedFrom: from, receivedTo: to });
    expect(byDay.ids.sort()).toEqual(all.filter((n) => n.receivedOn >= from && n.receivedOn <= to).map((n) => n.id).sort());
    const oneDay = await walk(city, 100, { receivedFrom: days[0], receivedTo: days[0] });
    expect(oneDay.ids.length).toBe(all.filter((n) => n.receivedOn === days[0]).length);
  });

  it('refuses impossible dates and an inverted range', async () => {
    const bad = await list({ filter: { receivedFrom: '2026-02-30' } });
    expect(bad.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.receivedFrom' });
    const inverted = await list({ filter: { receivedFrom: '2026-05-02', receivedTo: '2026-05-01' } });
    expect(inverted.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.receivedTo' });
  });

  it('scopes a district viewer to its own district', async () => {
    const { nodes } = await walk(tiexi, 2);
    expect(nodes.length).toBe(app.referrals.filter((r) => r.regionCode.startsWith('220302')).length);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.regionCode.startsWith('220302'))).toBe(true);
  });
});

describe('procuratorateMatter', () => {
  it('returns one matter with the referral it came from and its clocks', async () => {
    const referral = app.referrals[0];
    const res = await signedPost(app.url, 'procuratorate', ONE, { id: `PM-${referral.dispatchId}` }, city);
    expect(res.body.errors).toBeUndefined();
    const m = res.body.data!.procuratorateMatter;
    expect(m).toMatchObject({
      id: `PM-${referral.dispatchId}`,
      dispatchId: referral.dispatchId,
      appeal: { id: referral.appealId },
      regionCode: referral.regionCode,
      gridCode: referral.gridCode,
      title: referral.title,
      category: referral.category,
      // Personal data leaves masked (personalData.test.ts pins the exact shapes).
      petitioner: { name: maskName(referral.applicantName), idNumber: maskIdNumber(referral.applicantIdNumber), phone: maskPhone(referral.applicantPhone), anonymous: false, confidential: false },
    });
    expect(m.receivedAt).toBe(new Date(referral.referredAt).toISOString());
    expect(m.procuratorate.name).toMatch(/人民检察院$/);
    expect(m.proceduralReplyDueOn > m.receivedOn).toBe(true);
  });

  it('reads a matter of another county as null', async () => {
    const yitong = app.referrals.find((r) => r.regionCode.startsWith('220323'))!;
    const res = await signedPost(app.url, 'procuratorate', ONE, { id: `PM-${yitong.dispatchId}` }, tiexi);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.procuratorateMatter).toBeNull();
    const seen = await signedPost(app.url, 'procuratorate', ONE, { id: `PM-${yitong.dispatchId}` }, city);
    expect(seen.body.data!.procuratorateMatter.id).toBe(`PM-${yitong.dispatchId}`);
  });

  it('reads an unknown id as null', async () => {
    const res = await signedPost(app.url, 'procuratorate', ONE, { id: 'PM-nope' }, city);
    expect(res.body.data!.procuratorateMatter).toBeNull();
  });
});
