import type { Knex } from 'knex';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../../kit/pagination';
import { toDate } from '../../../kit/rows';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { parseCaseFilter, type CaseFilterInput } from '../filters';
import type { CourtCase, CourtCaseStatus, CourtCaseType } from '../model';
import { whereAfterDesc, whereRegionPrefix } from './keyset';

export const CASE_COLUMNS = [
  'id', 'case_number', 'court_name', 'court_code', 'type', 'cause_of_action', 'status', 'filed_on', 'judged_on', 'closed_on',
  'judgment_note', 'referral_id', 'appeal_id', 'hearing_venue_id', 'region_code', 'grid_code',
];

type Row = Record<string, unknown>;

export function toCase(r: Row): CourtCase {
  return {
    id: String(r.id),
    caseNumber: String(r.case_number),
    courtName: String(r.court_name),
    courtCode: String(r.court_code),
    type: r.type as CourtCaseType,
    causeOfAction: String(r.cause_of_action),
    status: r.status as CourtCaseStatus,
    filedOn: toDate(r.filed_on) as string,
    judgedOn: toDate(r.judged_on),
    closedOn: toDate(r.closed_on),
    judgmentNote: (r.judgment_note as string | null) ?? null,
    referralId: (r.referral_id as string | null) ?? null,
    appealId: (r.appeal_id as string | null) ?? null,
    hearingVenueId: (r.hearing_venue_id as string | null) ?? null,
    regionCode: String(r.region_code),
    gridCode: String(r.grid_code),
  };
}

const OLDEST_FIRST = [{ column: 'filed_on' }, { column: 'id' }];

/** Court cases, scoped to the viewer's jurisdiction by the region of the matter. */
export class CaseRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, viewer: Viewer, private readonly maxPageSize: number) {
    this.scope = regionScope(viewer, 'COURT');
  }

  private scoped(): Knex.QueryBuilder {
    return whereInScope(this.db('court_cases').select(CASE_COLUMNS), 'region_code', this.scope);
  }

  /** A page of cases, newest filing first. */
  async list(args: PageArgs & { filter?: CaseFilterInput | null }): Promise<Page<CourtCase>> {
    const size = pageSize(args.first, this.maxPageSize);
    const after = decodeCursor(args.after, 2);
    const filter = parseCaseFilter(args.filter);
    const q = whereRegionPrefix(this.scoped(), filter.jurisdiction).orderBy([{ column: 'filed_on', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(size + 1);
    if (filter.status) q.where('status', filter.status);
    if (filter.type) q.where('type', filter.type);
    if (filter.filedFrom) q.where('filed_on', '>=', filter.filedFrom);
    if (filter.filedTo) q.where('filed_on', '<=', filter.filedTo);
    if (after) whereAfterDesc(q, 'filed_on', 'id', after);
    const rows: Row[] = await q;
    return toPage(rows.map(toCase), size, (c) => [c.filedOn, c.id]);
  }

  async byIds(ids: readonly string[]): Promise<CourtCase[]> {
    const rows: Row[] = await this.scoped().whereIn('id', ids);
    return rows.map(toCase);
  }

  async byAppealIds(appealIds: readonly string[]): Promise<CourtCase[]> {
    const rows: Row[] = await this.scoped().whereIn('appeal_id', appealIds).orderBy(OLDEST_FIRST);
    return rows.map(toCase);
  }

  async byReferralIds(referralIds: readonly string[]): Promise<CourtCase[]> {
    const rows: Row[] = await this.scoped().whereIn('referral_id', referralIds).orderBy(OLDEST_FIRST);
    return rows.map(toCase);
  }
}
