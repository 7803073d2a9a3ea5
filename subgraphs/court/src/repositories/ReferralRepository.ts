import type { Knex } from 'knex';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../../kit/pagination';
import { toBool, toDate, toIsoRequired } from '../../../kit/rows';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { parseReferralFilter, type ReferralFilterInput } from '../filters';
import type { CourtReferral, CourtReferralKind, CourtReferralStatus } from '../model';
import { whereAfterDesc, whereRegionPrefix } from './keyset';

export const REFERRAL_COLUMNS = [
  'id', 'dispatch_id', 'appeal_id', 'kind', 'status', 'title', 'category', 'applicant_name', 'anonymous', 'confidential',
  'court_name', 'court_code', 'region_code', 'grid_code', 'received_at', 'updated_at', 'mediation_deadline',
  'mediation_note', 'closing_note',
];

type Row = Record<string, unknown>;

export function toReferral(r: Row): CourtReferral {
  return {
    id: String(r.id),
    dispatchId: String(r.dispatch_id),
    appealId: String(r.appeal_id),
    kind: r.kind as CourtReferralKind,
    status: r.status as CourtReferralStatus,
    title: String(r.title),
    category: String(r.category),
    applicantName: toBool(r.anonymous) ? null : ((r.applicant_name as string | null) ?? null),
    confidential: toBool(r.confidential),
    courtName: String(r.court_name),
    courtCode: String(r.court_code),
    regionCode: String(r.region_code),
    gridCode: String(r.grid_code),
    receivedAt: toIsoRequired(r.received_at),
    updatedAt: toIsoRequired(r.updated_at),
    mediationDeadline: toDate(r.mediation_deadline),
    mediationNote: (r.mediation_note as string | null) ?? null,
    closingNote: (r.closing_note as string | null) ?? null,
  };
}

/** Referrals from the hub, scoped to the viewer's jurisdiction (COURT agency staff, center staff, admins). */
export class ReferralRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, viewer: Viewer, private readonly maxPageSize: number) {
    this.scope = regionScope(viewer, 'COURT');
  }

  private scoped(): Knex.QueryBuilder {
    return whereInScope(this.db('court_referrals').select(REFERRAL_COLUMNS), 'region_code', this.scope);
  }

  /** A page of referrals, most recently received first. */
  async list(args: PageArgs & { filter?: ReferralFilterInput | null }): Promise<Page<CourtReferral>> {
    const size = pageSize(args.first, this.maxPageSize);
    const after = decodeCursor(args.after, 2);
    const filter = parseReferralFilter(args.filter);
    const q = whereRegionPrefix(this.scoped(), filter.jurisdiction).orderBy([{ column: 'received_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(size + 1);
    if (filter.status) q.where('status', filter.status);
    if (after) whereAfterDesc(q, 'received_at', 'id', after);
    const rows: Row[] = await q;
    return toPage(rows.map(toReferral), size, (r) => [r.receivedAt, r.id]);
  }

  async byIds(ids: readonly string[]): Promise<CourtReferral[]> {
    const rows: Row[] = await this.scoped().whereIn('id', ids);
    return rows.map(toReferral);
  }

  /** Every referral of the given appeals, oldest first (so the last one per appeal is the latest). */
  async byAppealIds(appealIds: readonly string[]): Promise<CourtReferral[]> {
    const rows: Row[] = await this.scoped().whereIn('appeal_id', appealIds).orderBy([{ column: 'received_at' }, { column: 'id' }]);
    return rows.map(toReferral);
  }
}
