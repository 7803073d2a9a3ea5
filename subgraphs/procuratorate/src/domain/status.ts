/** Where a 12309 matter stands, in the order a matter moves through. */
export const MATTER_STATUSES = ['RECEIVED', 'PROCEDURAL_REPLIED', 'HANDLING', 'RESULT_REPLIED', 'CLOSED'] as const;
export type MatterStatus = (typeof MATTER_STATUSES)[number];

/**
 * The status a referral's progress (0..1, decided by the hub's demo world) maps to, deterministically:
 * equal fifths, so 0 is RECEIVED and 1 is CLOSED.
 */
export function statusFromProgress(progress: number): MatterStatus {
  if (!Number.isFinite(progress)) throw new Error(`Invalid progress ${progress}`);
  const p = Math.min(1, Math.max(0, progress));
  return MATTER_STATUSES[Math.min(MATTER_STATUSES.length - 1, Math.floor(p * MATTER_STATUSES.length))];
}

/**
 * The status the recorded replies show: what a matter's dates say, so a row can be checked against its status.
 */
export function statusFromReplies(r: {
  proceduralRepliedOn: string | null;
  outcomeRepliedOn: string | null;
  resultRepliedOn: string | null;
  closedOn: string | null;
}): MatterStatus {
  if (r.closedOn) return 'CLOSED';
  if (r.resultRepliedOn) return 'RESULT_REPLIED';
  if (r.outcomeRepliedOn) return 'HANDLING';
  if (r.proceduralRepliedOn) return 'PROCEDURAL_REPLIED';
  return 'RECEIVED';
}
