import type { Knex } from 'knex';
import { badUserInput } from '../../../kit/errors';
import { revealInTransaction, type Revealed, type RevealRequest } from '../../../kit/pii';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { maySeeIdentity, PETITIONER_SUBJECT } from '../pii/petitioner';
import { MATTER_COLUMNS, parseMatter } from './rows';

export type RevealedPetitioner = Revealed;

/**
 * Reveals of a petitioner's personal data. One transaction reads the matter in the viewer's scope and writes the
 * audit record: a matter outside the scope, or a confidential petitioner the viewer may not see, is NOT_FOUND and
 * nothing is written. The request was checked (`checkRevealRequest`) before this is called.
 */
export class PetitionerRevealRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, private readonly viewer: Viewer) {
    this.scope = regionScope(viewer, 'PROCURATORATE');
  }

  reveal(id: string, request: RevealRequest, requestId: string | null): Promise<RevealedPetitioner> {
    if (typeof id !== 'string' || id.length === 0 || id.length > 64) throw badUserInput('id', 'must be an id of 1 to 64 characters');
    return revealInTransaction(this.db, this.viewer, request, requestId, 'Procuratorate matter', async (trx) => {
      const row = await whereInScope(trx('procuratorate_matters').select(MATTER_COLUMNS), 'region_code', this.scope).where('id', id).first();
      const matter = row ? parseMatter(row) : null;
      if (!matter || !maySeeIdentity(matter.petitioner, this.viewer)) return null;
      return { type: PETITIONER_SUBJECT, id: matter.id, regionCode: matter.regionCode, data: matter.petitioner };
    });
  }
}
