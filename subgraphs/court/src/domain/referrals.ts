import type { Litigation } from '../../../kit/referralIntake';
import type { CourtCaseType, CourtReferralKind } from '../model';
import { caseTypeOf } from './causes';

/** Pre-litigation mediation lasts at most 30 days (特邀调解规定 Art. 27). */
export const MEDIATION_DAYS = 30;

/** The kind of case a referred matter would become: governance's litigation classification first, else the category. */
export function referredCaseType(litigation: Litigation, category: string): Exclude<CourtCaseType, 'JUDICIAL_CONFIRMATION'> {
  if (litigation === 'ADMINISTRATIVE' || litigation === 'CRIMINAL' || litigation === 'CIVIL') return litigation;
  return caseTypeOf(category);
}

/** Mediation first (调解优先): a civil matter goes to pre-litigation mediation, anything else to filing review. */
export function referralKindOf(litigation: Litigation, category: string): CourtReferralKind {
  return referredCaseType(litigation, category) === 'CIVIL' ? 'PRE_LITIGATION_MEDIATION' : 'FILING_REVIEW';
}
