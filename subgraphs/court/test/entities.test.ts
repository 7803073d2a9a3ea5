import { signedPost, staffOf } from '../../../test/support/signedFetch';
import type { Viewer } from '../../kit/viewer';
import { planCourtData, type CourtDemoData } from '../src/demo/plan';
import { startCourt, type RunningCourt } from './harness';

let court: RunningCourt;
let data: CourtDemoData;
const city = staffOf('2203');
const tiexi = staffOf('220302');
const post = (query: string, variables: Record<string, unknown>, viewer: Viewer = city) => signedPost(court.url, 'court', query, variables, viewer);

beforeAll(async () => {
  court = await startCourt();
  data = planCourtData(court.world);
});
afterAll(() => court.stop());

const APPEALS = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Appeal { id courtReferral { id kind status regionCode } courtCases { id caseNumber status } }
  }
}`;

/** What the court should say about an appeal, from the plan of the same world. */
function expectedFor(appealId: string) {
  const referrals = data.referrals.filter((r) => r.appeal_id === appealId).sort((a, b) => (a.received_at < b.received_at ? -1 : 1));
  const cases = data.cases.filter((c) => c.appeal_id === appealId).sort((a, b) => (a.filed_on === b.filed_on ? (a.id < b.id ? -1 : 1) : a.filed_on < b.filed_on ? -1 : 1));
  const r = referrals[referrals.length - 1];
  return {
    id: appealId,
    courtReferral: r ? { id: r.id, kind: r.kind, status: r.status, regionCode: r.region_code } : null,
    courtCases: cases.map((c) => ({ id: c.id, caseNumber: c.case_number, status: c.status })),
  };
}

const appealsIn = (prefix: string, n: number) =>
  [...new Set([...data.cases.map((c) => [c.appeal_id, c.region_code]), ...data.referrals.map((r) => [r.appeal_id, r.region_code])]
    .filter(([, region]) => region!.startsWith(prefix)).map(([id]) => id as string))].sort().slice(0, n);

describe('Appeal entity', () => {
  it('adds courtReferral and courtCases to many appeals with one SQL statement per field', async () => {
    const ids = [...appealsIn('220302', 6), ...appealsIn('220323', 6), 'AP999999'];
    expect(ids.length).toBe(13);
    const { result: res, statements } = await court.countQueries(() => post(APPEALS, { representations: ids.map((id) => ({ __typename: 'Appeal', id })) }));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!._entities).toEqual(ids.map(expectedFor));
    expect(statements).toHaveLength(2);
    expect(statements.some((s) => /court_referrals/.test(s))).toBe(true);
    expect(statements.some((s) => /court_cases/.test(s))).toBe(true);
    expect(res.body.data!._entities.filter((a: { courtCases: unknown[] }) => a.courtCases.length > 0).length).toBeGreaterThan(3);
  });

  it('shows a 220302 viewer nothing of the appeals of 220323', async () => {
    const foreign = appealsIn('220323', 6);
    const own = appealsIn('220302', 3);
    const res = await post(APPEALS, { representations: [...foreign, ...own].map((id) => ({ __typename: 'Appeal', id })) }, tiexi);
    const entities = res.body.data!._entities;
    expect(entities.slice(0, foreign.length)).toEqual(foreign.map((id) => ({ id, courtReferral: null, courtCases: [] })));
    expect(entities.slice(foreign.length)).toEqual(own.map(expectedFor));
  });
});

describe('Grid, MediationAgreement, CourtCase and CourtVenue entities', () => {
  it('lists the venues of several grids with one statement', async () => {
    const grids = [...new Set(data.venues.map((v) => v.grid_code))].sort().slice(0, 8);
    const { result: res, statements } = await court.countQueries(() =>
      post(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Grid { code courtVenues { id kind } } } }`, { r: grids.map((code) => ({ __typename: 'Grid', code })) }),
    );
    expect(statements).toHaveLength(1);
    expect(res.body.data!._entities).toEqual(
      grids.map((code) => ({ code, courtVenues: data.venues.filter((v) => v.grid_code === code).map((v) => ({ id: v.id, kind: v.kind })).sort((a, b) => (a.id < b.id ? -1 : 1)) })),
    );
  });

  it('adds the judicial confirmation to mediation agreements, scoped, one statement per level', async () => {
    const agreements = [...data.confirmations.map((c) => c.agreement_id).sort().slice(0, 10), 'MA-none'];
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on MediationAgreement { id judicialConfirmation { id decision appliedOn caseNumber regionCode courtCase { id caseNumber } } } } }`;
    const r = agreements.map((id) => ({ __typename: 'MediationAgreement', id }));
    const expected = (viewerPrefix: string) =>
      agreements.map((id) => {
        const c = data.confirmations.find((x) => x.agreement_id === id && x.region_code.startsWith(viewerPrefix));
        const courtCase = c && { id: c.court_case_id, caseNumber: c.case_number };
        return { id, judicialConfirmation: c ? { id: c.id, decision: c.decision, appliedOn: c.applied_on, caseNumber: c.case_number, regionCode: c.region_code, courtCase } : null };
      });
    const { result: res, statements } = await court.countQueries(() => post(q, { r }));
    expect(statements).toHaveLength(2);
    expect(res.body.data!._entities).toEqual(expected('2203'));
    const scoped = await post(q, { r }, tiexi);
    expect(scoped.body.data!._entities).toEqual(expected('220302'));
    expect(expected('220302').some((x) => x.judicialConfirmation === null && x.id !== 'MA-none')).toBe(true);
  });

  it('resolves CourtCase and CourtVenue references through loaders, cases scoped', async () => {
    const cases = data.cases.slice(0, 12);
    const venues = data.venues.slice(0, 5);
    const r = [...cases.map((c) => ({ __typename: 'CourtCase', id: c.id })), ...venues.map((v) => ({ __typename: 'CourtVenue', id: v.id }))];
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CourtCase { id caseNumber } ... on CourtVenue { id name } } }`;
    const { result: res, statements } = await court.countQueries(() => post(q, { r }, tiexi));
    expect(statements).toHaveLength(2);
    expect(res.body.data!._entities).toEqual([
      ...cases.map((c) => (c.region_code.startsWith('220302') ? { id: c.id, caseNumber: c.case_number } : null)),
      ...venues.map((v) => ({ id: v.id, name: v.name })),
    ]);
    expect(cases.some((c) => !c.region_code.startsWith('220302'))).toBe(true);
  });
});
