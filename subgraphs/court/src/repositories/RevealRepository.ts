import type { Knex } from 'knex';
import { notFound } from '../../../kit/errors';
import { checkRevealRequest, recordReveal, revealedValues, type PersonalData, type RevealRecord } from '../../../kit/pii';
import { toBool } from '../../../kit/rows';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { seesApplicantIdentity } from '../personalData';

export const COURT_REFERRAL_SUBJECT = 'COURT_REFERRAL';

export type RevealedPersonalData = Required<PersonalData> & { audit: RevealRecord };

/**
 * Reveals of a referral applicant's personal data (domain.md, "Personal data"): the request is checked first
 * (`pii:read`, fields, purpose); then one transaction reads the referral inside the viewer's scope and writes the
 * audit record. Out of scope, or confidential for a viewer who may not see the identity: NOT_FOUND, nothing written.
 */
export class RevealRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, private readonly viewer: Viewer) {
    this.scope = regionScope(viewer, 'COURT');
  }

  async revealReferral(id: string, fields: unknown, purpose: unknown, requestId: string | null): Promise<RevealedPersonalData> {
    const request = checkRevealRequest(this.viewer, fields, purpose);
    return this.db.transaction(async (trx) => {
      const row = await whereInScope(
        trx('court_referrals').select('id', 'region_code', 'anonymous', 'confidential', 'applicant_name', 'applicant_id_number', 'applicant_phone'),
        'region_code',
        this.scope,
      )
        .where('id', id)
        .first();
      if (!row || !seesApplicantIdentity(this.viewer, toBool(row.confidential))) throw notFound('CourtReferral');
      // The court keeps no address of the applicant; an anonymous applicant's identity is not kept at intake.
      const data: PersonalData = toBool(row.anonymous)
        ? { name: null, idNumber: null, phone: null, address: null }
        : { name: row.applicant_name ?? null, idNumber: row.applicant_id_number ?? null, phone: row.applicant_phone ?? null, address: null };
      const audit = await recordReveal(trx, this.viewer, { type: COURT_REFERRAL_SUBJECT, id: String(row.id), regionCode: String(row.region_code) }, request, requestId);
      return { ...revealedValues(data, request.fields), audit };
    });
  }
}
