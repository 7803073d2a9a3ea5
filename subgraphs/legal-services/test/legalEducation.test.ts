import type { Viewer } from '../../kit/viewer';
import { planLegalEducation } from '../src/seeding/legalEducation';
import { admin, legalStaffOf, startHarness, type Harness } from './harness';

/** Public legal-education content (普法宣传) over signed HTTP: every viewer reads it, anonymous included. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const anonymous: Viewer = { sub: 'anonymous', role: 'ANONYMOUS', jurisdictions: [], scopes: [] };
const citizen: Viewer = { sub: 'citizen-1', role: 'CITIZEN', jurisdictions: [], scopes: [] };

const LIST = `query($topic: LegalEducationTopic, $first: Int, $after: String) {
  legalEducationArticles(topic: $topic, first: $first, after: $after) {
    edges { cursor node { id } }
    nodes { id title topic summary publishedAt publisher regionCode }
    pageInfo { hasNextPage endCursor }
  } }`;

/** Read the whole list as `viewer`, page by page through `after`, checking every page's shape. */
async function pageThrough(viewer: Viewer, first: number, topic: string | null = null): Promise<any[]> {
  const all: any[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const res: any = await h.post(LIST, { topic, first, after }, viewer);
    expect([res.status, res.body.errors]).toEqual([200, undefined]);
    const page = res.body.data.legalEducationArticles;
    expect(page.edges.map((e: any) => e.node.id)).toEqual(page.nodes.map((n: any) => n.id));
    expect(page.pageInfo.endCursor).toBe(page.edges.length ? page.edges[page.edges.length - 1].cursor : null);
    all.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return all;
    expect(page.nodes).toHaveLength(first);
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

/** The articles as stored, newest first (ties by id, descending), read straight from the database. */
async function stored(topic?: string): Promise<{ id: string; topic: string }[]> {
  const qb = h.server.db('legal_education_articles').select('id', 'topic').orderBy([{ column: 'published_at', order: 'desc' }, { column: 'id', order: 'desc' }]);
  if (topic) qb.where('topic', topic);
  return qb;
}

test('an anonymous viewer pages through every article, newest first, each once, across a tie in publishedAt', async () => {
  const rows = await stored();
  expect(rows.length).toBeGreaterThanOrEqual(10);
  const all = await pageThrough(anonymous, 4);
  expect(all.map((a) => a.id)).toEqual(rows.map((r) => r.id));
  const keys = all.map((a) => `${a.publishedAt}|${a.id}`);
  expect([...keys].sort().reverse()).toEqual(keys);
  // Two articles share a publication instant: the page boundary between them must neither skip nor repeat one.
  const instants = all.map((a) => a.publishedAt);
  expect(new Set(instants).size).toBeLessThan(instants.length);
  const tie = instants.findIndex((t, i) => t === instants[i + 1]);
  const split = await h.post(LIST, { first: tie + 1 }, anonymous);
  const rest: any = await h.post(LIST, { first: 2, after: (split.body.data as any).legalEducationArticles.pageInfo.endCursor }, anonymous);
  expect(rest.body.data.legalEducationArticles.nodes[0].id).toBe(all[tie + 1].id);
});

test('the list narrows by topic', async () => {
  for (const topic of ['LABOUR', 'TRAFFIC', 'ANTI_FRAUD']) {
    const rows = await stored(topic);
    expect(rows.length).toBeGreaterThan(0);
    const got = await pageThrough(anonymous, 2, topic);
    expect(got.map((a) => a.id)).toEqual(rows.map((r) => r.id));
    expect(got.every((a) => a.topic === topic)).toBe(true);
  }
});

test('one article by id with its whole text; an unknown id is null', async () => {
  const row = await h.server.db('legal_education_articles').where('topic', 'MEDICAL').first();
  const q = 'query($id: ID!) { legalEducationArticle(id: $id) { id title topic summary body publishedAt publisher regionCode } }';
  const res: any = await h.post(q, { id: row.id }, anonymous);
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data.legalEducationArticle).toEqual({
    id: row.id, title: row.title, topic: 'MEDICAL', summary: row.summary, body: row.body,
    publishedAt: new Date(row.published_at).toISOString(), publisher: row.publisher, regionCode: row.region_code,
  });
  expect(res.body.data.legalEducationArticle.body).toContain('医疗纠纷人民调解委员会');
  const unknown: any = await h.post(q, { id: 'LE-999' }, anonymous);
  expect(unknown.body).toEqual({ data: { legalEducationArticle: null } });
});

test('every viewer reads the same articles: citizen, staff of either county, agency staff, admin', async () => {
  const expected = (await stored()).map((r) => r.id).slice(0, 20);
  for (const viewer of [citizen, legalStaffOf('220302'), legalStaffOf('220323'), { ...legalStaffOf('220323'), agency: 'COURT' as const }, admin]) {
    const res: any = await h.post(LIST, { first: 20 }, viewer);
    expect(res.body.data.legalEducationArticles.nodes.map((a: any) => a.id)).toEqual(expected);
  }
});

test('the stored articles are the seed data file, dated from the world\'s now', async () => {
  const rows = await h.server.db('legal_education_articles').orderBy('id');
  const planned = planLegalEducation(h.world.now);
  expect(rows.map((r: any) => ({ id: r.id, topic: r.topic, title: r.title, body: r.body, publishedAt: new Date(r.published_at).toISOString() })))
    .toEqual(planned.map((a) => ({ id: a.id, topic: a.topic, title: a.title, body: a.body, publishedAt: a.publishedAt })));
});

describe('input checks', () => {
  test('a page size above the cap is BAD_USER_INPUT naming `first`, for an anonymous viewer too', async () => {
    const res: any = await h.post('{ legalEducationArticles(first: 101) { nodes { id } } }', {}, anonymous);
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const zero: any = await h.post('{ legalEducationArticles(first: 0) { nodes { id } } }', {}, anonymous);
    expect(zero.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  test('a forged cursor is BAD_USER_INPUT naming `after`', async () => {
    for (const key of [['x', 'y', 'z'], ['not-an-instant', 'LE-001'], ["2026-11-01T00:00:00.000Z' or 1=1 --", 'LE-001']]) {
      const after = Buffer.from(JSON.stringify(key)).toString('base64url');
      const res: any = await h.post(LIST, { after }, anonymous);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  test('an unknown topic is refused by the schema', async () => {
    const res: any = await h.post('{ legalEducationArticles(topic: GAMBLING) { nodes { id } } }', {}, anonymous);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
