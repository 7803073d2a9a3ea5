import type { DemoReferral } from '../../../../demo/model';
import { createRandom } from '../../../../demo/random';
import { JUDICIAL_CONFIRMATION_CAUSE } from '../domain/causes';
import type { CourtDirectory } from '../domain/courts';
import { addDays, chinaDate, minIso, officeTime } from '../domain/dates';
import type { CaseDraft, ConfirmationRow } from './rows';

/** A confirmation row before its 民特 case number is known. */
export type ConfirmationDraft = Omit<ConfirmationRow, 'case_number'>;

/**
 * Judicial confirmation (司法确认) of a mediation agreement reached at legal services: applied for within 30 days
 * of the agreement (人民调解法 Art. 33), decided by the basic court of the matter's county as a 民特 case.
 * Every choice comes from `createRandom(referral.seed)`.
 */
export function planConfirmation(ref: DemoReferral, ctx: { now: string; today: string; courts: CourtDirectory }): { confirmation: ConfirmationDraft; courtCase: CaseDraft } | null {
  if (!ref.agreementId || !ref.judicialConfirmationRequested) return null;
  const rng = createRandom(ref.seed);
  const guessed = addDays(chinaDate(ref.referredAt), rng.int(7, 30));
  const agreedOn = ref.agreementSignedOn ?? guessed;
  const appliedOn = [addDays(agreedOn, rng.int(1, 30)), ctx.today].sort()[0];
  const decisionOn = addDays(appliedOn, rng.int(3, 30));
  const confirmed = rng.chance(0.92);
  const decided = decisionOn <= ctx.today;
  const court = ctx.courts.basicFor(ref.regionCode);
  const caseId = `CC-JC-${ref.agreementId}`;
  const filedAt = minIso(officeTime(appliedOn, rng.int(0, 480)), ctx.now);
  return {
    confirmation: {
      id: `JC-${ref.agreementId}`, agreement_id: ref.agreementId, appeal_id: ref.appealId, source_dispatch_id: ref.dispatchId,
      applied_on: appliedOn, decision: decided ? (confirmed ? 'CONFIRMED' : 'REJECTED') : 'PENDING', decided_on: decided ? decisionOn : null,
      court_case_id: caseId, court_name: court.name, region_code: ref.regionCode, grid_code: ref.gridCode, created_at: filedAt,
    },
    courtCase: {
      id: caseId, court_name: court.name, court_code: court.code, case_word: '民特', type: 'JUDICIAL_CONFIRMATION',
      cause_of_action: JUDICIAL_CONFIRMATION_CAUSE, status: decided ? 'CLOSED' : 'FILED', filed_on: appliedOn,
      judged_on: decided ? decisionOn : null, closed_on: decided ? decisionOn : null,
      referral_id: null, appeal_id: ref.appealId, hearing_venue_id: null, region_code: ref.regionCode, grid_code: ref.gridCode,
      created_at: filedAt, updated_at: decided ? minIso(officeTime(decisionOn, rng.int(0, 480)), ctx.now) : filedAt,
    },
  };
}
