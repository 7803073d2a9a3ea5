import { signedPost, staffOf } from '../../../test/support/signedFetch';
import { countQueries, startSeeded, type Running } from './harness';

const APPEALS = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Appeal { id procuratorateMatters { id kind status regionCode appeal { id } } }
  }
}`;

const APPEALS_WITH_FOLLOW_UPS = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Appeal { id procuratorateMatters { id followUps { id sequence dueOn } } }
  }
}`;

const MATTERS = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on ProcuratorateMatter { id dispatchId regionCode procuratorate { name } }
  }
}`;

const city = staffOf('2203');
const tiexi = staffOf('220302');

let app: Running;
beforeAll(async () => {
  app = await startSeeded();
});
afterAll(async () => app?.stop());

const appealRefs = (ids: string[]) => ids.map((id) => ({ __typename: 'Appeal', id }));

describe('_entities', () => {
  it('adds procuratorateMatters to a batch of appeals with one SQL statement', async () => {
    const withMatters = [...new Set(app.referrals.map((r) => r.appealId))];
    const without = app.world.appeals.map((a) => a.id).filter((id) => !withMatters.includes(id)).slice(0, 20);
    const ids = [...withMatters, ...without];
    const { result, statements } = await countQueries(app.server, () => signedPost(app.url, 'procuratorate', APPEALS, { representations: appealRefs(ids) }, city));
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(statements).toHaveLength(1);
    const entities = result.body.data!._entities as { id: string; procuratorateMatters: { id: string; appeal: { id: string } }[] }[];
    expect(entities.map((e) => e.id)).toEqual(ids);
    for (const e of entities) {
      const expected = app.referrals.filter((r) => r.appealId === e.id).map((r) => `PM-${r.dispatchId}`);
      expect(e.procuratorateMatters.map((m) => m.id).sort()).toEqual(expected.sort());
      expect(e.procuratorateMatters.every((m) => m.appeal.id === e.id)).toBe(true);
    }
    expect(entities.filter((e) => e.procuratorateMatters.length > 0)).toHaveLength(withMatters.length);
  });

  it('costs one more statement, not one per matter, for the matters’ follow-ups', async () => {
    const ids = [...new Set(app.referrals.map((r) => r.appealId))];
    const { result, statements } = await countQueries(app.server, () => signedPost(app.url, 'procuratorate', APPEALS_WITH_FOLLOW_UPS, { representations: appealRefs(ids) }, city));
    expect(result.body.errors).toBeUndefined();
    expect(statements).toHaveLength(2);
  });

  it('resolves matter references through one statement, null for unknown ids', async () => {
    const refs = [...app.referrals.map((r) => ({ __typename: 'ProcuratorateMatter', id: `PM-${r.dispatchId}` })), { __typename: 'ProcuratorateMatter', id: 'PM-missing' }];
    const { result, statements } = await countQueries(app.server, () => signedPost(app.url, 'procuratorate', MATTERS, { representations: refs }, city));
    expect(result.body.errors).toBeUndefined();
    expect(statements).toHaveLength(1);
    const entities = result.body.data!._entities as ({ id: string; dispatchId: string } | null)[];
    expect(entities.slice(0, -1).map((e) => e?.dispatchId)).toEqual(app.referrals.map((r) => r.dispatchId));
    expect(entities[entities.length - 1]).toBeNull();
  });

  it('shows a district viewer nothing of another county', async () => {
    const yitong = app.referrals.filter((r) => r.regionCode.startsWith('220323'));
    const tiexiRefs = app.referrals.filter((r) => r.regionCode.startsWith('220302'));
    expect(yitong.length).toBeGreaterThan(0);
    expect(tiexiRefs.length).toBeGreaterThan(0);
    const appeals = await signedPost(app.url, 'procuratorate', APPEALS, { representations: appealRefs([...yitong, ...tiexiRefs].map((r) => r.appealId)) }, tiexi);
    const entities = appeals.body.data!._entities as { id: string; procuratorateMatters: { regionCode: string }[] }[];
    const seen = entities.flatMap((e) => e.procuratorateMatters);
    expect(seen.length).toBe(tiexiRefs.length);
    expect(seen.every((m) => m.regionCode.startsWith('220302'))).toBe(true);
    const matters = await signedPost(app.url, 'procuratorate', MATTERS, { representations: yitong.map((r) => ({ __typename: 'ProcuratorateMatter', id: `PM-${r.dispatchId}` })) }, tiexi);
    expect(matters.body.errors).toBeUndefined();
    expect(matters.body.data!._entities).toEqual(yitong.map(() => null));
  });
});

describe('_service', () => {
  it('returns the SDL as written, Federation 2 link included', async () => {
    const res = await signedPost(app.url, 'procuratorate', '{ _service { sdl } }', {}, city);
    expect(res.status).toBe(200);
    const sdl = res.body.data!._service.sdl as string;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(sdl).toContain('type ProcuratorateMatter @key(fields: "id")');
    expect(sdl).toContain('type Appeal @key(fields: "id")');
  });
});
