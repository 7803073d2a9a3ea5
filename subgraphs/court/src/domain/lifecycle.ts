import { illegalTransition } from '../../../kit/errors';
import type { PartnerState } from '../../../kit/partnerProgress';
import type { CourtCaseStatus, CourtReferralKind, CourtReferralStatus } from '../model';

/**
 * The court's state machines, as data. A referral: received, accepted, then mediation first (调解优先) or straight
 * to filing; a failed mediation may still be filed; a case is judged, then the referral is closed.
 *
 *   RECEIVED -> ACCEPTED -> MEDIATING -> MEDIATED ---------------------------> CLOSED
 *                  |            '-----> MEDIATION_FAILED -> FILED -> JUDGED -> CLOSED
 *                  '----------------------------------------^  (FAILED may close too)
 *
 * No status is ever entered twice, so `<record id>:<status>` identifies a state change for good.
 */
const REFERRAL_MOVES: Record<CourtReferralStatus, readonly CourtReferralStatus[]> = {
  RECEIVED: ['ACCEPTED'],
  ACCEPTED: ['MEDIATING', 'FILED'],
  MEDIATING: ['MEDIATED', 'MEDIATION_FAILED'],
  MEDIATED: ['CLOSED'],
  MEDIATION_FAILED: ['FILED', 'CLOSED'],
  FILED: ['JUDGED', 'CLOSED'],
  JUDGED: ['CLOSED'],
  CLOSED: [],
  WITHDRAWN: [],
};

const CASE_MOVES: Record<CourtCaseStatus, readonly CourtCaseStatus[]> = {
  FILED: ['TRIAL', 'JUDGED'],
  TRIAL: ['JUDGED'],
  JUDGED: ['CLOSED'],
  CLOSED: [],
};

/** What the move needs to know besides the two states. */
export interface ReferralFacts {
  kind: CourtReferralKind;
  /** Statuses of the cases filed for the referral (for closing a FILED / JUDGED referral). */
  caseStatuses?: readonly CourtCaseStatus[];
}

/** Whether a referral may move `from -> to`. */
export function canMoveReferral(from: CourtReferralStatus, to: CourtReferralStatus, facts: ReferralFacts): boolean {
  if (!REFERRAL_MOVES[from]?.includes(to)) return false;
  // Mediation is for referrals sent to pre-litigation mediation; a filing review goes straight to filing.
  if (to === 'MEDIATING') return facts.kind === 'PRE_LITIGATION_MEDIATION';
  // A filed referral closes once every case of it is decided.
  if (to === 'CLOSED' && (from === 'FILED' || from === 'JUDGED')) {
    const cases = facts.caseStatuses ?? [];
    return cases.length > 0 && cases.every((s) => s === 'JUDGED' || s === 'CLOSED');
  }
  return true;
}

/** Throw ILLEGAL_TRANSITION (nothing changes) unless the referral may move `from -> to`. */
export function assertReferralMove(from: CourtReferralStatus, to: CourtReferralStatus, facts: ReferralFacts): void {
  if (!canMoveReferral(from, to, facts)) throw illegalTransition(from, to, 'court referral');
}

export function canMoveCase(from: CourtCaseStatus, to: CourtCaseStatus): boolean {
  return CASE_MOVES[from]?.includes(to) ?? false;
}

export function assertCaseMove(from: CourtCaseStatus, to: CourtCaseStatus): void {
  if (!canMoveCase(from, to)) throw illegalTransition(from, to, 'court case');
}

/**
 * A judgment in one of its cases moves a FILED referral to JUDGED; a referral already JUDGED (another case of it
 * was judged before) stays. Anything else is illegal.
 */
export function referralStatusAfterJudgment(from: CourtReferralStatus): CourtReferralStatus {
  if (from === 'JUDGED') return 'JUDGED';
  if (from === 'FILED') return 'JUDGED';
  throw illegalTransition(from, 'JUDGED', 'court referral');
}

/**
 * What a referral status means to governance. A failed mediation is still the court's mediation stage as far as the
 * appeal goes (there is no contract state for it): it is reported as MEDIATING with a note saying no agreement was
 * reached. RECEIVED (nothing happened yet) and WITHDRAWN (not reachable through the hub) are not reported.
 */
export function progressStateOf(status: CourtReferralStatus): PartnerState | null {
  switch (status) {
    case 'ACCEPTED':
    case 'MEDIATING':
    case 'FILED':
    case 'JUDGED':
    case 'CLOSED':
      return status;
    case 'MEDIATED':
      return 'AGREEMENT';
    case 'MEDIATION_FAILED':
      return 'MEDIATING';
    default:
      return null;
  }
}
