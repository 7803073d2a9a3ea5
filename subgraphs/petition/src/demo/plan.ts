import type { DemoAppeal, DemoReferral } from '../../../../demo/model';
import { idNumber, mobile, personName } from '../../../../demo/people';
import { createRandom, type Random } from '../../../../demo/random';
import {
  acceptanceNoticeDueOn,
  addDays,
  chinaDateOf,
  daysBetween,
  handlingDueOn,
  registrationDueOn,
  stageDecisionDueOn,
  stageRequestDueOn,
} from '../domain/deadlines';
import { MAX_REPRESENTATIVES, TYPE_OF_NATURE, type PetitionForm, type PetitionStatus, type PetitionType } from '../domain/types';
import { EXTENSION_REASONS, LEGAL_ROUTES, NOT_ACCEPTED_ROUTES, RESULTS, STAGE_OPINIONS } from './texts';

type Row = Record<string, unknown>;
export interface PetitionRows {
  petition: Row;
  representatives: Row[];
  stages: Row[];
}

/**
 * How far a petition got. `depth` counts the events that happened: 1 registered, 2 decided, 3 replied,
 * 4 review requested, 5 review decided, 6 re-review requested, 7 re-review decided.
 */
interface Target {
  depth: number;
  status: PetitionStatus;
  /** The request window after the last opinion expired (or the re-review was decided): 终结. */
  concluded: boolean;
}

const FORM_OF_CHANNEL: Partial<Record<DemoAppeal['channel'], PetitionForm>> = {
  LETTER: 'LETTER',
  WALK_IN: 'VISIT',
  ONLINE: 'ONLINE',
  MINI_PROGRAM: 'ONLINE',
  HOTLINE: 'PHONE',
};

/**
 * The referral's `progress` (0..1) decides the status; the referral's own seed decides every other choice.
 * Litigation-type matters are mostly diverted to legal channels (诉访分离).
 */
function targetOf(progress: number, litigation: DemoAppeal['litigation'], rng: Random): Target {
  const t = (depth: number, status: PetitionStatus, concluded = false): Target => ({ depth, status, concluded });
  const divert = litigation !== 'NONE' ? rng.chance(0.7) : rng.chance(0.04);
  const refuse = rng.chance(0.06);
  const finalStage = rng.weighted([[3, 70], [5, 20], [7, 10]] as const);
  if (progress < 0.1) return t(1, 'REGISTERED');
  if (divert) return t(2, 'DIVERTED');
  if (refuse) return t(2, 'NOT_ACCEPTED');
  if (progress < 0.2) return t(2, 'ACCEPTED');
  if (progress < 0.45) return t(2, 'HANDLING');
  if (progress < 0.6) return t(3, 'REPLIED');
  if (progress < 0.68) return t(4, 'UNDER_REVIEW');
  if (progress < 0.72) return t(5, 'REPLIED');
  if (progress < 0.78) return t(6, 'UNDER_RE_REVIEW');
  return t(finalStage, 'CONCLUDED', finalStage < 7);
}

/** A deterministic id derived from the dispatch id (intake is idempotent on it). */
export function petitionIdOf(dispatchId: string): string {
  return `PT-${dispatchId}`.slice(0, 60);
}

function representatives(referral: DemoReferral, petitionId: string, rng: Random): Row[] {
  const count = rng.int(1, MAX_REPRESENTATIVES);
  const area = referral.regionCode.slice(0, 6);
  const rows: Row[] = [];
  for (let position = 1; position <= count; position++) {
    const first = position === 1;
    rows.push({
      id: `${petitionId}-R${position}`,
      petition_id: petitionId,
      region_code: referral.regionCode,
      position,
      name: first ? referral.applicantName : personName(rng),
      id_number: first ? referral.applicantIdNumber : idNumber(rng, area),
      phone: first ? referral.applicantPhone : mobile(rng),
    });
  }
  return rows;
}

/** Build the rows of one petition from a PETITION referral, as of `today` (China date of the world's now). */
export function planPetition(referral: DemoReferral, appeal: DemoAppeal | undefined, today: string): PetitionRows {
  const rng = createRandom(referral.seed);
  const id = petitionIdOf(referral.dispatchId);
  const litigation = appeal?.litigation ?? 'NONE';
  const target = targetOf(referral.progress, litigation, rng);
  const type: PetitionType = TYPE_OF_NATURE[appeal?.nature ?? 'GRIEVANCE'];
  const form: PetitionForm = (appeal && FORM_OF_CHANNEL[appeal.channel]) ?? rng.weighted([['LETTER', 20], ['VISIT', 30], ['ONLINE', 35], ['PHONE', 15]] as const);
  const crowdProne = /^(LABOUR|LAND)\./.test(referral.category);
  const groupVisit = form === 'VISIT' && !referral.anonymous && rng.chance(crowdProne ? 0.45 : 0.12);

  // Offsets in days from receipt, each event after the previous one, within the statutory periods (mostly).
  const extensionDays = rng.chance(0.15) ? rng.int(10, 30) : 0;
  const late = rng.chance(0.04);
  const at: number[] = [];
  at[1] = rng.int(0, 3);
  at[2] = at[1] + rng.int(0, 12);
  const noticeLag = rng.int(0, 2);
  at[3] = at[2] + (late ? 60 + extensionDays + rng.int(1, 20) : extensionDays ? rng.int(50, 60 + extensionDays) : rng.int(10, 60));
  at[4] = at[3] + rng.int(3, 30);
  at[5] = at[4] + rng.int(10, 30);
  at[6] = at[5] + rng.int(3, 30);
  at[7] = at[6] + rng.int(10, 30);
  const lastOffset = target.concluded ? at[target.depth] + 31 : at[target.depth];

  // A referral too young for how far it got has its events compressed into the days it had (all dates <= today).
  const receivedOn = chinaDateOf(referral.referredAt);
  const span = Math.max(0, daysBetween(receivedOn, today));
  const scale = lastOffset > span ? span / lastOffset : 1;
  const on = (i: number): string | null => (i <= target.depth ? addDays(receivedOn, Math.floor(at[i] * scale)) : null);
  const registeredOn = on(1)!;
  const decidedOn = on(2);
  const repliedOn = on(3);
  const concludedOn = target.concluded ? addDays(receivedOn, Math.floor(lastOffset * scale)) : target.depth === 7 ? on(7) : null;
  const decision = target.depth < 2 ? 'PENDING' : target.status === 'DIVERTED' || target.status === 'NOT_ACCEPTED' ? target.status : 'ACCEPTED';
  const accepted = decision === 'ACCEPTED';
  const extended = accepted && extensionDays > 0 && target.status !== 'ACCEPTED';

  const stages: Row[] = [];
  for (const [kind, requested, decided, challenged] of [['REVIEW', 4, 5, repliedOn], ['RE_REVIEW', 6, 7, on(5)]] as const) {
    const requestedOn = on(requested);
    if (!requestedOn || !challenged) continue;
    const decidedStage = on(decided);
    const outcome = decidedStage ? rng.weighted([['UPHELD', 80], ['REVISED', 20]] as const) : null;
    stages.push({
      id: `${id}-${kind === 'REVIEW' ? 'S1' : 'S2'}`,
      petition_id: id,
      region_code: referral.regionCode,
      stage: kind,
      requested_on: requestedOn,
      request_due_on: stageRequestDueOn(challenged),
      decision_due_on: stageDecisionDueOn(requestedOn),
      decided_on: decidedStage,
      outcome,
      opinion: outcome ? rng.pick(STAGE_OPINIONS[outcome]) : null,
      created_at: new Date(Date.parse(`${requestedOn}T00:00:00+08:00`)).toISOString(),
    });
  }

  const lastEvent = concludedOn ?? [7, 6, 5, 4, 3, 2, 1].map(on).find((d) => d !== null)!;
  const updatedMs = Math.max(Date.parse(referral.referredAt), Date.parse(`${lastEvent}T00:00:00+08:00`));
  const petition: Row = {
    id,
    dispatch_id: referral.dispatchId,
    appeal_id: referral.appealId,
    region_code: referral.regionCode,
    grid_code: referral.gridCode,
    title: referral.title,
    category: referral.category,
    form,
    type,
    status: target.status,
    group_visit: groupVisit,
    headcount: groupVisit ? rng.int(5, 60) : 1,
    anonymous: referral.anonymous,
    petitioner_name: referral.applicantName,
    petitioner_id_number: referral.applicantIdNumber,
    petitioner_phone: referral.applicantPhone,
    received_on: receivedOn,
    registered_on: registeredOn,
    registration_due_on: registrationDueOn(receivedOn),
    decision,
    decided_on: decidedOn,
    notice_due_on: acceptanceNoticeDueOn(registeredOn),
    notice_sent_on: decidedOn ? addDays(decidedOn, Math.min(noticeLag, Math.max(0, daysBetween(decidedOn, today)))) : null,
    legal_route: decision === 'DIVERTED' ? rng.pick(LEGAL_ROUTES[litigation]) : decision === 'NOT_ACCEPTED' ? rng.pick(NOT_ACCEPTED_ROUTES) : null,
    handling_due_on: accepted && decidedOn ? handlingDueOn(decidedOn, extended ? extensionDays : 0) : null,
    extension_days: extended ? extensionDays : null,
    extension_reason: extended ? rng.pick(EXTENSION_REASONS) : null,
    result: repliedOn ? rng.pick(RESULTS[type]) : null,
    replied_on: repliedOn,
    review_request_due_on: repliedOn ? stageRequestDueOn(repliedOn) : null,
    concluded_on: concludedOn,
    created_at: referral.referredAt,
    updated_at: new Date(updatedMs).toISOString(),
  };
  return { petition, representatives: groupVisit ? representatives(referral, id, rng) : [], stages };
}
