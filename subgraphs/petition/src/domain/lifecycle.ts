import { illegalTransition } from '../../../kit/errors';
import type { PartnerState } from '../../../kit/partnerProgress';
import type { PetitionStatus } from './types';

/**
 * What petition staff do to a petition, and from where (信访工作条例):
 *
 *   REGISTERED --accept--> ACCEPTED --reply--> REPLIED --conclude--> CONCLUDED
 *        |                 (HANDLING --reply--^)
 *        '--divert--> DIVERTED (诉访分离: the legal route is stated)
 *
 * Review (复查) and re-review (复核) move a petition through UNDER_REVIEW / UNDER_RE_REVIEW; they are not staff
 * actions here yet. No action enters a status a petition can already have passed, so `<record id>:<status>` names
 * each reported state change once.
 */
export type PetitionAction = 'ACCEPT' | 'DIVERT' | 'REPLY' | 'CONCLUDE';

export const PETITION_ACTIONS: Record<PetitionAction, { from: readonly PetitionStatus[]; to: PetitionStatus }> = {
  ACCEPT: { from: ['REGISTERED'], to: 'ACCEPTED' },
  DIVERT: { from: ['REGISTERED'], to: 'DIVERTED' },
  REPLY: { from: ['ACCEPTED', 'HANDLING'], to: 'REPLIED' },
  CONCLUDE: { from: ['REPLIED'], to: 'CONCLUDED' },
};

export function canApply(action: PetitionAction, from: PetitionStatus): boolean {
  return PETITION_ACTIONS[action].from.includes(from);
}

/** The status `action` leads to from `from`; ILLEGAL_TRANSITION (nothing changes) when it is not allowed there. */
export function nextStatus(action: PetitionAction, from: PetitionStatus): PetitionStatus {
  const { to } = PETITION_ACTIONS[action];
  if (!canApply(action, from)) throw illegalTransition(from, to, 'petition');
  return to;
}

/** What a petition status means to governance; diverted or not accepted = REJECTED (the legal route is the note). */
export function progressStateOf(status: PetitionStatus): PartnerState | null {
  switch (status) {
    case 'ACCEPTED':
    case 'REPLIED':
      return status;
    case 'DIVERTED':
    case 'NOT_ACCEPTED':
      return 'REJECTED';
    case 'CONCLUDED':
      return 'CLOSED';
    default:
      return null;
  }
}
