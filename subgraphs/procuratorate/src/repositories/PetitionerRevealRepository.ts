import type { Knex } from 'knex';
import { badUserInput, notFound } from '../../../kit/errors';
import { recordReveal, revealedValues, type RevealRecord, type RevealRequest } from '../../../kit/pii';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { maySeeIdentity, PETITIONER_SUBJECT } from '../pii/petitioner';
import { MATTER_COLUMNS, parseMatter } from './rows';

export interface RevealedPetitioner {
  name: string | null;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
  audit: RevealRecord;
}

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
    return this.db.transaction(async (trx) => {
      const row = await whereInScope(trx('procuratorate_matters').select(MATTER_COLUMNS), 'region_code', this.scope).where('id', id).first();
      const matter = row ? parseMatter(row) : null;
      if (!matter || !maySeeIdentity(matter.petitioner, this.viewer)) throw notFound('Procuratorate matter');
      const audit = await recordReveal(trx, this.viewer, { type: PETITIONER_SUBJECT, id: matter.id, regionCode: matter.regionCode }, request, requestId);
      return { ...revealedValues(matter.petitioner, request.fields), audit };
    });
  }
}
