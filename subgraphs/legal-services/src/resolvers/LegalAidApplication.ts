import { maskFreeText } from '../../../kit/pii';
import type { Context } from '../context';
import type { LegalAidApplication as ApplicationRecord } from '../model';
import { legalAidApplicantView } from '../pii/applicants';

/**
 * The applicant's identity leaves masked, the matter through `maskFreeText`. The lawyer assigned is a professional
 * acting in office, not the citizen: `lawyerName` stays clear.
 */
export const LegalAidApplication = {
  appeal: (a: ApplicationRecord) => (a.appealId ? { id: a.appealId } : null),
  workstation: (a: ApplicationRecord, _: unknown, ctx: Context) => (a.workstationId ? ctx.loaders.workstationById.load(a.workstationId) : null),
  applicantName: (a: ApplicationRecord) => legalAidApplicantView(a).applicantName,
  applicantIdNumber: (a: ApplicationRecord) => legalAidApplicantView(a).applicantIdNumber,
  applicantPhone: (a: ApplicationRecord) => legalAidApplicantView(a).applicantPhone,
  matter: (a: ApplicationRecord) => maskFreeText(a.matter, [a.applicantName]),
};
