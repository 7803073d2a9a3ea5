import type { DemoReferral } from '../../../../demo/model';
import { personName } from '../../../../demo/people';
import type { Random } from '../../../../demo/random';
import type { LegalAidApplication, LegalAidDecision, LegalAidStatus } from '../model';
import { addDays, localDate, minDate } from './dates';
import type { Directory } from './directory';
import { isLabourOrFamily, LEGAL_AID_MATTER } from './texts';

/** Legal aid clocks (法律援助法 Art. 43): review within 7 days, a lawyer within 3 days of the grant. */
export const REVIEW_DAYS = 7;
export const ASSIGN_DAYS = 3;

/**
 * Whether a referral leads to a legal aid application: some LEGAL_SERVICES referrals (more often for labour and
 * family matters), and some labour/family matters referred to the other partners (aid for litigation).
 * Anonymous applicants cannot apply.
 */
export function wantsLegalAid(referral: DemoReferral, rnd: Random): boolean {
  if (referral.anonymous) return false;
  if (referral.legalAidRequested) return true;
  if (referral.partner === 'LEGAL_SERVICES') return rnd.chance(isLabourOrFamily(referral.category) ? 0.5 : 0.15);
  return isLabourOrFamily(referral.category) && rnd.chance(0.3);
}

export function planLegalAid(referral: DemoReferral, dir: Directory, today: string, rnd: Random): LegalAidApplication {
  const applied = minDate(addDays(localDate(referral.referredAt), rnd.int(0, 10)), today);
  const decidedOn = addDays(applied, rnd.chance(0.05) ? rnd.int(8, 10) : rnd.int(1, REVIEW_DAYS));
  const decided = decidedOn <= today ? decidedOn : null;
  const decision: LegalAidDecision = decided ? (rnd.chance(0.88) ? 'GRANTED' : 'REFUSED') : 'PENDING';
  const assignedOn = decision === 'GRANTED' ? addDays(decided as string, rnd.int(0, ASSIGN_DAYS)) : null;
  const assigned = assignedOn && assignedOn <= today ? assignedOn : null;
  const status: LegalAidStatus = decision === 'PENDING' ? 'UNDER_REVIEW' : decision === 'REFUSED' ? 'REFUSED'
    : !assigned ? 'AWAITING_LAWYER' : referral.progress >= 0.9 && addDays(assigned, 30) <= today ? 'CLOSED' : 'IN_SERVICE';
  const township = `${referral.regionCode.slice(0, 9)}000`;
  const stations = dir.workstationsOf.get(township) ?? [];
  return {
    id: `LA-${referral.dispatchId}`,
    dispatchId: referral.partner === 'LEGAL_SERVICES' ? referral.dispatchId : null,
    appealId: referral.appealId, regionCode: referral.regionCode, gridCode: referral.gridCode,
    workstationId: stations.length && rnd.chance(0.7) ? rnd.pick(stations).id : null,
    applicantName: referral.applicantName, applicantIdNumber: referral.applicantIdNumber, applicantPhone: referral.applicantPhone,
    matter: `${LEGAL_AID_MATTER[referral.category] ?? '民事纠纷代理'}：${referral.title}`, category: referral.category,
    appliedDate: applied, reviewDue: addDays(applied, REVIEW_DAYS), decision, decidedDate: decided,
    lawyerAssignmentDue: decision === 'GRANTED' ? addDays(decided as string, ASSIGN_DAYS) : null,
    lawyerName: assigned ? personName(rnd) : null, lawyerAssignedDate: assigned, status,
  };
}
