import { illegalTransition } from '../../../kit/errors';

/** The appeal lifecycle (domain.md): only these transitions are legal; each writes a timeline event. */
export type AppealStatus = 'RECEIVED' | 'CLASSIFIED' | 'DISPATCHED' | 'ACCEPTED' | 'IN_PROGRESS' | 'REPLIED' | 'CLOSED' | 'RETURNED' | 'REOPENED' | 'REJECTED' | 'MERGED';

const TRANSITIONS: Record<AppealStatus, AppealStatus[]> = {
  RECEIVED: ['CLASSIFIED', 'REJECTED', 'MERGED'],
  CLASSIFIED: ['DISPATCHED', 'REJECTED', 'MERGED'],
  DISPATCHED: ['ACCEPTED', 'RETURNED'],
  ACCEPTED: ['IN_PROGRESS', 'REPLIED'],
  IN_PROGRESS: ['REPLIED'],
  REPLIED: ['CLOSED', 'REOPENED', 'IN_PROGRESS'],
  CLOSED: ['REOPENED'],
  RETURNED: ['DISPATCHED'],
  REOPENED: ['DISPATCHED', 'IN_PROGRESS'],
  REJECTED: [],
  MERGED: [],
};

export const OPEN_STATUSES: AppealStatus[] = ['RECEIVED', 'CLASSIFIED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'RETURNED', 'REOPENED'];

export function canTransition(from: AppealStatus, to: AppealStatus): boolean {
  return TRANSITIONS[from]?.includes(to) ?? false;
}

/** Throw ILLEGAL_TRANSITION (nothing changes) unless `from -> to` is legal. */
export function assertTransition(from: AppealStatus, to: AppealStatus): void {
  if (!canTransition(from, to)) throw illegalTransition(from, to);
}

/** Work-order (dispatch) states and their legal moves. */
export type DispatchStatus = 'PENDING' | 'ACCEPTED' | 'RETURNED' | 'REPLIED' | 'CLOSED';
const DISPATCH_TRANSITIONS: Record<DispatchStatus, DispatchStatus[]> = {
  PENDING: ['ACCEPTED', 'RETURNED', 'REPLIED', 'CLOSED'],
  ACCEPTED: ['REPLIED', 'CLOSED'],
  REPLIED: ['CLOSED', 'ACCEPTED'],
  RETURNED: [],
  CLOSED: [],
};

export function assertDispatchTransition(from: DispatchStatus, to: DispatchStatus): void {
  if (!DISPATCH_TRANSITIONS[from]?.includes(to)) throw illegalTransition(from, to, 'work order');
}

/** Partner progress states, in the order a matter moves through them. */
export const PARTNER_STATES = ['ACCEPTED', 'MEDIATING', 'AGREEMENT', 'FILED', 'JUDGED', 'REPLIED', 'CLOSED', 'REJECTED'] as const;
export type PartnerState = (typeof PARTNER_STATES)[number];

/**
 * What a partner's progress does to the appeal when it comes from the lead work order: the path of appeal
 * states to walk (each legal step writes a timeline event; steps that are not legal from where the appeal stands
 * are skipped, so late or repeated reports never fail).
 */
export function appealPathFor(state: PartnerState): AppealStatus[] {
  switch (state) {
    case 'ACCEPTED':
      return ['ACCEPTED'];
    case 'MEDIATING':
    case 'AGREEMENT':
    case 'FILED':
    case 'JUDGED':
      return ['ACCEPTED', 'IN_PROGRESS'];
    case 'REPLIED':
      return ['ACCEPTED', 'IN_PROGRESS', 'REPLIED'];
    case 'CLOSED':
      return ['ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'CLOSED'];
    case 'REJECTED':
      return ['RETURNED'];
  }
}

/** The work-order state a partner's progress puts the dispatch in. */
export function dispatchStatusFor(state: PartnerState): DispatchStatus {
  if (state === 'REJECTED') return 'RETURNED';
  if (state === 'REPLIED') return 'REPLIED';
  if (state === 'CLOSED') return 'CLOSED';
  return 'ACCEPTED';
}
