import type { Knex } from 'knex';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../../kit/pagination';
import type { Viewer } from '../../../kit/viewer';
import { toDispatch, type DispatchRecord } from './rows';

/** The work orders a department's or center's staff receive; nobody else has any. */
export class WorkOrderRepository {
  constructor(private readonly db: Knex, private readonly viewer: Viewer, private readonly maxPageSize: number) {}

  async list(status: string | null | undefined, args: PageArgs): Promise<Page<DispatchRecord>> {
    const size = pageSize(args.first, this.maxPageSize);
    const after = decodeCursor(args.after, 2);
    const v = this.viewer;
    const q = this.db('dispatches');
    if (v.role === 'DEPARTMENT_STAFF' && v.departmentId) q.where({ target_type: 'DEPARTMENT', target_id: v.departmentId });
    else if (v.role === 'CENTER_STAFF' && v.centerId) q.where({ target_type: 'CENTER', target_id: v.centerId });
    else q.whereRaw('1 = 0');
    if (status) q.where('status', status);
    if (after) {
      const at = new Date(String(after[0])).toISOString();
      q.where((w) => w.where('dispatched_at', '<', at).orWhere((w2) => w2.where('dispatched_at', '=', at).andWhere('id', '<', String(after[1]))));
    }
    const rows: DispatchRecord[] = (await q.orderBy([{ column: 'dispatched_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(size + 1)).map(toDispatch);
    return toPage(rows, size, (r) => [r.dispatchedAt, r.id]);
  }
}
