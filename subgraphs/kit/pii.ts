import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { badUserInput, notAllowed, notFound } from './errors';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from './pagination';
import { toIsoRequired, toJson } from './rows';
import type { Agency, Viewer } from './viewer';

/**
 * Personal data on output (domain.md, "Personal data"): masked by default; a viewer holding `pii:read` reveals a
 * record's fields by stating a purpose, and every reveal writes one audit record in the same transaction as the
 * read that returns the clear values. Each subgraph keeps its own audit table (`pii_reveals`), next to the data.
 */

export const PII_READ = 'pii:read';
export const PersonalDataFields = ['NAME', 'ID_NUMBER', 'PHONE', 'ADDRESS'] as const;
export type PersonalDataField = (typeof PersonalDataFields)[number];

const STAR = '*';

/** `220302199001011234` → `220302********1234` (first 6, last 4). */
export function maskIdNumber(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return value ?? null;
  if (value.length <= 10) return STAR.repeat(value.length);
  return value.slice(0, 6) + STAR.repeat(value.length - 10) + value.slice(-4);
}

/** `13812345678` → `138****5678`. */
export function maskPhone(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return value ?? null;
  if (value.length <= 7) return STAR.repeat(value.length);
  return value.slice(0, 3) + STAR.repeat(value.length - 7) + value.slice(-4);
}

/** `张三` → `张*`, `欧阳娜娜` → `欧***`: the first character, one star per other character. */
export function maskName(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return value ?? null;
  const chars = Array.from(value.trim());
  if (chars.length <= 1) return STAR;
  return chars[0] + STAR.repeat(chars.length - 1);
}

/** Administrative units an address may keep; a suffix only counts when it ends a unit (not 市场, 小区, 社区 …). */
const ADMIN_UNIT = /(省|自治区|自治州|市(?!场)|(?<![小社园景校厂])区|县|旗|镇|乡|街道)/g;

/**
 * An address keeps its administrative part (up to the last province/city/district/county/township unit in its first 16
 * characters) and hides the rest: `四平市铁西区英雄街道北二路17号` → `四平市铁西区英雄街道****`; an address that does not start
 * with such units is hidden whole (`杨隆社区市场街12号` → `****`).
 */
export function maskAddress(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return value ?? null;
  const head = Array.from(value).slice(0, 16).join('');
  let cut = 0;
  ADMIN_UNIT.lastIndex = 0;
  for (let m = ADMIN_UNIT.exec(head); m; m = ADMIN_UNIT.exec(head)) cut = m.index + m[0].length;
  return head.slice(0, cut) + '****';
}

const ID_IN_TEXT = /(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
const MOBILE_IN_TEXT = /(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

/**
 * Free text (a description, a note) with the ID numbers and mobile numbers written in it masked, and the given names
 * of the people in the record (a citizen often writes their own name into the text) masked like a name field — or,
 * with `withhold`, replaced by `**` (a whistle-blower's name must not even leave its surname).
 */
export function maskFreeText(value: string, names?: readonly (string | null | undefined)[], withhold?: boolean): string;
export function maskFreeText(value: string | null | undefined, names?: readonly (string | null | undefined)[], withhold?: boolean): string | null;
export function maskFreeText(value: string | null | undefined, names: readonly (string | null | undefined)[] = [], withhold = false): string | null {
  if (value === null || value === undefined) return null;
  let out = value.replace(ID_IN_TEXT, '$1********$2').replace(MOBILE_IN_TEXT, '$1****$2');
  const known = [...new Set(names.filter((n): n is string => typeof n === 'string' && Array.from(n.trim()).length >= 2).map((n) => n.trim()))];
  // Longest first, so that 欧阳娜娜 is masked before 欧阳 could be.
  for (const name of known.sort((a, b) => b.length - a.length)) out = out.split(name).join(withhold ? '**' : (maskName(name) as string));
  return out;
}

export interface PersonalData {
  name?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  address?: string | null;
}

/** The masked view of a record's personal data (what every viewer sees by default). */
export function maskPersonalData<T extends PersonalData>(p: T): T {
  return {
    ...p,
    ...('name' in p ? { name: maskName(p.name) } : {}),
    ...('idNumber' in p ? { idNumber: maskIdNumber(p.idNumber) } : {}),
    ...('phone' in p ? { phone: maskPhone(p.phone) } : {}),
    ...('address' in p ? { address: maskAddress(p.address) } : {}),
  };
}

const KEY_OF: Record<PersonalDataField, keyof PersonalData> = { NAME: 'name', ID_NUMBER: 'idNumber', PHONE: 'phone', ADDRESS: 'address' };

/** Roles that may ever hold `pii:read`: handling staff. Citizens see their own data through their own account. */
const REVEALING_ROLES = new Set(['CENTER_STAFF', 'GRID_WORKER', 'DEPARTMENT_STAFF', 'AGENCY_STAFF']);

export interface RevealRequest {
  fields: PersonalDataField[];
  purpose: string;
}

/**
 * Check a reveal request before anything is read: the viewer holds `pii:read` in a handling role (else FORBIDDEN),
 * `fields` is a non-empty set of known fields and `purpose` a real sentence (else BAD_USER_INPUT naming the field).
 */
export function checkRevealRequest(viewer: Viewer, fields: unknown, purpose: unknown): RevealRequest {
  if (!viewer.scopes.includes(PII_READ) || !REVEALING_ROLES.has(viewer.role)) throw notAllowed(`revealing personal data needs the ${PII_READ} permission`);
  if (!Array.isArray(fields) || fields.length === 0) throw badUserInput('fields', 'name at least one field to reveal');
  const unique = [...new Set(fields as string[])];
  for (const f of unique) if (!(PersonalDataFields as readonly string[]).includes(f)) throw badUserInput('fields', `unknown field ${String(f).slice(0, 40)}`);
  if (typeof purpose !== 'string') throw badUserInput('purpose', 'is required');
  const p = purpose.trim();
  if (Array.from(p).length < 4) throw badUserInput('purpose', 'state why the data is needed (at least 4 characters)');
  if (Array.from(p).length > 500) throw badUserInput('purpose', 'must be at most 500 characters');
  return { fields: PersonalDataFields.filter((f) => unique.includes(f)), purpose: p };
}

/** The clear values of the requested fields; the other fields are null. */
export function revealedValues(data: PersonalData, fields: readonly PersonalDataField[]): Required<PersonalData> {
  const out: Required<PersonalData> = { name: null, idNumber: null, phone: null, address: null };
  for (const f of fields) out[KEY_OF[f]] = data[KEY_OF[f]] ?? null;
  return out;
}

/**
 * A partner agency's whistle-blower rule: a confidential record's identity (name, ID number, phone, address) is for
 * that agency's own staff only; every other viewer — center staff, administrators, the hub's services — gets null.
 */
export function seesPartnerIdentity(viewer: Viewer, agency: Agency, confidential: boolean): boolean {
  return !confidential || (viewer.role === 'AGENCY_STAFF' && viewer.agency === agency);
}

/** One audit record of a reveal. */
export interface RevealRecord {
  id: string;
  at: string;
  viewer: string;
  viewerRole: string;
  viewerUnit: string | null;
  subjectType: string;
  subjectId: string;
  regionCode: string;
  fields: PersonalDataField[];
  purpose: string;
  requestId: string | null;
}

/** The audit table, created by each subgraph's migration (`createRevealAuditTable(knex)`). */
export async function createRevealAuditTable(knex: Knex): Promise<void> {
  await knex.schema.createTable('pii_reveals', (t) => {
    t.string('id', 64).primary();
    t.timestamp('at', { useTz: true }).notNullable();
    t.string('viewer_sub', 128).notNullable();
    t.string('viewer_role', 32).notNullable();
    t.string('viewer_unit', 128);
    t.string('subject_type', 64).notNullable();
    t.string('subject_id', 64).notNullable();
    t.string('region_code', 12).notNullable();
    t.text('fields').notNullable();
    t.text('purpose').notNullable();
    t.string('request_id', 128);
    t.index(['at', 'id']);
    t.index(['subject_type', 'subject_id']);
    t.index(['viewer_sub']);
  });
}

export function viewerUnit(viewer: Viewer): string | null {
  return viewer.departmentId ?? viewer.centerId ?? viewer.agency ?? null;
}

/**
 * Write the audit record of a reveal. Call it inside the transaction that read the clear values, so that a reveal
 * without its record cannot happen.
 */
export async function recordReveal(
  trx: Knex | Knex.Transaction,
  viewer: Viewer,
  subject: { type: string; id: string; regionCode: string },
  request: RevealRequest,
  requestId: string | null,
  at: Date = new Date(),
): Promise<RevealRecord> {
  const record: RevealRecord = {
    id: randomUUID(),
    at: at.toISOString(),
    viewer: viewer.sub,
    viewerRole: viewer.role,
    viewerUnit: viewerUnit(viewer),
    subjectType: subject.type,
    subjectId: subject.id,
    regionCode: subject.regionCode,
    fields: request.fields,
    purpose: request.purpose,
    requestId,
  };
  await trx('pii_reveals').insert({
    id: record.id,
    at: record.at,
    viewer_sub: record.viewer,
    viewer_role: record.viewerRole,
    viewer_unit: record.viewerUnit,
    subject_type: record.subjectType,
    subject_id: record.subjectId,
    region_code: record.regionCode,
    fields: JSON.stringify(record.fields),
    purpose: record.purpose,
    request_id: record.requestId,
  });
  return record;
}

/** A record whose personal data a reveal returns: its audit subject and its clear values. */
export interface RevealSubject {
  type: string;
  id: string;
  regionCode: string;
  data: PersonalData;
}

/** What a reveal answers: the clear values of the fields asked for (others null) and the audit record it wrote. */
export type Revealed = Required<PersonalData> & { audit: RevealRecord };

/**
 * The one way every subgraph reveals: in ONE transaction, `read` loads the record through the viewer's scope (null
 * when it is outside it, or when its identity is withheld from the viewer → NOT_FOUND naming `what`, nothing
 * written), then the audit record is written, then the clear values are returned. The request was checked first.
 */
export function revealInTransaction(
  db: Knex,
  viewer: Viewer,
  request: RevealRequest,
  requestId: string | null,
  what: string,
  read: (trx: Knex.Transaction) => Promise<RevealSubject | null | undefined>,
): Promise<Revealed> {
  return db.transaction(async (trx) => {
    const subject = await read(trx);
    if (!subject) throw notFound(what);
    const audit = await recordReveal(trx, viewer, { type: subject.type, id: subject.id, regionCode: subject.regionCode }, request, requestId);
    return { ...revealedValues(subject.data, request.fields), audit };
  });
}

const toReveal = (r: Record<string, any>): RevealRecord => ({
  id: r.id,
  at: toIsoRequired(r.at),
  viewer: r.viewer_sub,
  viewerRole: r.viewer_role,
  viewerUnit: r.viewer_unit ?? null,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  regionCode: r.region_code,
  fields: toJson<PersonalDataField[]>(r.fields, []),
  purpose: r.purpose,
  requestId: r.request_id ?? null,
});

export interface RevealFilter {
  subjectId?: string | null;
  viewer?: string | null;
  from?: string | null;
  to?: string | null;
}

/**
 * The audit trail, for AUDITOR only, inside the auditor's jurisdiction prefixes; newest first, keyset-paginated.
 * Any other role is FORBIDDEN (the trail itself names whose data was looked at).
 */
export class RevealAuditRepository {
  constructor(private readonly db: Knex, private readonly viewer: Viewer, private readonly maxPageSize: number) {}

  async list(filter: RevealFilter = {}, args: PageArgs = {}): Promise<Page<RevealRecord>> {
    if (this.viewer.role !== 'AUDITOR') throw notAllowed('the personal-data audit trail is for auditors');
    const size = pageSize(args.first, this.maxPageSize);
    const after = decodeCursor(args.after, 2);
    const q = this.db('pii_reveals').select('*');
    const prefixes = this.viewer.jurisdictions;
    if (!prefixes.length) q.whereRaw('1 = 0');
    else q.where((w) => { for (const p of prefixes) w.orWhere('region_code', 'like', `${p.replace(/[^0-9]/g, '')}%`); });
    if (filter.subjectId) q.where('subject_id', filter.subjectId);
    if (filter.viewer) q.where('viewer_sub', filter.viewer);
    if (filter.from) q.where('at', '>=', instant(filter.from, 'filter.from'));
    if (filter.to) q.where('at', '<', instant(filter.to, 'filter.to'));
    if (after) {
      const [at, id] = [new Date(String(after[0])).toISOString(), String(after[1])];
      q.where((w) => w.where('at', '<', at).orWhere((w2) => w2.where('at', '=', at).andWhere('id', '<', id)));
    }
    const rows = (await q.orderBy([{ column: 'at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(size + 1)).map(toReveal);
    return toPage(rows, size, (r) => [r.at, r.id]);
  }
}

function instant(value: string, field: string): string {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw badUserInput(field, 'must be an ISO 8601 date-time');
  return new Date(t).toISOString();
}
