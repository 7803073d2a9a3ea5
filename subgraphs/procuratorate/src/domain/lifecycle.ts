import { illegalTransition } from '../../../kit/errors';
import type { PartnerState } from '../../../kit/partnerProgress';
import { statusFromReplies, type MatterStatus } from './status';

/**
 * What procuratorate staff do with a 12309 matter, and what governance hears of it. Pure: no I/O.
 *
 *   RECEIVED --accept (procedural reply)--> PROCEDURAL_REPLIED --reply (result)--> RESULT_REPLIED --close--> CLOSED
 *                                            HANDLING (progress replied) --reply--^
 *
 * A matter's status is what its reply dates say (`statusFromReplies`), so each step writes dates, and the
 * status written is checked against them.
 */
export type MatterAction = 'accept' | 'reply' | 'close';

interface Rule {
  from: readonly MatterStatus[];
  to: MatterStatus;
  reports: PartnerState;
}

export const MATTER_RULES: Record<MatterAction, Rule> = {
  // Accepting a matter is giving its procedural reply (程序性回复, due in 7 days).
  accept: { from: ['RECEIVED'], to: 'PROCEDURAL_REPLIED', reports: 'ACCEPTED' },
  // The reply on the result (答复办理结果), also after progress replies with monthly follow-ups.
  reply: { from: ['PROCEDURAL_REPLIED', 'HANDLING'], to: 'RESULT_REPLIED', reports: 'REPLIED' },
  close: { from: ['RESULT_REPLIED'], to: 'CLOSED', reports: 'CLOSED' },
};

export interface Replies {
  proceduralRepliedOn: string | null;
  outcomeRepliedOn: string | null;
  outcomeReplyKind: 'PROGRESS' | 'RESULT' | null;
  resultRepliedOn: string | null;
  closedOn: string | null;
}

export interface Step {
  from: MatterStatus;
  to: MatterStatus;
  report: PartnerState;
  /** The reply dates after the step. */
  replies: Replies;
}

/** The step `action` takes from a matter with `replies` on `today`, or an ILLEGAL_TRANSITION error. */
export function step(replies: Replies, action: MatterAction, today: string): Step {
  const from = statusFromReplies(replies);
  const rule = MATTER_RULES[action];
  if (!rule.from.includes(from)) throw illegalTransition(from, rule.to, 'procuratorate matter');
  const next: Replies = { ...replies };
  if (action === 'accept') next.proceduralRepliedOn = today;
  if (action === 'reply') {
    // The first substantive reply may be this one: then it is the reply on the result within the 3 months.
    next.outcomeRepliedOn = replies.outcomeRepliedOn ?? today;
    next.outcomeReplyKind = replies.outcomeReplyKind ?? 'RESULT';
    next.resultRepliedOn = today;
  }
  if (action === 'close') next.closedOn = today;
  const to = statusFromReplies(next);
  if (to !== rule.to) throw new Error(`12309 step ${action} led to ${to}, not ${rule.to}`);
  return { from, to, report: rule.reports, replies: next };
}
