import { maskFreeText, maskName } from '../../../kit/pii';
import type { Context } from '../context';
import type { CourtReferralResolvers } from '../generated/graphql';
import type { CourtReferral as Referral } from '../model';
import { seesApplicantIdentity } from '../personalData';

export const CourtReferral: CourtReferralResolvers = {
  appeal: (referral) => ({ id: referral.appealId }),
  grid: (referral) => ({ code: referral.gridCode }),
  courtCases: (referral, _, ctx) => ctx.loaders.casesByReferral.load(referral.id),
  // Personal data leaves masked for every viewer (revealCourtReferralPersonalData gives the clear value, audit-logged);
  // a confidential referral's applicant is null for anyone but the court's own staff.
  applicantName: (referral, _, ctx) => (seesApplicantIdentity(ctx.viewer, referral.confidential) ? maskName(referral.applicantName) : null),
  // Free text written by the citizen or about the matter: ID and mobile numbers in it are masked, and the applicant's
  // name (withheld, not masked, where the identity is).
  title: (referral, _, ctx) => text(referral, referral.title, ctx),
  mediationNote: (referral, _, ctx) => text(referral, referral.mediationNote, ctx),
  closingNote: (referral, _, ctx) => text(referral, referral.closingNote, ctx),
};

/** Text in, text out: maskFreeText gives null only for a null value (so a non-null `title` stays non-null). */
function text(referral: Referral, value: string, ctx: Context): string;
function text(referral: Referral, value: string | null, ctx: Context): string | null;
function text(referral: Referral, value: string | null, ctx: Context): string | null {
  return maskFreeText(value, [referral.applicantName], !seesApplicantIdentity(ctx.viewer, referral.confidential));
}
