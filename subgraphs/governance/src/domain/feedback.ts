/**
 * Feedback (回访评价, domain.md): satisfied / basically satisfied / dissatisfied, from the citizen or recorded by
 * center staff on a follow-up call, on a replied or closed appeal; dissatisfied reopens it for re-handling.
 */
export const RATINGS = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const;
export type Rating = (typeof RATINGS)[number];
export const FEEDBACK_VIA = ['CITIZEN', 'FOLLOW_UP_CALL'] as const;
export type FeedbackVia = (typeof FEEDBACK_VIA)[number];

/** Appeal states in which feedback is taken. */
export const RATEABLE_STATUSES = ['REPLIED', 'CLOSED'];

export const RATING_LABEL: Record<Rating, string> = { SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', DISSATISFIED: '不满意' };

/** What a rating does: dissatisfied reopens for re-handling; a repeated dissatisfaction also raises supervision. */
export function feedbackEffect(rating: Rating, earlierDissatisfied: number): { reopen: boolean; supervise: boolean } {
  const reopen = rating === 'DISSATISFIED';
  return { reopen, supervise: reopen && earlierDissatisfied >= 1 };
}
