import type { Knex } from 'knex';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../../kit/pagination';
import { toIsoRequired } from '../../../kit/rows';
import type { Viewer } from '../../../kit/viewer';
import { toAppeal, type AppealRecord } from './rows';

type Row = Record<string, any>;
export interface FeedbackRecord { id: string; appealId: string; dispatchId: string | null; rating: string; comment: string; via: string; recordedBy: string; at: string }
export const toFeedback = (r: Row): FeedbackRecord => ({
  id: r.id, appealId: r.appeal_id, dispatchId: r.dispatch_id ?? null, rating: r.rating, comment: r.comment, via: r.via, recordedBy: r.recorded_by, at: toIsoRequired(r.at),
});

/** Feedback rows and the follow-up calls due (staff, in their jurisdiction). */
export class FeedbackRepository {
  constructor(private readonly db: Knex, private readonly viewer: Viewer, private readonly maxPageSize: number) {}

  /** Feedback of appeals the viewer already may see, oldest first. */
  async ofAppeals(ids: readonly string[]): Promise<FeedbackRecord[]> {
    return (await this.db('feedback').whereIn('appeal_id', ids as string[]).orderBy([{ column: 'at' }, { column: 'id' }])).map(toFeedback);
  }

  /**
   * Replied appeals whose follow-up is due: the lead work order's deadline has expired (or it was replied and the
   * deadline passed since), and no feedback came after the reply. Oldest deadline first.
   */
  async followUpsDue(now: string, jurisdiction: string | null | undefined, args: PageArgs): Promise<Page<AppealRecord & { followUpDueAt: string }>> {
    const v = this.viewer;
    const size = pageSize(args.first, this.maxPageSize);
    const after = decodeCursor(args.after, 2);
    const lead = this.db('dispatches as d').select('d.appeal_id').max({ due: 'd.due_at' }).max({ replied: 'd.replied_at' })
      .where('d.role', 'LEAD').whereNot('d.status', 'RETURNED').groupBy('d.appeal_id').as('l');
    const q = this.db('appeals as a').join(lead, 'l.appeal_id', 'a.id').select('a.*', 'l.due as follow_up_due_at')
      .where('a.status', 'REPLIED').where('l.due', '<=', now)
      .whereNotExists(this.db('feedback as f').select(this.db.raw('1')).whereRaw('f.appeal_id = a.id').andWhereRaw('f.at >= l.replied'));
    if (v.role !== 'ADMIN') {
      if (v.role !== 'CENTER_STAFF' || !v.jurisdictions.length) q.whereRaw('1 = 0');
      else q.where((w) => { for (const p of v.jurisdictions) w.orWhere('a.region_code', 'like', `${p}%`); });
    }
    if (jurisdiction) q.where('a.region_code', 'like', `${jurisdiction}%`);
    if (after) {
      const at = new Date(String(after[0])).toISOString();
      q.where((w) => w.where('l.due', '>', at).orWhere((w2) => w2.where('l.due', '=', at).andWhere('a.id', '>', String(after[1]))));
    }
    const rows = (await q.orderBy([{ column: 'l.due', order: 'asc' }, { column: 'a.id', order: 'asc' }]).limit(size + 1))
      .map((r: Row) => ({ ...toAppeal(r), followUpDueAt: toIsoRequired(r.follow_up_due_at) }));
    return toPage(rows, size, (r) => [r.followUpDueAt, r.id]);
  }
}
