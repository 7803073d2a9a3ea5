import { maskFreeText } from '../../../kit/pii';
import type { LegalAidApplicationResolvers } from '../generated/graphql';
import { legalAidApplicantView } from '../pii/applicants';

/**
 * The applicant's identity leaves masked, the matter through `maskFreeText`. The lawyer assigned is a professional
 * acting in office, not the citizen: `lawyerName` stays clear.
 */
export const LegalAidApplication: LegalAidApplicationResolvers = {
  appeal: (a) => (a.appealId ? { id: a.appealId } : null),
  workstation: (a, _, ctx) => (a.workstationId ? ctx.loaders.workstationById.load(a.workstationId) : null),
  applicantName: (a) => legalAidApplicantView(a).applicantName,
  applicantIdNumber: (a) => legalAidApplicantView(a).applicantIdNumber,
  applicantPhone: (a) => legalAidApplicantView(a).applicantPhone,
  matter: (a) => maskFreeText(a.matter, [a.applicantName]),
};
