import type { Knex } from 'knex';
import { badUserInput } from '../../../kit/errors';
import { decodeCursor, pageSize, toPage, type Page } from '../../../kit/pagination';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { parseMatterFilter, type MatterFilterInput } from '../filters';
import type { ProcuratorateMatter } from '../model';
import { MATTER_COLUMNS, parseMatter } from './rows';

export interface RepositoryOptions {
  maxPageSize: number;
}

/**
 * 12309 matters, scoped to the viewer: every statement carries `regionScope(viewer, 'PROCURATORATE')`, so a
 * matter outside the viewer's jurisdiction is simply not found.
 */
export class MatterRepository {
  private readonly scope: RegionScope;

  constructor(
    private readonly db: Knex,
    viewer: Viewer,
    private readonly opts: RepositoryOptions,
  ) {
    this.scope = regionScope(viewer, 'PROCURATORATE');
  }

  private scoped(): Knex.QueryBuilder {
    return whereInScope(this.db('procuratorate_matters').select(MATTER_COLUMNS), 'region_code', this.scope);
  }

  /** The matters with these ids that the viewer may see (any order; one statement). */
  async findByIds(ids: readonly string[]): Promise<ProcuratorateMatter[]> {
    const rows = await this.scoped().whereIn('id', ids as string[]);
    return rows.map(parseMatter);
  }

  /** The matters of these appeals that the viewer may see, oldest first (one statement). */
  async findByAppealIds(appealIds: readonly string[]): Promise<ProcuratorateMatter[]> {
    const rows = await this.scoped().whereIn('appeal_id', appealIds as string[]).orderBy([{ column: 'received_at' }, { column: 'id' }]);
    return rows.map(parseMatter);
  }

  /** A page of matters, most recently received first (keyset on received_at desc, id desc). */
  async page(filterInput: MatterFilterInput | null | undefined, first?: number | null, after?: string | null): Promise<Page<ProcuratorateMatter>> {
    const size = pageSize(first, this.opts.maxPageSize);
    const filter = parseMatterFilter(filterInput);
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || Number.isNaN(Date.parse(cursor[0])) || typeof cursor[1] !== 'string')) {
      throw badUserInput('after', 'is not a valid cursor');
    }
    const q = this.scoped().orderBy([{ column: 'received_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(size + 1);
    if (filter.jurisdiction) q.where('region_code', 'like', `${filter.jurisdiction}%`);
    if (filter.kind) q.where('kind', filter.kind);
    if (filter.status) q.where('status', filter.status);
    if (filter.receivedFrom) q.where('received_on', '>=', filter.receivedFrom);
    if (filter.receivedTo) q.where('received_on', '<=', filter.receivedTo);
    if (cursor) {
      const [at, id] = cursor as [string, string];
      const iso = new Date(at).toISOString();
      q.where((w) => w.where('received_at', '<', iso).orWhere((w2) => w2.where('received_at', '=', iso).andWhere('id', '<', id)));
    }
    const rows = await q;
    return toPage(rows.map(parseMatter), size, (m) => [m.receivedAt, m.id]);
  }
}
