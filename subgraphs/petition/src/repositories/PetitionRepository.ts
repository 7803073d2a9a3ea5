import type { Knex } from 'knex';
import { badUserInput } from '../../../kit/errors';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../../kit/pagination';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { isCalendarDate } from '../domain/deadlines';
import type { PetitionFilter } from '../domain/filter';
import type { PetitionRecord } from '../domain/types';
import { toPetition } from './rows';

/** Petitions (信访事项), scoped to the viewer's jurisdiction: a petition outside it is simply not found. */
export class PetitionRepository {
  private readonly scope: RegionScope;

  constructor(
    private readonly db: Knex,
    viewer: Viewer,
    private readonly maxPageSize: number,
  ) {
    this.scope = regionScope(viewer, 'PETITION');
  }

  private scoped(): Knex.QueryBuilder {
    return whereInScope(this.db('petitions'), 'region_code', this.scope);
  }

  /** Newest registration first, keyset-paginated on (registered_on desc, id desc). */
  async list(filter: PetitionFilter, args: PageArgs): Promise<Page<PetitionRecord>> {
    const size = pageSize(args.first, this.maxPageSize);
    const after = decodeCursor(args.after, 2);
    const q = this.scoped().select('*');
    if (filter.jurisdiction) q.where('region_code', 'like', `${filter.jurisdiction}%`);
    if (filter.status) q.where('status', filter.status);
    if (filter.form) q.where('form', filter.form);
    if (filter.registeredFrom) q.where('registered_on', '>=', filter.registeredFrom);
    if (filter.registeredTo) q.where('registered_on', '<=', filter.registeredTo);
    if (after) {
      const [on, id] = after;
      if (typeof on !== 'string' || !isCalendarDate(on) || typeof id !== 'string') throw badUserInput('after', 'is not a valid cursor');
      q.where((w) => w.where('registered_on', '<', on).orWhere((w2) => w2.where('registered_on', on).andWhere('id', '<', id)));
    }
    const rows = await q.orderBy([{ column: 'registered_on', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(size + 1);
    return toPage(rows.map(toPetition), size, (p) => [p.registeredOn, p.id]);
  }

  /** The petitions with these ids that the viewer may see (one statement). */
  async byIds(ids: readonly string[]): Promise<PetitionRecord[]> {
    const rows = await this.scoped().select('*').whereIn('id', [...ids]);
    return rows.map(toPetition);
  }

  /** The petitions made of these appeals that the viewer may see (one statement), latest received first. */
  async byAppealIds(appealIds: readonly string[]): Promise<PetitionRecord[]> {
    const rows = await this.scoped()
      .select('*')
      .whereIn('appeal_id', [...appealIds])
      .orderBy([{ column: 'received_on', order: 'desc' }, { column: 'id', order: 'desc' }]);
    return rows.map(toPetition);
  }
}
