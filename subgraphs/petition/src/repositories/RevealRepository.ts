import type { Knex } from 'knex';
import { notFound } from '../../../kit/errors';
import { checkRevealRequest, recordReveal, revealedValues, type PersonalData, type RevealRecord, type RevealRequest } from '../../../kit/pii';
import { toBool } from '../../../kit/rows';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { seesPetitionerIdentity } from '../personalData';

export const PETITIONER_SUBJECT = 'PETITION_PETITIONER';
export const REPRESENTATIVE_SUBJECT = 'PETITION_REPRESENTATIVE';

export type RevealedPersonalData = Required<PersonalData> & { audit: RevealRecord };

interface Subject {
  id: string;
  regionCode: string;
  confidential: boolean;
  data: PersonalData;
}

/**
 * Reveals of a petitioner's or a representative's personal data (domain.md, "Personal data"): the request is checked
 * first (`pii:read`, fields, purpose); then one transaction reads the record inside the viewer's scope and writes the
 * audit record. Out of scope, or confidential for a viewer who may not see the identity: NOT_FOUND, nothing written.
 * The petition center keeps no address: ADDRESS reveals null.
 */
export class RevealRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, private readonly viewer: Viewer) {
    this.scope = regionScope(viewer, 'PETITION');
  }

  async revealPetitioner(id: string, fields: unknown, purpose: unknown, requestId: string | null): Promise<RevealedPersonalData> {
    const request = checkRevealRequest(this.viewer, fields, purpose);
    return this.reveal(PETITIONER_SUBJECT, request, requestId, async (trx) => {
      const row = await whereInScope(trx('petitions').select('id', 'region_code', 'confidential', 'petitioner_name', 'petitioner_id_number', 'petitioner_phone'), 'region_code', this.scope)
        .where('id', id)
        .first();
      return row && { id: String(row.id), regionCode: String(row.region_code), confidential: toBool(row.confidential), data: { name: row.petitioner_name, idNumber: row.petitioner_id_number, phone: row.petitioner_phone, address: null } };
    });
  }

  async revealRepresentative(id: string, fields: unknown, purpose: unknown, requestId: string | null): Promise<RevealedPersonalData> {
    const request = checkRevealRequest(this.viewer, fields, purpose);
    return this.reveal(REPRESENTATIVE_SUBJECT, request, requestId, async (trx) => {
      const row = await whereInScope(
        trx('petition_representatives as r').join('petitions as p', 'p.id', 'r.petition_id').select('r.id', 'r.region_code', 'p.confidential', 'r.name', 'r.id_number', 'r.phone'),
        'r.region_code',
        this.scope,
      )
        .where('r.id', id)
        .first();
      return row && { id: String(row.id), regionCode: String(row.region_code), confidential: toBool(row.confidential), data: { name: row.name, idNumber: row.id_number, phone: row.phone, address: null } };
    });
  }

  private reveal(type: string, request: RevealRequest, requestId: string | null, read: (trx: Knex.Transaction) => Promise<Subject | undefined>): Promise<RevealedPersonalData> {
    return this.db.transaction(async (trx) => {
      const subject = await read(trx);
      if (!subject || !seesPetitionerIdentity(this.viewer, subject.confidential)) throw notFound(type === PETITIONER_SUBJECT ? 'Petition' : 'Representative');
      const audit = await recordReveal(trx, this.viewer, { type, id: subject.id, regionCode: subject.regionCode }, request, requestId);
      return { ...revealedValues(subject.data, request.fields), audit };
    });
  }
}
