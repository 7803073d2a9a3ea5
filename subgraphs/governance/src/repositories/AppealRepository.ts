import type { Knex } from 'knex';
import { badUserInput } from '../../../kit/errors';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../../kit/pagination';
import type { Viewer } from '../../../kit/viewer';
import { OPEN_STATUSES } from '../domain/lifecycle';
import type { CleanParty } from '../domain/validation';
import { toAppeal, toDispatch, toParty, toTimeline, type AppealRecord, type DispatchRecord, type PartyRecord, type TimelineRecord } from './rows';

export interface AppealFilter {
  jurisdiction?: string | null;
  status?: string | null;
  category?: string | null;
  channel?: string | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
}

export type AppealPage = Page<AppealRecord> & { totalCount: () => Promise<number> };

/** A region-code prefix given by a client: digits only, 2 to 12 of them. */
export function checkJurisdiction(value: string, field: string): string {
  if (!/^\d{2,12}$/.test(value)) throw badUserInput(field, 'must be a region-code prefix of 2 to 12 digits');
  return value;
}

function checkInstant(value: string, field: string): string {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw badUserInput(field, 'must be an ISO 8601 date-time');
  return new Date(t).toISOString();
}

/**
 * Appeals and their parties, dispatches and timeline. Every statement on `appeals` is scoped to the viewer:
 * staff and grid workers by jurisdiction prefix, department staff by what was dispatched to their department,
 * agency staff by what was referred to their agency (inside their jurisdiction), citizens by ownership.
 * Child rows are only read for appeal ids the viewer has already been allowed to see.
 */
export class AppealRepository {
  constructor(private readonly db: Knex, private readonly viewer: Viewer, private readonly maxPageSize: number) {}

  /** The viewer's scope as a condition on `appeals` (aliased `a`). */
  private scoped(qb: Knex.QueryBuilder): Knex.QueryBuilder {
    const v = this.viewer;
    const prefixes = (q: Knex.QueryBuilder) =>
      q.where((w) => {
        for (const p of v.jurisdictions) w.orWhere('a.region_code', 'like', `${p}%`);
      });
    const dispatchedTo = (targetType: string, targetId: string) => (q: Knex.QueryBuilder) =>
      q.whereExists(this.db('dispatches as d').select(this.db.raw('1')).whereRaw('d.appeal_id = a.id').andWhere({ 'd.target_type': targetType, 'd.target_id': targetId }));
    switch (v.role) {
      case 'ADMIN':
      case 'SERVICE':
        return qb;
      case 'CENTER_STAFF':
      case 'GRID_WORKER':
        return v.jurisdictions.length ? prefixes(qb) : qb.whereRaw('1 = 0');
      case 'DEPARTMENT_STAFF':
        return v.departmentId ? dispatchedTo('DEPARTMENT', v.departmentId)(qb) : qb.whereRaw('1 = 0');
      case 'AGENCY_STAFF':
        return v.agency && v.jurisdictions.length ? prefixes(dispatchedTo('PARTNER', v.agency)(qb)) : qb.whereRaw('1 = 0');
      case 'CITIZEN':
        return qb.where('a.citizen_sub', v.sub);
      default:
        return qb.whereRaw('1 = 0');
    }
  }

  private base(): Knex.QueryBuilder {
    return this.scoped(this.db('appeals as a').select('a.*'));
  }

  async byIds(ids: readonly string[]): Promise<AppealRecord[]> {
    return (await this.base().whereIn('a.id', ids as string[])).map(toAppeal);
  }

  async list(filter: AppealFilter = {}, args: PageArgs = {}): Promise<AppealPage> {
    const size = pageSize(args.first, this.maxPageSize);
    const after = decodeCursor(args.after, 2);
    const filtered = () => {
      const q = this.base();
      if (filter.jurisdiction) q.where('a.region_code', 'like', `${checkJurisdiction(filter.jurisdiction, 'filter.jurisdiction')}%`);
      if (filter.status) q.where('a.status', filter.status);
      if (filter.channel) q.where('a.channel', filter.channel);
      if (filter.category) {
        const c = filter.category;
        if (!/^[A-Z_]+(\.[A-Z_]+)?$/.test(c)) throw badUserInput('filter.category', 'is not a category code');
        q.where((w) => w.where('a.category', c).orWhere('a.category', 'like', `${c}.%`));
      }
      if (filter.receivedFrom) q.where('a.received_at', '>=', checkInstant(filter.receivedFrom, 'filter.receivedFrom'));
      if (filter.receivedTo) q.where('a.received_at', '<', checkInstant(filter.receivedTo, 'filter.receivedTo'));
      return q;
    };
    const q = filtered();
    if (after) {
      const [at, id] = [new Date(String(after[0])).toISOString(), String(after[1])];
      q.where((w) => w.where('a.received_at', '<', at).orWhere((w2) => w2.where('a.received_at', '=', at).andWhere('a.id', '<', id)));
    }
    const rows: AppealRecord[] = (await q.orderBy([{ column: "a.received_at", order: "desc" }, { column: "a.id", order: "desc" }]).limit(size + 1)).map(toAppeal);
    const page = toPage(rows, size, (r) => [r.receivedAt, r.id]);
    return {
      ...page,
      totalCount: async () => {
        const [row] = await filtered().clearSelect().clearOrder().count({ n: '*' });
        return Number((row as { n: number | string }).n);
      },
    };
  }

  /**
   * The same person's open appeal of the same category (by ID number or phone), oldest first — among the appeals the
   * viewer may see. A submitter who could not see it gets no link (nor learns that it exists); staff who can see both
   * find the new appeal among the possible duplicates.
   */
  async openAppealOfPerson(person: CleanParty, category: string): Promise<AppealRecord | null> {
    if (!person.idNumber && !person.phone) return null;
    const row = await this.base()
      .join('parties as p', 'p.appeal_id', 'a.id')
      .where('p.role', 'APPLICANT')
      .andWhere((w) => {
        if (person.idNumber) w.orWhere('p.id_number', person.idNumber);
        if (person.phone) w.orWhere('p.phone', person.phone);
      })
      .andWhere('a.category', category)
      .whereIn('a.status', OPEN_STATUSES)
      .orderBy('a.received_at', 'asc')
      .first();
    return row ? toAppeal(row) : null;
  }

  /** Open appeals of the same category in the same grid that the viewer may see: offered as possible duplicates. */
  async possibleDuplicates(gridCode: string, category: string, limit = 10): Promise<AppealRecord[]> {
    const rows = await this.base().where({ 'a.grid_code': gridCode, 'a.category': category }).whereIn('a.status', OPEN_STATUSES).orderBy('a.received_at', 'desc').limit(limit);
    return rows.map(toAppeal);
  }

  async partiesOf(appealIds: readonly string[]): Promise<PartyRecord[]> {
    return (await this.db('parties').whereIn('appeal_id', appealIds as string[]).orderBy(['appeal_id', 'seq'])).map(toParty);
  }

  async dispatchesOf(appealIds: readonly string[]): Promise<DispatchRecord[]> {
    return (await this.db('dispatches').whereIn('appeal_id', appealIds as string[]).orderBy(['appeal_id', 'dispatched_at', 'id'])).map(toDispatch);
  }

  /** Work orders by id, for rows the viewer already may see (a supervision's work order). */
  async dispatchesByIds(ids: readonly string[]): Promise<DispatchRecord[]> {
    return (await this.db('dispatches').whereIn('id', ids as string[])).map(toDispatch);
  }

  async timelineOf(appealIds: readonly string[]): Promise<TimelineRecord[]> {
    return (await this.db('timeline_events').whereIn('appeal_id', appealIds as string[]).orderBy(['appeal_id', 'at', 'id'])).map(toTimeline);
  }
}
