import type { Knex } from 'knex';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import type { PetitionRepresentativeRecord } from '../domain/types';
import { toRepresentative } from './rows';

/** Representatives (代表) of group visits, scoped like their petitions by region code. */
export class PetitionRepresentativeRepository {
  private readonly scope: RegionScope;

  constructor(
    private readonly db: Knex,
    viewer: Viewer,
  ) {
    this.scope = regionScope(viewer, 'PETITION');
  }

  /** The representatives of these petitions (one statement), in their order. */
  async byPetitionIds(petitionIds: readonly string[]): Promise<PetitionRepresentativeRecord[]> {
    const rows = await whereInScope(this.db('petition_representatives'), 'region_code', this.scope)
      .select('*')
      .whereIn('petition_id', [...petitionIds])
      .orderBy([{ column: 'petition_id', order: 'asc' }, { column: 'position', order: 'asc' }]);
    return rows.map(toRepresentative);
  }
}
