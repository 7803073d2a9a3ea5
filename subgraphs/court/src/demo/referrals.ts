import type { DemoReferral } from '../../../../demo/model';
import { createRandom, type Random } from '../../../../demo/random';
import { caseTypeOf, causeOfAction } from '../domain/causes';
import { caseWord, type Court, type CourtDirectory } from '../domain/courts';
import { addDays, chinaDate, maxIso, minIso, officeTime } from '../domain/dates';
import { MEDIATION_DAYS } from '../domain/referrals';
import type { CourtCaseStatus, CourtCaseType, CourtReferralKind, CourtReferralStatus } from '../model';
import type { CaseDraft, ReferralRow } from './rows';

const CASE_STAGES: CourtCaseStatus[] = ['FILED', 'TRIAL', 'JUDGED', 'CLOSED'];

export interface ReferralPlanContext {
  /** The world's "now" and its CST date: nothing happens after it. */
  now: string;
  today: string;
  courts: CourtDirectory;
  /** Circuit trial points by county code (6 digits), where some trials are held. */
  circuitPoints: Map<string, string[]>;
}

/** How far the court got with a referral (`progress`, 0..1) decides how far along its path it went. */
function targetStage(progress: number): number {
  return progress < 0.6 ? 0 : progress < 0.75 ? 1 : progress < 0.9 ? 2 : 3;
}

interface CaseEvents {
  /** Dates of FILED, TRIAL, JUDGED, CLOSED, as far as the case is planned to go. */
  dates: string[];
}

function caseEvents(filedOn: string, stage: number, rng: Random): CaseEvents {
  const dates = [filedOn];
  const gaps: [number, number][] = [[10, 40], [5, 30], [16, 30]];
  for (let s = 1; s <= stage; s++) dates.push(addDays(dates[s - 1], rng.int(...gaps[s - 1])));
  return { dates };
}

interface CaseSpec {
  id: string;
  type: CourtCaseType;
  court: Court;
  instance: 1 | 2;
  events: CaseEvents;
  cause: string;
  venueId: string | null;
}

/** The case as it stands today: the last planned stage whose date has come (null when not filed yet). */
function draftCase(spec: CaseSpec, ref: DemoReferral, ctx: ReferralPlanContext, rng: Random): CaseDraft | null {
  const { dates } = spec.events;
  const reached = dates.filter((d) => d <= ctx.today).length - 1;
  if (reached < 0) return null;
  const dateOf = (s: number) => (reached >= s ? dates[s] : null);
  return {
    id: spec.id, court_name: spec.court.name, court_code: spec.court.code, case_word: caseWord(spec.type, spec.instance),
    type: spec.type, cause_of_action: spec.cause, status: CASE_STAGES[reached], filed_on: dates[0], judged_on: dateOf(2), closed_on: dateOf(3),
    referral_id: `CR-${ref.dispatchId}`, appeal_id: ref.appealId, hearing_venue_id: reached >= 1 ? spec.venueId : null,
    region_code: ref.regionCode, grid_code: ref.gridCode,
    created_at: minIso(officeTime(dates[0], rng.int(0, 480)), ctx.now),
    updated_at: minIso(officeTime(dates[reached], rng.int(0, 480)), ctx.now),
  };
}

/**
 * One COURT referral and the cases it led to. Civil matters go to pre-litigation mediation three times in four;
 * a failed mediation and every filing review end in a filed case (decision within 7 days); a civil judgment is
 * appealed to the intermediate court (民终) now and then. Every choice comes from `createRandom(referral.seed)`.
 */
export function planCourtReferral(ref: DemoReferral, ctx: ReferralPlanContext): { referral: ReferralRow; cases: CaseDraft[] } {
  const rng = createRandom(ref.seed);
  const type = caseTypeOf(ref.category);
  const kind: CourtReferralKind = type === 'CIVIL' && rng.chance(0.75) ? 'PRE_LITIGATION_MEDIATION' : 'FILING_REVIEW';
  const receivedAt = new Date(ref.referredAt).toISOString();
  const receivedOn = chinaDate(receivedAt);
  const events: [CourtReferralStatus, string][] = [['RECEIVED', receivedOn]];
  let filedOn: string | null = null;
  if (ref.progress >= 0.15 && kind === 'PRE_LITIGATION_MEDIATION') {
    events.push(['MEDIATING', addDays(receivedOn, rng.int(1, 3))]);
    if (ref.progress >= 0.5) {
      const outcome = rng.weighted([['MEDIATED', 6], ['FILED', 3], ['WITHDRAWN', 1]] as const);
      const ended = addDays(receivedOn, rng.int(7, MEDIATION_DAYS));
      if (outcome === 'FILED') filedOn = addDays(ended, rng.int(1, 7));
      else events.push([outcome, ended]);
    }
  } else if (ref.progress >= 0.15) {
    filedOn = addDays(receivedOn, rng.int(1, 7));
  }

  const court = ctx.courts.basicFor(ref.regionCode);
  const cases: CaseDraft[] = [];
  if (filedOn) {
    const stage = targetStage(ref.progress);
    const cause = causeOfAction(ref.category, type, rng);
    const points = ctx.circuitPoints.get(ref.regionCode.slice(0, 6)) ?? [];
    const venueId = points.length && rng.chance(0.3) ? rng.pick(points) : null;
    const appealed = type === 'CIVIL' && stage >= 2 && rng.chance(0.15);
    // An appealed judgment stays JUDGED at first instance; the intermediate court's 民终 case decides.
    const first = caseEvents(filedOn, appealed ? 2 : stage, rng);
    const firstCase = draftCase({ id: `CC-${ref.dispatchId}-1`, type, court, instance: 1, events: first, cause, venueId }, ref, ctx, rng);
    if (firstCase) cases.push(firstCase);
    if (appealed) {
      const second = caseEvents(addDays(first.dates[2], rng.int(10, 25)), stage === 3 ? 3 : 1, rng);
      const secondCase = draftCase({ id: `CC-${ref.dispatchId}-2`, type, court: ctx.courts.intermediate, instance: 2, events: second, cause, venueId: null }, ref, ctx, rng);
      if (secondCase) cases.push(secondCase);
    }
    if (cases.length) events.push(['FILED', filedOn]);
    const last = cases[cases.length - 1];
    if (last?.status === 'CLOSED' && last.closed_on) events.push(['CLOSED', last.closed_on]);
  }

  const current = events.filter(([, d]) => d <= ctx.today).pop() ?? events[0];
  const updatedAt = current[0] === 'RECEIVED' ? receivedAt : maxIso(receivedAt, minIso(officeTime(current[1], rng.int(0, 480)), ctx.now));
  return {
    referral: {
      id: `CR-${ref.dispatchId}`, dispatch_id: ref.dispatchId, appeal_id: ref.appealId, kind, status: current[0],
      title: ref.title, category: ref.category,
      applicant_name: ref.anonymous ? null : ref.applicantName, applicant_id_number: ref.applicantIdNumber, applicant_phone: ref.applicantPhone,
      anonymous: ref.anonymous, court_name: court.name, court_code: court.code, region_code: ref.regionCode, grid_code: ref.gridCode,
      received_at: receivedAt, updated_at: updatedAt,
      mediation_deadline: kind === 'PRE_LITIGATION_MEDIATION' ? addDays(receivedOn, MEDIATION_DAYS) : null,
    },
    cases,
  };
}
