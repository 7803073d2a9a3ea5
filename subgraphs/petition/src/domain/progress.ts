import type { PartnerState } from './lifecycle';

/** The partner-progress contract: the mutation governance exposes to partners' delivery workers. */
export const PROGRESS_QUERY = 'mutation($input: PartnerProgressInput!) { reportPartnerProgress(input: $input) { eventId duplicate } }';

export const MAX_NOTE = 500;

/** One state change reported to governance; `eventId` is unique per state change and stable (governance dedupes on it). */
export interface ProgressEvent {
  eventId: string;
  dispatchId: string;
  partner: 'PETITION';
  state: PartnerState;
  at: string;
  note: string;
  recordId: string;
}

/** The outbox message for an event; the event id doubles as the outbox row id, so a state change is queued once. */
export function progressMessage(event: Omit<ProgressEvent, 'partner'>) {
  const input: ProgressEvent = { ...event, partner: 'PETITION', note: [...event.note].slice(0, MAX_NOTE).join('') };
  return { id: event.eventId, target: 'governance', kind: 'progress', query: PROGRESS_QUERY, variables: { input } };
}
