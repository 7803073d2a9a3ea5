/**
 * The progress report a partner (court, petition, legal services, procuratorate) sends back to governance through its
 * outbox: the hub's partner-progress contract. Pure: the repository enqueues the message in the transaction of the
 * state change it reports.
 */
export const PROGRESS_QUERY = 'mutation($input: PartnerProgressInput!) { reportPartnerProgress(input: $input) { eventId duplicate } }';

/** Longest note sent; a longer text (a reply, agreement terms, a legal route) is cut with an ellipsis. */
export const MAX_NOTE = 500;

export type Partner = 'COURT' | 'PETITION' | 'LEGAL_SERVICES' | 'PROCURATORATE';

/** The progress states governance understands (`PartnerProgressInput.state`). */
export type PartnerState = 'ACCEPTED' | 'MEDIATING' | 'AGREEMENT' | 'FILED' | 'JUDGED' | 'REPLIED' | 'CLOSED' | 'REJECTED';

/** One state change reported to governance; `eventId` is unique per state change and stable (governance dedupes on it). */
export interface PartnerProgress {
  eventId: string;
  dispatchId: string;
  partner: Partner;
  state: PartnerState;
  at: string;
  note: string;
  recordId: string;
}

export interface ProgressMessage {
  id: string;
  target: 'governance';
  kind: 'progress';
  query: string;
  variables: { input: PartnerProgress };
}

/** The note trimmed, and cut to MAX_NOTE characters (the last one an ellipsis) when longer. */
export function shortNote(text: string): string {
  const chars = [...text.trim()];
  return chars.length <= MAX_NOTE ? chars.join('') : `${chars.slice(0, MAX_NOTE - 1).join('')}…`;
}

/**
 * The outbox message of one state change of `partner`'s record. The event id doubles as the outbox row id, so a
 * state change is queued once, and a re-send is a duplicate to governance.
 */
export function progressMessage(partner: Partner, event: Omit<PartnerProgress, 'partner'>): ProgressMessage {
  const input: PartnerProgress = { ...event, partner, note: shortNote(event.note) };
  return { id: event.eventId, target: 'governance', kind: 'progress', query: PROGRESS_QUERY, variables: { input } };
}
