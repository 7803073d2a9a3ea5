import { maskIdNumber, maskName, maskPhone, seesPartnerIdentity } from '../../../kit/pii';
import type { Viewer } from '../../../kit/viewer';
import type { LegalAidApplication, Mediation } from '../model';
import { ANONYMOUS_APPLICANT } from '../repositories/ReferralIntakeRepository';

/** What reveals are recorded as in `pii_reveals.subject_type`. */
export const MEDIATION_SUBJECT = 'MEDIATION_APPLICANT';
export const LEGAL_AID_SUBJECT = 'LEGAL_AID_APPLICANT';

/** Whether the viewer may see the identity of this mediation's applicant (masked by default). */
export function maySeeApplicant(m: Pick<Mediation, 'confidential'>, viewer: Viewer): boolean {
  return seesPartnerIdentity(viewer, 'LEGAL_SERVICES', m.confidential);
}

/**
 * A mediation's applicant name as every viewer sees it: masked (`张*`); null for a confidential applicant unless the
 * viewer is legal-services staff. `匿名` (an anonymous applicant) names nobody and is shown as it is.
 */
export function mediationApplicantName(m: Mediation, viewer: Viewer): string | null {
  if (!maySeeApplicant(m, viewer)) return null;
  return m.applicantName === ANONYMOUS_APPLICANT ? m.applicantName : maskName(m.applicantName);
}

/** A legal aid applicant's identity, masked for every viewer (legal aid applications carry no confidentiality). */
export function legalAidApplicantView(a: LegalAidApplication): Pick<LegalAidApplication, 'applicantName' | 'applicantIdNumber' | 'applicantPhone'> {
  return { applicantName: maskName(a.applicantName) as string, applicantIdNumber: maskIdNumber(a.applicantIdNumber), applicantPhone: maskPhone(a.applicantPhone) };
}
