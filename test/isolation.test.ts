import type { SubgraphName } from '../subgraphs/kit/config';
import type { Viewer } from '../subgraphs/kit/viewer';
import { startHub, type RunningHub } from './support/hub';
import { appealInput, SUBMIT } from './support/intake';
import { signedPost } from './support/signedFetch';
import {
  AGENCY_OF, TABLES, addedRows, collectMarkers, diff, entitiesOperation, leavesOf, markersIn, operationFor, readSdl, snapshot,
  type Ctx, type MatrixViewer, type Response, type Sdl, type SubgraphTable,
} from './support/isolation';

/**
 * The isolation matrix (issue 4): for each role and two jurisdictions, every query, entity reference and mutation of
 * every subgraph is tried, directly and signed as the gateway, against the other jurisdiction's records.
 * A foreign row reads as null / NOT_FOUND (lists omit it), a foreign write is refused and changes nothing.
 *
 * "B markers" are the ids, case numbers, ID numbers and phones of B's private rows in every subgraph's database;
 * none may appear in any response to a viewer of A. Every case that could reveal B's rows is first run as a
 * city-wide ADMIN (the audit trail as a city-wide AUDITOR) and must show B markers there, so no check is vacuous.
 * ADMIN is the city-wide configuration role and is not part of the cross-jurisdiction matrix.
 */

const COUNTIES = ['220302', '220323'] as const; // the two counties of the small demo world
const DIRECTIONS: [string, string][] = [[COUNTIES[0], COUNTIES[1]], [COUNTIES[1], COUNTIES[0]]];
const VIEWER_LABELS = ['CENTER_STAFF', 'GRID_WORKER', 'DEPARTMENT_STAFF', 'AGENCY_STAFF(COURT)', 'AGENCY_STAFF(PETITION)', 'AGENCY_STAFF(LEGAL_SERVICES)', 'AGENCY_STAFF(PROCURATORATE)', 'CITIZEN', 'AUDITOR', 'ANONYMOUS'];
const REFUSALS = ['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'];
const PII = ['pii:read'];
const CITY_ADMIN: Viewer = { sub: 'iso-admin', role: 'ADMIN', jurisdictions: ['2203'], scopes: PII };
const CITY_AUDITOR: Viewer = { sub: 'iso-auditor-city', role: 'AUDITOR', jurisdictions: ['2203'], scopes: [] };

let hub: RunningHub;
const sdl = Object.fromEntries(TABLES.map((t) => [t.name, readSdl(t.name)])) as Record<SubgraphName, Sdl>;
/** Per direction `A>B`: B's markers (minus anything A also has), B's picked records per subgraph, A's viewers. */
const matrix = new Map<string, { markers: Set<string>; picks: Record<string, Record<string, any>>; viewers: Map<string, MatrixViewer> }>();
let checks = 0;
const started = Date.now();

function viewersOf(A: string, department: string): Map<string, MatrixViewer> {
  const staff = (role: Viewer['role'], extra: Partial<Viewer> = {}): Viewer => ({ sub: `iso-${role.toLowerCase()}-${A}`, role, jurisdictions: [A], scopes: PII, ...extra });
  const list: MatrixViewer[] = [
    { label: 'CENTER_STAFF', viewer: staff('CENTER_STAFF', { centerId: `C${A}000000` }) },
    { label: 'GRID_WORKER', viewer: staff('GRID_WORKER') },
    { label: 'DEPARTMENT_STAFF', viewer: staff('DEPARTMENT_STAFF', { departmentId: department }) },
    ...(['COURT', 'PETITION', 'LEGAL_SERVICES', 'PROCURATORATE'] as const).map((agency) => ({ label: `AGENCY_STAFF(${agency})`, viewer: staff('AGENCY_STAFF', { sub: `iso-agency-${agency.toLowerCase()}-${A}`, agency }) })),
    { label: 'CITIZEN', viewer: { sub: `iso-citizen-${A}`, role: 'CITIZEN', jurisdictions: [], scopes: [] } },
    { label: 'AUDITOR', viewer: { sub: `iso-auditor-${A}`, role: 'AUDITOR', jurisdictions: [A], scopes: [] } },
    { label: 'ANONYMOUS', viewer: { sub: 'anonymous', role: 'ANONYMOUS', jurisdictions: [], scopes: [] } },
  ];
  return new Map(list.map((v) => [v.label, v]));
}

const has = (t: SubgraphTable, root: 'query' | 'mutation', field: string) => (root === 'query' ? sdl[t.name].query : sdl[t.name].mutation).some((f) => f.name.value === field);

function post(t: SubgraphTable, query: string, variables: Record<string, unknown>, viewer: Viewer): Promise<Response> {
  checks++;
  return signedPost(hub.subgraphs[t.name].url, t.name, query, variables, viewer);
}

const codesOf = (res: Response) => (res.body.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE'));
const briefly = (res: Response) => JSON.stringify(res.body).slice(0, 400);

/** Make the world hold, in each county, what the seed lacks: a citizen's own appeal, a supervision, personal-data reveals. */
async function furnish(county: string): Promise<void> {
  const g = hub.subgraphs.governance;
  const grid = hub.world.city.grids.find((x) => x.regionCode.startsWith(county))!.code;
  const citizen: Viewer = { sub: `iso-citizen-${county}`, role: 'CITIZEN', jurisdictions: [], scopes: [] };
  const sub = await signedPost(g.url, 'governance', SUBMIT, { input: appealInput({ location: { gridCode: grid } }) }, citizen);
  if (!sub.body.data?.submitAppeal) throw new Error(`setup: the citizen's appeal in ${county}: ${JSON.stringify(sub.body)}`);
  const staff: Viewer = { sub: `iso-setup-${county}`, role: 'CENTER_STAFF', jurisdictions: [county], centerId: `C${county}000000`, scopes: PII };
  const accepted = await g.db('dispatches').where('region_code', 'like', `${county}%`).andWhere({ status: 'ACCEPTED', target_type: 'DEPARTMENT' }).orderBy('id').first();
  const sup = await signedPost(g.url, 'governance', 'mutation($id: ID!) { superviseWorkOrder(id: $id, kind: ROUTINE, note: "请加快办理") { id } }', { id: accepted.id }, staff);
  if (!sup.body.data?.superviseWorkOrder) throw new Error(`setup: a supervision in ${county}: ${JSON.stringify(sup.body)}`);
  // One reveal per subgraph by its own staff, so each audit trail holds rows of both counties.
  for (const t of TABLES) {
    const reveal = t.mutations.find((m) => m.field.startsWith('reveal') && has(t, 'mutation', m.field));
    if (!reveal) continue;
    const picks = await t.pick(hub.subgraphs[t.name].db, county, hub.world);
    const revealer: Viewer = t.name === 'governance' ? staff : { sub: `iso-setup-${t.name}-${county}`, role: 'AGENCY_STAFF', agency: AGENCY_OF[t.name], jurisdictions: [county], scopes: PII };
    const c: Ctx = { A: county, B: county, world: hub.world, viewer: revealer, b: picks };
    const res = await signedPost(hub.subgraphs[t.name].url, t.name, operationFor(sdl[t.name], 'mutation', reveal.field, reveal.vars(c)), reveal.vars(c), revealer);
    if (!res.body.data?.[reveal.field]) console.warn(`setup: ${t.name}.${reveal.field} in ${county} by its own staff failed: ${briefly(res)}`);
  }
}

beforeAll(async () => {
  hub = await startHub({ scale: 'small', startWorkers: false });
  for (const county of COUNTIES) await furnish(county);
  const markersOf = async (prefix: string) => {
    const all = new Set<string>();
    for (const t of TABLES) for (const m of (await collectMarkers(hub.subgraphs[t.name].db, t.privateTables, prefix)).values) all.add(m);
    return all;
  };
  const byCounty = Object.fromEntries(await Promise.all(COUNTIES.map(async (c) => [c, await markersOf(c)] as const)));
  for (const [A, B] of DIRECTIONS) {
    const markers = new Set([...byCounty[B]].filter((m) => !byCounty[A].has(m)));
    const picks: Record<string, Record<string, any>> = {};
    for (const t of TABLES) picks[t.name] = await t.pick(hub.subgraphs[t.name].db, B, hub.world);
    // A department of A with work orders (a county department: the city's departments serve both counties).
    const dept = await hub.subgraphs.governance.db('dispatches').where({ target_type: 'DEPARTMENT' }).andWhere('target_id', 'like', `D${A}-%`)
      .groupBy('target_id').select('target_id').count({ n: '*' }).orderBy([{ column: 'n', order: 'desc' }, { column: 'target_id' }]).first();
    matrix.set(`${A}>${B}`, { markers, picks, viewers: viewersOf(A, String((dept as { target_id?: string } | undefined)?.target_id)) });
  }
}, 300_000);

afterAll(async () => {
  await hub?.close();
  console.log(`isolation matrix: ${checks} signed requests (checks) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

describe('completeness: every Query field, Mutation field and resolvable entity of every subgraph has an isolation case', () => {
  for (const t of TABLES) {
    it(t.name, () => {
      const s = readSdl(t.name);
      const missing = [
        ...s.query.map((f) => f.name.value).filter((f) => !t.queries.some((q) => q.field === f)).map((f) => `Query.${f}`),
        ...s.mutation.map((f) => f.name.value).filter((f) => !t.mutations.some((m) => m.field === f)).map((f) => `Mutation.${f}`),
        ...s.entities.filter((e) => !t.entities.some((x) => x.typename === e)).map((e) => `entity ${e}`),
      ];
      expect(missing).toEqual([]);
    });
  }
});

describe('controls: each case that could show B\'s rows shows them to a city-wide viewer (ADMIN; the audit trail: AUDITOR)', () => {
  for (const [A, B] of DIRECTIONS) {
    for (const t of TABLES) {
      it(`${t.name}: ${B}'s rows`, async () => {
        const m = matrix.get(`${A}>${B}`)!;
        const problems: string[] = [];
        for (const q of t.queries.filter((x) => x.control && has(t, 'query', x.field))) {
          const viewer = /PersonalDataReveals$/i.test(q.field) ? CITY_AUDITOR : CITY_ADMIN;
          const c: Ctx = { A, B, world: hub.world, viewer, b: m.picks[t.name] };
          const vars = q.vars(c);
          const res = await post(t, operationFor(sdl[t.name], 'query', q.field, vars), vars, viewer);
          if (!markersIn(res.body, m.markers).length) problems.push(`Query.${q.field}${q.label ? ` (${q.label})` : ''} as ${viewer.role}: no B marker: ${briefly(res)}`);
        }
        for (const e of t.entities.filter((x) => x.control)) {
          const c: Ctx = { A, B, world: hub.world, viewer: CITY_ADMIN, b: m.picks[t.name] };
          const res = await post(t, entitiesOperation(sdl[t.name], e.typename, e.omit), { r: e.representations(c) }, CITY_ADMIN);
          if (!markersIn(res.body, m.markers).length) problems.push(`_entities ${e.typename} as ADMIN: no B marker: ${briefly(res)}`);
        }
        expect(problems).toEqual([]);
      });
    }
  }
});

describe.each(DIRECTIONS)('isolation: viewers of %s against the records of %s', (A, B) => {
  for (const t of TABLES) {
    describe(t.name, () => {
      it.each(VIEWER_LABELS)('%s', async (label) => {
        const m = matrix.get(`${A}>${B}`)!;
        const { viewer } = m.viewers.get(label)!;
        const db = hub.subgraphs[t.name].db;
        const problems: string[] = [];
        const ctx: Ctx = { A, B, world: hub.world, viewer, b: m.picks[t.name] };
        /** Values the request itself carried (B's ids aimed at, an applicant's phone): their echo is not a leak. */
        let echo = new Set<string>();
        const leaks = (what: string, res: Response) => {
          const found = markersIn(res.body, m.markers).filter((x) => !echo.has(x));
          if (found.length) problems.push(`${what}: LEAK of ${found.slice(0, 5).join(', ')}: ${briefly(res)}`);
        };
        const unexpected = (what: string, res: Response, allowed: string[]) => {
          const bad = codesOf(res).filter((c) => !allowed.includes(c));
          if (bad.length) problems.push(`${what}: unexpected error ${bad.join(', ')}: ${briefly(res)}`);
        };

        for (const q of t.queries) {
          if (!has(t, 'query', q.field)) continue;
          const what = `Query.${q.field}${q.label ? ` (${q.label})` : ''}`;
          const vars = q.vars(ctx);
          const res = await post(t, operationFor(sdl[t.name], 'query', q.field, vars), vars, viewer);
          leaks(what, res);
          unexpected(what, res, ['NOT_FOUND', 'FORBIDDEN']);
          if (q.nullResult && res.body.data?.[q.field] != null) problems.push(`${what}: B's record is not null: ${briefly(res)}`);
          if (q.check) {
            try {
              q.check(res, ctx);
            } catch (err) {
              problems.push(`${what}: ${(err as Error).message.replace(/\s+/g, ' ').slice(0, 400)}`);
            }
          }
        }

        for (const e of t.entities) {
          const what = `_entities ${e.typename}`;
          const res = await post(t, entitiesOperation(sdl[t.name], e.typename, e.omit), { r: e.representations(ctx) }, viewer);
          leaks(what, res);
          unexpected(what, res, ['NOT_FOUND', 'FORBIDDEN']);
          if (e.nullResult) {
            const got = (res.body.data?._entities ?? []) as unknown[];
            if (got.some((x) => x !== null)) problems.push(`${what}: B's entity resolved: ${briefly(res)}`);
          }
        }

        for (const mu of t.mutations) {
          if (!has(t, 'mutation', mu.field)) continue;
          const what = `Mutation.${mu.field}${mu.label ? ` (${mu.label})` : ''}`;
          const vars = mu.vars(ctx);
          const creates = mu.mayCreate?.(viewer) ?? false;
          echo = leavesOf(vars);
          const before = await snapshot(db);
          const res = await post(t, operationFor(sdl[t.name], 'mutation', mu.field, vars), vars, viewer);
          const after = await snapshot(db);
          leaks(what, res);
          if (!creates) {
            if (!res.body.errors?.length || res.body.data?.[mu.field]) problems.push(`${what}: a write aimed at B was not refused: ${briefly(res)}`);
            unexpected(what, res, REFUSALS);
          } else unexpected(what, res, REFUSALS);
          for (const d of diff(before, after, creates)) problems.push(`${what}: the database changed: ${d}`);
          // A viewer's own new record may not write into B's records (e.g. a timeline event on B's appeal).
          if (creates) for (const { table, row } of addedRows(before, after)) {
            const found = markersIn(row, m.markers).filter((x) => !echo.has(x));
            if (found.length) problems.push(`${what}: wrote into B's records: ${table} row referring to ${found.slice(0, 3).join(', ')}: ${JSON.stringify(row).slice(0, 300)}`);
          }
          if (mu.check) {
            try {
              mu.check(res, ctx);
            } catch (err) {
              problems.push(`${what}: ${(err as Error).message.replace(/\s+/g, ' ').slice(0, 400)}`);
            }
          }
        }
        expect(problems).toEqual([]);
      });
    });
  }
});

it('the matrix is not empty: both directions hold B markers from every subgraph', async () => {
  for (const [A, B] of DIRECTIONS) {
    const m = matrix.get(`${A}>${B}`)!;
    expect(m.markers.size).toBeGreaterThan(1000);
    for (const t of TABLES) {
      const { rows } = await collectMarkers(hub.subgraphs[t.name].db, t.privateTables, B);
      expect([t.name, rows > 0]).toEqual([t.name, true]);
    }
  }
});
