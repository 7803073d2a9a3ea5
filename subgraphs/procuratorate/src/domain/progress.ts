import type { PartnerState } from './lifecycle';

/**
 * The progress report a partner sends back to governance through its outbox (the hub's contract). Pure: the
 * repository enqueues the message in the transaction of the state change it reports.
 */
export const PROGRESS_QUERY = 'mutation($input: PartnerProgressInput!) { reportPartnerProgress(input: $input) { eventId duplicate } }';

/** Longest note sent; a longer text (agreement terms, legal routes) is cut with an ellipsis. */
export const MAX_NOTE = 500;

export interface PartnerProgress {
  eventId: string;
  dispatchId: string;
  partner: 'COURT' | 'PETITION' | 'LEGAL_SERVICES' | 'PROCURATORATE';
  state: PartnerState;
  at: string;
  note: string;
  recordId: string;
}

export function shortNote(text: string): string {
  const chars = [...text.trim()];
  return chars.length <= MAX_NOTE ? chars.join('') : `${chars.slice(0, MAX_NOTE - 1).join('')}…`;
}

/** The outbox message of one state change; its event id (`recordId:state`) is stable, so a re-send is a duplicate. */
export function progressMessage(p: Omit<PartnerProgress, 'eventId'>): { target: 'governance'; kind: 'progress'; query: string; variables: { input: PartnerProgress } } {
  const input: PartnerProgress = { eventId: `${p.recordId}:${p.state}`, ...p, note: shortNote(p.note) };
  return { target: 'governance', kind: 'progress', query: PROGRESS_QUERY, variables: { input } };
}
