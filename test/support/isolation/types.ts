import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { Kind, parse, type DocumentNode, type FieldDefinitionNode, type TypeNode } from 'graphql';
import type { DemoWorld } from '../../../demo/model';
import type { SubgraphName } from '../../../subgraphs/kit/config';
import type { Agency, Role, Viewer } from '../../../subgraphs/kit/viewer';

/**
 * The isolation matrix (issue 4): the vocabulary of the per-subgraph operation tables and the helpers the runner
 * uses (selections generated from the SDL, database snapshots, the "B markers" search).
 */

/** The viewers of the matrix: one per role, each of jurisdiction A (ADMIN is city-wide configuration: not in it). */
export type MatrixRole = Exclude<Role, 'ADMIN' | 'SERVICE'>;

export interface MatrixViewer {
  /** A readable label: `CENTER_STAFF`, `AGENCY_STAFF(COURT)`, ... */
  label: string;
  viewer: Viewer;
}

/** What the runner knows when it builds a case's variables: the jurisdictions and B's records picked from the databases. */
export interface Ctx {
  /** The viewer's own jurisdiction. */
  A: string;
  /** The other jurisdiction, whose records are attacked. */
  B: string;
  world: DemoWorld;
  viewer: Viewer;
  /** B's records, picked per subgraph by its table's `pick` (ids in the right state for each mutation). */
  b: Record<string, any>;
}

export interface QueryCase {
  /** The Query field (completeness is checked against the SDL). */
  field: string;
  /** A label when a field has several cases. */
  label?: string;
  vars: (c: Ctx) => Record<string, unknown>;
  /**
   * Whether an ADMIN asking the same thing must see B markers: proves the case can reveal a leak at all.
   * `false` for public reference data and for operations no B record reaches (with the reason in `why`).
   */
  control: boolean;
  why?: string;
  /** For a single-record query: `data[field]` must be null (or the call refused with NOT_FOUND/FORBIDDEN). */
  nullResult?: boolean;
  /** Extra assertions on the response (beyond the markers). */
  check?: (res: Response, c: Ctx) => void;
}

export interface EntityCase {
  /** The entity type (a resolvable @key of this subgraph). */
  typename: string;
  representations: (c: Ctx) => Record<string, unknown>[];
  /** The subgraph owns the type and its rows are private: every representation must resolve to null. */
  nullResult: boolean;
  /** Fields not to select (e.g. `id` of a type another subgraph owns, which just echoes the representation). */
  omit?: string[];
  control: boolean;
  why?: string;
}

export interface MutationCase {
  field: string;
  label?: string;
  vars: (c: Ctx) => Record<string, unknown>;
  /** @inaccessible and refused to everyone but the hub's SERVICE identity. */
  serviceOnly?: boolean;
  /**
   * Viewers that may legitimately create their own record with this case (submitAppeal by a citizen): instead of
   * "nothing changed", no existing row may change and the response must carry no B marker.
   */
  mayCreate?: (v: Viewer) => boolean;
  check?: (res: Response, c: Ctx) => void;
}

/** The private tables of a subgraph: rows of B give the markers. `scope` narrows the table to B's rows. */
export interface PrivateTable {
  table: string;
  /** Columns whose values are B markers (ids, case numbers, ID numbers, phones). */
  columns: string[];
  /** B's rows; by default `region_code like B%`. */
  scope?: (db: Knex, B: string) => Knex.QueryBuilder;
}

export interface SubgraphTable {
  name: SubgraphName;
  privateTables: PrivateTable[];
  /** B's records in the right states for the cases. */
  pick: (db: Knex, B: string, world: DemoWorld) => Promise<Record<string, any>>;
  queries: QueryCase[];
  entities: EntityCase[];
  mutations: MutationCase[];
}

export interface Response {
  status: number;
  body: { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

// ---------------------------------------------------------------------------------------------------------------
// The SDL: what must be covered, and selections of every field (so a leak in any field shows).

export interface Sdl {
  doc: DocumentNode;
  /** Object fields by type name (definitions and extensions merged). */
  types: Map<string, FieldDefinitionNode[]>;
  query: FieldDefinitionNode[];
  mutation: FieldDefinitionNode[];
  /** Object types with a resolvable @key. */
  entities: string[];
}

export function readSdl(name: SubgraphName): Sdl {
  const doc = parse(fs.readFileSync(path.join(__dirname, '../../../subgraphs', name, 'schema.graphql'), 'utf8'));
  const types = new Map<string, FieldDefinitionNode[]>();
  const entities: string[] = [];
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION && d.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    types.set(d.name.value, [...(types.get(d.name.value) ?? []), ...(d.fields ?? [])]);
    for (const dir of d.directives ?? []) {
      if (dir.name.value !== 'key') continue;
      const resolvable = dir.arguments?.find((a) => a.name.value === 'resolvable');
      if (resolvable && resolvable.value.kind === Kind.BOOLEAN && !resolvable.value.value) continue;
      if (!entities.includes(d.name.value)) entities.push(d.name.value);
    }
  }
  return { doc, types, query: types.get('Query') ?? [], mutation: types.get('Mutation') ?? [], entities };
}

function namedType(t: TypeNode): string {
  return t.kind === Kind.NAMED_TYPE ? t.name.value : namedType(t.type);
}

function typeText(t: TypeNode): string {
  if (t.kind === Kind.NAMED_TYPE) return t.name.value;
  if (t.kind === Kind.LIST_TYPE) return `[${typeText(t.type)}]`;
  return `${typeText(t.type)}!`;
}

/** A selection of every field of `type` down to `depth` object levels (no type twice on a path; fields with required arguments skipped). */
export function selectionOf(sdl: Sdl, type: string, depth = 4, omit: string[] = [], seen: string[] = []): string {
  const fields = sdl.types.get(type);
  if (!fields) return '';
  const parts: string[] = ['__typename'];
  for (const f of fields) {
    if (omit.includes(f.name.value)) continue;
    if ((f.arguments ?? []).some((a) => a.type.kind === Kind.NON_NULL_TYPE && !a.defaultValue)) continue;
    const t = namedType(f.type);
    if (!sdl.types.has(t)) {
      parts.push(f.name.value);
      continue;
    }
    if (depth <= 0 || seen.includes(t)) continue;
    const sub = selectionOf(sdl, t, depth - 1, [], [...seen, type]);
    if (sub) parts.push(`${f.name.value} { ${sub} }`);
  }
  return parts.join(' ');
}

/** A whole operation for a root field with the given variables (their types read from the SDL). */
export function operationFor(sdl: Sdl, root: 'query' | 'mutation', field: string, vars: Record<string, unknown>): string {
  const def = (root === 'query' ? sdl.query : sdl.mutation).find((f) => f.name.value === field);
  if (!def) throw new Error(`${field} is not a ${root} field`);
  const args = def.arguments ?? [];
  const decls: string[] = [];
  const uses: string[] = [];
  for (const name of Object.keys(vars)) {
    const a = args.find((x) => x.name.value === name);
    if (!a) throw new Error(`${field} has no argument ${name}`);
    decls.push(`$${name}: ${typeText(a.type)}`);
    uses.push(`${name}: $${name}`);
  }
  const t = namedType(def.type);
  const sel = sdl.types.has(t) ? ` { ${selectionOf(sdl, t)} }` : '';
  return `${root} Isolation${decls.length ? `(${decls.join(', ')})` : ''} { ${field}${uses.length ? `(${uses.join(', ')})` : ''}${sel} }`;
}

export function entitiesOperation(sdl: Sdl, typename: string, omit: string[] = []): string {
  return `query Isolation($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selectionOf(sdl, typename, 4, omit)} } } }`;
}

// ---------------------------------------------------------------------------------------------------------------
// Markers: values of B's private rows that must never reach an A viewer.

/** Every string (and number) leaf of a JSON value, and the tokens inside longer strings. */
export function leavesOf(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (value === null || value === undefined) return out;
  if (typeof value === 'string') {
    out.add(value);
    for (const tok of value.split(/[\s,:;"'，。：；、！？!?]+/)) if (tok) out.add(tok);
  } else if (typeof value === 'number') out.add(String(value));
  else if (Array.isArray(value)) for (const v of value) leavesOf(v, out);
  else if (typeof value === 'object') for (const v of Object.values(value as object)) leavesOf(v, out);
  return out;
}

/** The B markers a response carries. */
export function markersIn(body: unknown, markers: ReadonlySet<string>): string[] {
  return [...leavesOf(body)].filter((l) => markers.has(l));
}

async function tablesOf(db: Knex): Promise<string[]> {
  const client = String((db.client as { config: { client: string } }).config.client);
  const rows: { name: string }[] =
    client === 'pg'
      ? (await db.raw(`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`)).rows
      : await db.raw(`select name from sqlite_master where type = 'table'`);
  return rows.map((r) => r.name).filter((n) => !/^knex_migrations|^sqlite_/.test(n)).sort();
}

export async function collectMarkers(db: Knex, tables: PrivateTable[], prefix: string): Promise<{ values: Set<string>; rows: number }> {
  const values = new Set<string>();
  let rows = 0;
  const present = new Set(await tablesOf(db));
  for (const t of tables) {
    if (!present.has(t.table)) continue;
    const q = t.scope ? t.scope(db, prefix) : db(t.table).where('region_code', 'like', `${prefix}%`);
    for (const row of await q.select(t.columns.map((c) => `${t.table}.${c}`))) {
      rows++;
      for (const c of t.columns) if (row[c] !== null && row[c] !== undefined && String(row[c]).length >= 6) values.add(String(row[c]));
    }
  }
  return { values, rows };
}

/** Every table of a subgraph (knex's migration tables aside): rows as sorted JSON texts. */
export type Snapshot = Map<string, string[]>;

export async function snapshot(db: Knex): Promise<Snapshot> {
  const out: Snapshot = new Map();
  for (const t of await tablesOf(db)) out.set(t, (await db(t).select('*')).map((r) => JSON.stringify(r, Object.keys(r).sort())).sort());
  return out;
}

/** The differences between two snapshots; with `additionsAllowed` new rows are fine, changed or deleted ones are not. */
export function diff(before: Snapshot, after: Snapshot, additionsAllowed = false): string[] {
  const out: string[] = [];
  for (const t of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(t) ?? [];
    const a = after.get(t) ?? [];
    const aSet = new Set(a);
    const bSet = new Set(b);
    const gone = b.filter((r) => !aSet.has(r));
    const added = a.filter((r) => !bSet.has(r));
    if (gone.length) out.push(`${t}: ${gone.length} row(s) changed or deleted, e.g. ${gone[0].slice(0, 300)}`);
    if (added.length && !additionsAllowed) out.push(`${t}: ${added.length} row(s) added or changed, e.g. ${added[0].slice(0, 300)}`);
  }
  return out;
}

/** Rows present after and not before (new rows, and the new version of changed ones). */
export function addedRows(before: Snapshot, after: Snapshot): { table: string; row: Record<string, unknown> }[] {
  const out: { table: string; row: Record<string, unknown> }[] = [];
  for (const [t, rows] of after) {
    const b = new Set(before.get(t) ?? []);
    for (const r of rows) if (!b.has(r)) out.push({ table: t, row: JSON.parse(r) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Picking B's records.

/** The first row of `table` in B (region_code like B%) matching `where`, falling back to any row of B. */
export async function pickRow(db: Knex, table: string, B: string, where: (q: Knex.QueryBuilder) => Knex.QueryBuilder = (q) => q, regionColumn = 'region_code'): Promise<any> {
  const base = () => db(table).where(regionColumn, 'like', `${B}%`).orderBy('id');
  const row = (await where(base()).first()) ?? (await base().first());
  if (!row) throw new Error(`no ${table} row in ${B}`);
  return row;
}

export const REVEAL_PURPOSE = '核实当事人身份以便电话回访';

/** The agency viewer of a partner subgraph, for the roles that need one. */
export const AGENCY_OF: Record<string, Agency> = { court: 'COURT', petition: 'PETITION', 'legal-services': 'LEGAL_SERVICES', procuratorate: 'PROCURATORATE' };

/** A valid referral intake replaying one of B's existing referrals to `partner` (idempotent on its dispatch id). */
export function intakeOf(c: Ctx, partner: string): Record<string, unknown> {
  const r = c.world.referrals.find((x) => x.partner === partner && x.regionCode.startsWith(c.B));
  if (!r) throw new Error(`no ${partner} referral in ${c.B}`);
  const a = c.world.appeals.find((x) => x.id === r.appealId)!;
  return {
    dispatchId: r.dispatchId, appealId: r.appealId, regionCode: r.regionCode, gridCode: r.gridCode, category: r.category,
    title: r.title, description: a.description, nature: a.nature, litigation: a.litigation, urgency: a.urgency,
    anonymous: r.anonymous, confidential: a.confidential, applicantName: r.applicantName, applicantIdNumber: r.applicantIdNumber,
    applicantPhone: r.applicantPhone, referredAt: r.referredAt,
  };
}
