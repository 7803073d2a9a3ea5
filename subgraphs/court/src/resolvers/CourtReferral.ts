import { maskFreeText, maskName } from '../../../kit/pii';
import type { Context } from '../context';
import type { CourtReferral as Referral } from '../model';
import { seesApplicantIdentity } from '../personalData';

export const CourtReferral = {
  appeal: (referral: Referral) => ({ id: referral.appealId }),
  grid: (referral: Referral) => ({ code: referral.gridCode }),
  courtCases: (referral: Referral, _: unknown, ctx: Context) => ctx.loaders.casesByReferral.load(referral.id),
  // Personal data leaves masked for every viewer (revealCourtReferralPersonalData gives the clear value, audit-logged);
  // a confidential referral's applicant is null for anyone but the court's own staff.
  applicantName: (referral: Referral, _: unknown, ctx: Context) => (seesApplicantIdentity(ctx.viewer, referral.confidential) ? maskName(referral.applicantName) : null),
  // Free text written by the citizen or about the matter: ID and mobile numbers in it are masked, and the applicant's
  // name (withheld, not masked, where the identity is).
  title: (referral: Referral, _: unknown, ctx: Context) => text(referral, referral.title, ctx),
  mediationNote: (referral: Referral, _: unknown, ctx: Context) => text(referral, referral.mediationNote, ctx),
  closingNote: (referral: Referral, _: unknown, ctx: Context) => text(referral, referral.closingNote, ctx),
};

function text(referral: Referral, value: string | null, ctx: Context): string | null {
  return maskFreeText(value, [referral.applicantName], !seesApplicantIdentity(ctx.viewer, referral.confidential));
}
