import type { Knex } from 'knex';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../../kit/pagination';
import type { Viewer } from '../../../kit/viewer';
import { toIso, toIsoRequired } from '../../../kit/rows';

type Row = Record<string, any>;
export interface SupervisionRecord {
  id: string; appealId: string; dispatchId: string; kind: string; trigger: string; targetType: string; targetId: string;
  note: string; dueAt: string; status: string; reply: string | null; repliedAt: string | null; repliedBy: string | null;
  createdBy: string; createdAt: string;
}
export const toSupervision = (r: Row): SupervisionRecord => ({
  id: r.id, appealId: r.appeal_id, dispatchId: r.dispatch_id, kind: r.kind, trigger: r.trigger, targetType: r.target_type, targetId: r.target_id,
  note: r.note, dueAt: toIsoRequired(r.due_at), status: r.status, reply: r.reply ?? null, repliedAt: toIso(r.replied_at), repliedBy: r.replied_by ?? null,
  createdBy: r.created_by, createdAt: toIsoRequired(r.created_at),
});

/** Whether the viewer is the supervised unit of a supervision (or of a work order). */
export function isSupervisedUnit(viewer: Viewer, targetType: string, targetId: string): boolean {
  return (viewer.role === 'DEPARTMENT_STAFF' && targetType === 'DEPARTMENT' && targetId === viewer.departmentId) ||
    (viewer.role === 'CENTER_STAFF' && targetType === 'CENTER' && targetId === viewer.centerId) ||
    (viewer.role === 'AGENCY_STAFF' && targetType === 'PARTNER' && targetId === viewer.agency);
}

/** Supervisions the viewer may read: center staff in their jurisdiction, the supervised unit its own, ADMIN all. */
export class SupervisionRepository {
  constructor(private readonly db: Knex, private readonly viewer: Viewer, private readonly maxPageSize: number) {}

  private scoped(q: Knex.QueryBuilder): Knex.QueryBuilder {
    const v = this.viewer;
    if (v.role === 'ADMIN') return q;
    if (v.role === 'CENTER_STAFF') {
      return q.where((w) => {
        w.whereExists(this.db('appeals as a').select(this.db.raw('1')).whereRaw('a.id = s.appeal_id').andWhere((x) => {
          for (const p of v.jurisdictions) x.orWhere('a.region_code', 'like', `${p}%`);
          if (!v.jurisdictions.length) x.whereRaw('1 = 0');
        }));
        if (v.centerId) w.orWhere({ 's.target_type': 'CENTER', 's.target_id': v.centerId });
      });
    }
    if (v.role === 'DEPARTMENT_STAFF' && v.departmentId) return q.where({ 's.target_type': 'DEPARTMENT', 's.target_id': v.departmentId });
    if (v.role === 'AGENCY_STAFF' && v.agency) return q.where({ 's.target_type': 'PARTNER', 's.target_id': v.agency });
    return q.whereRaw('1 = 0');
  }

  async list(status: string | null | undefined, args: PageArgs): Promise<Page<SupervisionRecord>> {
    const size = pageSize(args.first, this.maxPageSize);
    const after = decodeCursor(args.after, 2);
    const q = this.scoped(this.db('supervisions as s').select('s.*'));
    if (status) q.where('s.status', status);
    if (after) {
      const at = new Date(String(after[0])).toISOString();
      q.where((w) => w.where('s.created_at', '<', at).orWhere((w2) => w2.where('s.created_at', '=', at).andWhere('s.id', '<', String(after[1]))));
    }
    const rows = (await q.orderBy([{ column: 's.created_at', order: 'desc' }, { column: 's.id', order: 'desc' }]).limit(size + 1)).map(toSupervision);
    return toPage(rows, size, (r) => [r.createdAt, r.id]);
  }

  /** Supervisions of appeals the viewer already may see (for Appeal.supervisions), oldest first. */
  async ofAppeals(ids: readonly string[]): Promise<SupervisionRecord[]> {
    return (await this.db('supervisions').whereIn('appeal_id', ids as string[]).orderBy([{ column: 'created_at' }, { column: 'id' }])).map(toSupervision);
  }
}
