import type { Knex } from 'knex';
import { revealInTransaction, type Revealed as KitRevealed, type RevealRequest } from '../../../kit/pii';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { idArgument } from '../input';
import { LEGAL_AID_SUBJECT, maySeeApplicant, MEDIATION_SUBJECT } from '../pii/applicants';
import { toLegalAid, toMediation } from './rows';

export type Revealed = KitRevealed;

/**
 * Reveals of an applicant's personal data. One transaction reads the record in the viewer's LEGAL_SERVICES scope and
 * writes the audit record: a record outside the scope, or a confidential applicant the viewer may not see, is
 * NOT_FOUND and nothing is written. The request was checked (`checkRevealRequest`) before this is called.
 */
export class PersonalDataRevealRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, private readonly viewer: Viewer) {
    this.scope = regionScope(viewer, 'LEGAL_SERVICES');
  }

  revealMediationApplicant(id: string, request: RevealRequest, requestId: string | null): Promise<Revealed> {
    const mediationId = idArgument(id, 'id') as string;
    return revealInTransaction(this.db, this.viewer, request, requestId, 'Mediation', async (trx) => {
      const row = await whereInScope(trx('mediations'), 'region_code', this.scope).where('id', mediationId).first();
      const m = row ? toMediation(row) : null;
      if (!m || !maySeeApplicant(m, this.viewer)) return null;
      return { type: MEDIATION_SUBJECT, id: m.id, regionCode: m.regionCode, data: { name: m.applicantName, idNumber: m.applicantIdNumber, phone: m.applicantPhone } };
    });
  }

  revealLegalAidApplicant(id: string, request: RevealRequest, requestId: string | null): Promise<Revealed> {
    const applicationId = idArgument(id, 'id') as string;
    return revealInTransaction(this.db, this.viewer, request, requestId, 'Legal aid application', async (trx) => {
      const row = await whereInScope(trx('legal_aid_applications'), 'region_code', this.scope).where('id', applicationId).first();
      if (!row) return null;
      const a = toLegalAid(row);
      return { type: LEGAL_AID_SUBJECT, id: a.id, regionCode: a.regionCode, data: { name: a.applicantName, idNumber: a.applicantIdNumber, phone: a.applicantPhone } };
    });
  }
}
