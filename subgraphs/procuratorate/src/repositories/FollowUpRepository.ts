import type { Knex } from 'knex';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import type { ProcuratorateFollowUp } from '../model';
import { FOLLOW_UP_COLUMNS, parseFollowUp } from './rows';

/** Monthly follow-ups of 12309 matters, scoped to the viewer like their matters (by region code). */
export class FollowUpRepository {
  private readonly scope: RegionScope;

  constructor(
    private readonly db: Knex,
    viewer: Viewer,
  ) {
    this.scope = regionScope(viewer, 'PROCURATORATE');
  }

  /** The follow-ups of these matters, in sequence order (one statement). */
  async findByMatterIds(matterIds: readonly string[]): Promise<ProcuratorateFollowUp[]> {
    const rows = await whereInScope(this.db('procuratorate_follow_ups').select(FOLLOW_UP_COLUMNS), 'region_code', this.scope)
      .whereIn('matter_id', matterIds as string[])
      .orderBy([{ column: 'matter_id' }, { column: 'sequence' }]);
    return rows.map(parseFollowUp);
  }
}
