import type { Knex } from 'knex';
import { checkRevealRequest, revealInTransaction, type Revealed } from '../../../kit/pii';
import { toBool } from '../../../kit/rows';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { seesApplicantIdentity } from '../personalData';

export const COURT_REFERRAL_SUBJECT = 'COURT_REFERRAL';

export type RevealedPersonalData = Revealed;

/**
 * Reveals of a referral applicant's personal data (domain.md, "Personal data") through kit's `revealInTransaction`:
 * the referral is read inside the viewer's scope; out of scope, or confidential for a viewer who may not see the
 * identity: NOT_FOUND, nothing written.
 */
export class RevealRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, private readonly viewer: Viewer) {
    this.scope = regionScope(viewer, 'COURT');
  }

  revealReferral(id: string, fields: unknown, purpose: unknown, requestId: string | null): Promise<RevealedPersonalData> {
    const request = checkRevealRequest(this.viewer, fields, purpose);
    return revealInTransaction(this.db, this.viewer, request, requestId, 'CourtReferral', async (trx) => {
      const row = await whereInScope(
        trx('court_referrals').select('id', 'region_code', 'anonymous', 'confidential', 'applicant_name', 'applicant_id_number', 'applicant_phone'),
        'region_code',
        this.scope,
      )
        .where('id', id)
        .first();
      if (!row || !seesApplicantIdentity(this.viewer, toBool(row.confidential))) return null;
      // The court keeps no address of the applicant; an anonymous applicant's identity is not kept at intake.
      const data = toBool(row.anonymous)
        ? { name: null, idNumber: null, phone: null, address: null }
        : { name: row.applicant_name ?? null, idNumber: row.applicant_id_number ?? null, phone: row.applicant_phone ?? null, address: null };
      return { type: COURT_REFERRAL_SUBJECT, id: String(row.id), regionCode: String(row.region_code), data };
    });
  }
}
