import type { Knex } from 'knex';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import type { PetitionStageRecord } from '../domain/types';
import { toStage } from './rows';

/** Review (复查) and re-review (复核) stages of petitions, scoped like their petitions by region code. */
export class PetitionStageRepository {
  private readonly scope: RegionScope;

  constructor(
    private readonly db: Knex,
    viewer: Viewer,
  ) {
    this.scope = regionScope(viewer, 'PETITION');
  }

  /** The stages of these petitions (one statement), review before re-review. */
  async byPetitionIds(petitionIds: readonly string[]): Promise<PetitionStageRecord[]> {
    const rows = await whereInScope(this.db('petition_stages'), 'region_code', this.scope)
      .select('*')
      .whereIn('petition_id', [...petitionIds])
      .orderBy([{ column: 'requested_on', order: 'asc' }, { column: 'id', order: 'asc' }]);
    return rows.map(toStage);
  }
}
