import type { Random } from '../../../../demo/random';
import { addDays, followUpDueDates, followUpDueOn, outcomeReplyDueOn } from '../domain/deadlines';
import type { MatterStatus } from '../domain/status';
import type { OutcomeReplyKind } from '../model';

/** The replies a demo matter in a given status has received, all dated between its receiving day and today. */
export interface LifecyclePlan {
  proceduralRepliedOn: string | null;
  outcomeRepliedOn: string | null;
  outcomeReplyKind: OutcomeReplyKind | null;
  resultRepliedOn: string | null;
  closedOn: string | null;
  followUps: { sequence: number; dueOn: string; repliedOn: string | null }[];
}

const later = (a: string, b: string): string => (a > b ? a : b);

/**
 * Date the replies of a matter so that they agree with its status: mostly on time, a few late, a few
 * monthly follow-ups missed. Every choice comes from `rng`, so the same seed gives the same plan.
 */
export function planLifecycle(receivedOn: string, today: string, status: MatterStatus, rng: Random): LifecyclePlan {
  const cap = (d: string): string => (d > today ? today : later(d, receivedOn));
  const plan: LifecyclePlan = { proceduralRepliedOn: null, outcomeRepliedOn: null, outcomeReplyKind: null, resultRepliedOn: null, closedOn: null, followUps: [] };
  if (status === 'RECEIVED') return plan;

  plan.proceduralRepliedOn = cap(addDays(receivedOn, rng.chance(0.04) ? rng.int(8, 12) : rng.int(1, 7)));
  if (status === 'PROCEDURAL_REPLIED') return plan;

  const outcomeDue = outcomeReplyDueOn(receivedOn);
  const progressFirst = status === 'HANDLING' || (today > outcomeDue && rng.chance(0.3));
  const offset = rng.chance(0.04) ? rng.int(93, 100) : progressFirst ? rng.int(30, 88) : rng.int(10, 88);
  plan.outcomeRepliedOn = later(cap(addDays(receivedOn, offset)), plan.proceduralRepliedOn);
  plan.outcomeReplyKind = progressFirst ? 'PROGRESS' : 'RESULT';
  if (!progressFirst) plan.resultRepliedOn = plan.outcomeRepliedOn;
  else if (status !== 'HANDLING') plan.resultRepliedOn = later(cap(addDays(outcomeDue, rng.int(5, 75))), plan.outcomeRepliedOn);

  if (progressFirst) {
    const dues = followUpDueDates(receivedOn, plan.resultRepliedOn ?? today);
    plan.followUps = dues.map((dueOn, i) => ({
      sequence: i + 1,
      dueOn,
      repliedOn: rng.chance(0.06) ? null : later(addDays(dueOn, -rng.int(0, 4)), plan.outcomeRepliedOn!),
    }));
    if (status === 'HANDLING') plan.followUps.push({ sequence: dues.length + 1, dueOn: followUpDueOn(receivedOn, dues.length + 1), repliedOn: null });
  }
  if (status === 'CLOSED') plan.closedOn = later(cap(addDays(plan.resultRepliedOn!, rng.int(0, 10))), plan.resultRepliedOn!);
  return plan;
}
