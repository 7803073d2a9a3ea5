/**
 * Supervision (督办) of work orders (domain.md): routine, listed (挂牌), summons (约谈), circulated notice (通报),
 * each with a due date for the supervised unit's written reply. Triggered by hand, by overdue work, by refusal to
 * accept (returned twice), or by dissatisfaction without improvement. Repeated supervision of the same appeal
 * escalates one step each time.
 */
import { chinaCalendar, dueWorkingDays } from '../../../kit/clock';

export const SUPERVISION_KINDS = ['ROUTINE', 'LISTED', 'SUMMONS', 'CIRCULATED'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];
export const SUPERVISION_TRIGGERS = ['MANUAL', 'OVERDUE', 'REFUSED_TO_ACCEPT', 'DISSATISFIED_NO_IMPROVEMENT'] as const;
export type SupervisionTrigger = (typeof SUPERVISION_TRIGGERS)[number];

/** Working days the supervised unit has for its written reply. */
export const REPLY_WORKING_DAYS: Record<SupervisionKind, number> = { ROUTINE: 5, LISTED: 3, SUMMONS: 2, CIRCULATED: 5 };

/** The kind an automatic supervision starts at, before escalation. */
const BASE_KIND: Record<Exclude<SupervisionTrigger, 'MANUAL'>, SupervisionKind> = {
  OVERDUE: 'ROUTINE',
  REFUSED_TO_ACCEPT: 'LISTED',
  DISSATISFIED_NO_IMPROVEMENT: 'LISTED',
};

/** The kind of an automatic supervision, given how many the appeal already had: one step up per earlier one. */
export function autoKind(trigger: Exclude<SupervisionTrigger, 'MANUAL'>, earlier: number): SupervisionKind {
  const base = SUPERVISION_KINDS.indexOf(BASE_KIND[trigger]);
  return SUPERVISION_KINDS[Math.min(SUPERVISION_KINDS.length - 1, base + Math.max(0, earlier))];
}

/** When the supervised unit's reply is due. */
export function supervisionDueAt(kind: SupervisionKind, createdAt: string): string {
  return dueWorkingDays(createdAt, REPLY_WORKING_DAYS[kind], chinaCalendar);
}

export const SUPERVISION_LABEL: Record<SupervisionKind, string> = { ROUTINE: '督办', LISTED: '挂牌督办', SUMMONS: '约谈督办', CIRCULATED: '通报督办' };
export const TRIGGER_LABEL: Record<SupervisionTrigger, string> = { MANUAL: '人工', OVERDUE: '超期未办', REFUSED_TO_ACCEPT: '拒不签收（两次退回）', DISSATISFIED_NO_IMPROVEMENT: '群众不满意且未改进' };
