import type { Knex } from 'knex';
import { checkRevealRequest, revealInTransaction, type Revealed } from '../../../kit/pii';
import { toBool } from '../../../kit/rows';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { seesPetitionerIdentity } from '../personalData';

export const PETITIONER_SUBJECT = 'PETITION_PETITIONER';
export const REPRESENTATIVE_SUBJECT = 'PETITION_REPRESENTATIVE';

export type RevealedPersonalData = Revealed;

/**
 * Reveals of a petitioner's or a representative's personal data (domain.md, "Personal data") through kit's
 * `revealInTransaction`: the record is read inside the viewer's scope; out of scope, or confidential for a viewer who
 * may not see the identity: NOT_FOUND, nothing written. The petition center keeps no address: ADDRESS reveals null.
 */
export class RevealRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, private readonly viewer: Viewer) {
    this.scope = regionScope(viewer, 'PETITION');
  }

  revealPetitioner(id: string, fields: unknown, purpose: unknown, requestId: string | null): Promise<RevealedPersonalData> {
    const request = checkRevealRequest(this.viewer, fields, purpose);
    return revealInTransaction(this.db, this.viewer, request, requestId, 'Petition', async (trx) => {
      const row = await whereInScope(trx('petitions').select('id', 'region_code', 'confidential', 'petitioner_name', 'petitioner_id_number', 'petitioner_phone'), 'region_code', this.scope)
        .where('id', id)
        .first();
      if (!row || !seesPetitionerIdentity(this.viewer, toBool(row.confidential))) return null;
      return { type: PETITIONER_SUBJECT, id: String(row.id), regionCode: String(row.region_code), data: { name: row.petitioner_name, idNumber: row.petitioner_id_number, phone: row.petitioner_phone, address: null } };
    });
  }

  revealRepresentative(id: string, fields: unknown, purpose: unknown, requestId: string | null): Promise<RevealedPersonalData> {
    const request = checkRevealRequest(this.viewer, fields, purpose);
    return revealInTransaction(this.db, this.viewer, request, requestId, 'Representative', async (trx) => {
      const row = await whereInScope(
        trx('petition_representatives as r').join('petitions as p', 'p.id', 'r.petition_id').select('r.id', 'r.region_code', 'p.confidential', 'r.name', 'r.id_number', 'r.phone'),
        'r.region_code',
        this.scope,
      )
        .where('r.id', id)
        .first();
      if (!row || !seesPetitionerIdentity(this.viewer, toBool(row.confidential))) return null;
      return { type: REPRESENTATIVE_SUBJECT, id: String(row.id), regionCode: String(row.region_code), data: { name: row.name, idNumber: row.id_number, phone: row.phone, address: null } };
    });
  }
}
