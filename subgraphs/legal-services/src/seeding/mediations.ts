import type { DemoReferral } from '../../../../demo/model';
import type { Random } from '../../../../demo/random';
import { MEDIATION_TIERS, type Mediation, type MediationAgreement, type MediationOrganization, type MediationStatus, type MediationTier } from '../model';
import { addDays, instantOn, localDate, minDate } from './dates';
import type { Directory } from './directory';
import { CONFIRMATION_WINDOW_DAYS, MEDIATION_DAYS } from '../domain/deadlines';
import { specialtyOf, TIER_NAME } from '../domain/tiers';
import { agreementTerms, isMonetary, legalRoutes } from './texts';

/** The organization for a tier, nearest first: village -> township -> county joint; industry by specialty. */
export function organizationFor(tier: MediationTier, referral: DemoReferral, dir: Directory, rnd: Random): MediationOrganization {
  const county = referral.regionCode.slice(0, 6);
  const township = `${referral.regionCode.slice(0, 9)}000`;
  const joint = dir.jointOf.get(county) ?? [...dir.jointOf.values()][0];
  switch (tier) {
    case 'GRID_VILLAGE':
      return dir.committeeAt.get(referral.regionCode) ?? dir.committeeAt.get(township) ?? joint;
    case 'TOWNSHIP_COMMITTEE':
      return dir.committeeAt.get(township) ?? joint;
    case 'COUNTY_JOINT_OR_INDUSTRY': {
      const specialty = specialtyOf(referral.category);
      const industry = specialty ? dir.industryOf.get(`${county}:${specialty}`) ?? dir.industryOf.get(`city:${specialty}`) : undefined;
      return industry && rnd.chance(0.75) ? industry : joint;
    }
    case 'LAWYER': {
      const local = dir.lawyerOrgsOf.get(county);
      return rnd.pick(local?.length ? local : dir.lawyerOrgsOf.get('all')!);
    }
    case 'COURT_PRE_LITIGATION':
      return joint;
  }
}

export interface MediationPlan {
  mediations: Mediation[];
  agreement: MediationAgreement | null;
}

/**
 * The mediations of one LEGAL_SERVICES referral: a chain of tiers (调解优先、分层递进), each failed tier
 * escalating to the next. An agreement the generator fixed (`referral.agreementId`) always ends the chain;
 * otherwise the referral's progress decides how far it got. Nothing ends after the world's "today".
 */
export function planMediations(referral: DemoReferral, dir: Directory, today: string, rnd: Random): MediationPlan {
  const industrial = specialtyOf(referral.category) !== null && referral.category.split('.')[0] !== 'FAMILY';
  let tierIndex: number = rnd.weighted<number>(industrial ? [[0, 2], [1, 3], [2, 5]] : [[0, 5], [1, 4], [2, 1]]);
  const outcome: MediationStatus = referral.agreementId ? 'AGREEMENT'
    : referral.progress < 0.15 ? 'ACCEPTED'
    : referral.progress < 0.45 ? 'MEDIATING'
    : rnd.chance(0.15) ? 'WITHDRAWN' : 'FAILED';
  const escalations = Math.min(MEDIATION_TIERS.length - 1 - tierIndex, rnd.weighted<number>([[0, 6], [1, 3], [2, 1]]));
  const mediations: Mediation[] = [];
  let start = minDate(addDays(localDate(referral.referredAt), rnd.int(0, 2)), today);
  for (let k = 0; k <= escalations; k++, tierIndex++) {
    const tier = MEDIATION_TIERS[tierIndex];
    const status: MediationStatus = k === escalations ? outcome : 'ESCALATED';
    const organization = organizationFor(tier, referral, dir, rnd);
    const staff = dir.mediatorsOf.get(organization.id) ?? [];
    const ended = status !== 'ACCEPTED' && status !== 'MEDIATING';
    const end = ended ? minDate(addDays(start, rnd.chance(0.05) ? rnd.int(31, 40) : rnd.int(2, 28)), today) : null;
    const next = status === 'ESCALATED' ? TIER_NAME[MEDIATION_TIERS[tierIndex + 1]] : null;
    mediations.push({
      id: `MED-${referral.dispatchId}-${k + 1}`,
      dispatchId: k === 0 ? referral.dispatchId : null,
      referralDispatchId: referral.dispatchId,
      appealId: referral.appealId, regionCode: referral.regionCode, gridCode: referral.gridCode,
      category: referral.category, title: referral.title, description: null, applicantName: referral.applicantName,
      applicantIdNumber: referral.applicantIdNumber, applicantPhone: referral.applicantPhone, confidential: false, // the demo world's referrals carry no confidentiality
      tier, status, organizationId: organization.id, mediatorId: staff.length && status !== 'ACCEPTED' ? rnd.pick(staff).id : null,
      startDate: start, deadline: addDays(start, MEDIATION_DAYS), endDate: end,
      legalRoutesTold: status === 'FAILED' || status === 'ESCALATED' ? legalRoutes(referral.category, next) : null,
      previousMediationId: k === 0 ? null : mediations[k - 1].id,
      agreementId: status === 'AGREEMENT' ? referral.agreementId : null,
      createdAt: instantOn(start, 9, k),
    });
    if (end) start = minDate(addDays(end, rnd.int(0, 3)), today);
  }
  const last = mediations[mediations.length - 1];
  if (last.status === 'AGREEMENT' && referral.agreementSignedOn) {
    // The generator fixed the signing day (the court's judicial confirmation counts from it): end the chain there.
    const signed = minDate(referral.agreementSignedOn, today);
    for (const m of mediations) {
      if (m.startDate > signed) m.startDate = signed;
      if (m.endDate && m.endDate > signed) m.endDate = signed;
      m.deadline = addDays(m.startDate, MEDIATION_DAYS);
    }
    last.endDate = signed;
  }
  return { mediations, agreement: last.status === 'AGREEMENT' ? agreementOf(referral, last, today, rnd) : null };
}

function agreementOf(referral: DemoReferral, m: Mediation, today: string, rnd: Random): MediationAgreement {
  const signed = m.endDate ?? m.startDate;
  const amount = isMonetary(referral.category) || rnd.chance(0.3) ? `${rnd.int(10, 3000) * 100}.00` : null;
  const recent = addDays(signed, 15) > today;
  return {
    id: referral.agreementId as string, mediationId: m.id, appealId: referral.appealId, regionCode: referral.regionCode, gridCode: referral.gridCode,
    signedDate: signed, termsSummary: agreementTerms(referral.category, amount), amount,
    performanceStatus: recent ? rnd.weighted([['PENDING', 6], ['PERFORMING', 4]] as const) : rnd.weighted([['PERFORMED', 75], ['PERFORMING', 15], ['BREACHED', 10]] as const),
    judicialConfirmationDeadline: addDays(signed, CONFIRMATION_WINDOW_DAYS),
    judicialConfirmationRequested: referral.judicialConfirmationRequested,
  };
}
