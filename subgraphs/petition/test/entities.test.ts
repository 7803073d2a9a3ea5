import { maskName } from '../../kit/pii';
import { staffOf } from '../../../test/support/signedFetch';
import { countQueries, startPetition, TIEXI, YITONG, type PetitionHarness } from './harness';

const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Appeal { id petition { id appeal { id } status form regionCode petitioner { name } } }
    ... on Petition { id dispatchId status }
  }
}`;

const ENTITIES_DEEP = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Appeal { id petition { id stages { stage outcome } representatives { name } } }
  }
}`;

describe('petition subgraph: federation entities', () => {
  let h: PetitionHarness;
  beforeAll(async () => {
    h = await startPetition();
  });
  afterAll(async () => {
    await h?.stop();
  });

  const appealsIn = (prefix: string) => h.planned.filter((p) => (p.petition.region_code as string).startsWith(prefix)).map((p) => p.petition);

  it('adds `petition` to many appeals with exactly one SQL statement', async () => {
    const rows = [...appealsIn(TIEXI).slice(0, 6), ...appealsIn(YITONG).slice(0, 6)];
    const withoutPetition = h.world.appeals.find((a) => !h.planned.some((p) => p.petition.appeal_id === a.id))!;
    const representations = [...rows.map((p) => ({ __typename: 'Appeal', id: p.appeal_id })), { __typename: 'Appeal', id: withoutPetition.id }];
    const { result: res, statements } = await countQueries(h.server, () => h.post(ENTITIES, { representations }));
    expect(res.body.errors).toBeUndefined();
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/petitions/);
    const entities = res.body.data!._entities;
    expect(entities).toHaveLength(representations.length);
    rows.forEach((p, i) => {
      expect(entities[i]).toEqual({
        id: p.appeal_id,
        petition: { id: p.id, appeal: { id: p.appeal_id }, status: p.status, form: p.form, regionCode: p.region_code, petitioner: { name: maskName(p.petitioner_name as string) } },
      });
    });
    expect(entities[rows.length]).toEqual({ id: withoutPetition.id, petition: null });
  });

  it('resolves nested lists with one SQL statement per added field', async () => {
    const representations = h.planned.slice(0, 30).map((p) => ({ __typename: 'Appeal', id: p.petition.appeal_id }));
    const { result: res, statements } = await countQueries(h.server, () => h.post(ENTITIES_DEEP, { representations }));
    expect(res.body.errors).toBeUndefined();
    expect(statements).toHaveLength(3);
    const byId = new Map(h.planned.map((p) => [p.petition.id, p]));
    for (const e of res.body.data!._entities) {
      const plan = byId.get(e.petition.id)!;
      expect(e.petition.stages.map((s: { stage: string }) => s.stage)).toEqual(plan.stages.map((s) => s.stage));
      expect(e.petition.representatives.map((r: { name: string }) => r.name)).toEqual(plan.representatives.map((r) => maskName(r.name as string)));
    }
  });

  it('resolves Petition references through one batched statement', async () => {
    const rows = h.planned.slice(0, 10).map((p) => p.petition);
    const representations = rows.map((p) => ({ __typename: 'Petition', id: p.id }));
    const { result: res, statements } = await countQueries(h.server, () => h.post(ENTITIES, { representations }));
    expect(res.body.errors).toBeUndefined();
    expect(statements).toHaveLength(1);
    expect(res.body.data!._entities).toEqual(rows.map((p) => ({ id: p.id, dispatchId: p.dispatch_id, status: p.status })));
  });

  it('scopes entities: a 220302 viewer sees no petition of 220323', async () => {
    const tiexi = appealsIn(TIEXI).slice(0, 4);
    const yitong = appealsIn(YITONG).slice(0, 4);
    const appeals = [...tiexi, ...yitong].map((p) => ({ __typename: 'Appeal', id: p.appeal_id }));
    const res = await h.post(ENTITIES, { representations: appeals }, staffOf(TIEXI));
    expect(res.body.errors).toBeUndefined();
    const got = res.body.data!._entities.map((e: { petition: { id: string } | null }) => e.petition?.id ?? null);
    expect(got).toEqual([...tiexi.map((p) => p.id), ...yitong.map(() => null)]);

    const petitions = yitong.map((p) => ({ __typename: 'Petition', id: p.id }));
    const refs = await h.post(ENTITIES, { representations: petitions }, staffOf(TIEXI));
    expect(refs.body).toEqual({ data: { _entities: yitong.map(() => null) } });
  });

  it('serves its SDL through _service', async () => {
    const res = await h.post('{ _service { sdl } }');
    expect(res.body.data!._service.sdl).toMatch(/type Petition\s+@key\(fields: "id"\)/);
    expect(res.body.data!._service.sdl).toMatch(/type Appeal\s+@key\(fields: "id"\)/);
  });
});
