/**
 * Deadlines of governance work orders (domain.md, "Deadlines"). The receiver may object and return a work order
 * within 5 working days. How long a unit has to handle it comes from the deadline policy table: category ×
 * urgency × channel → a clock (working days, natural days or hours) and an amount; a partner referral runs on
 * the partner's statutory clock. Working days follow the official holiday calendar (kit/clock).
 */
import { chinaCalendar, dueHours, dueNaturalDays, dueWorkingDays, type ClockKind } from '../../../kit/clock';

export const RETURN_WINDOW_WORKING_DAYS = 5;
/** At most this many extra days on one extension (信访工作条例 Art. 34: "+ at most 30 with reasons told"). */
export const MAX_EXTENSION_DAYS = 30;
/** A wildcard in a policy key. */
export const ANY = '*';

export function returnDueAt(dispatchedAt: string): string {
  return dueWorkingDays(dispatchedAt, RETURN_WINDOW_WORKING_DAYS, chinaCalendar);
}

/** One row of the policy table. `*` matches anything; `partner` is `*` for units of the hub itself. */
export interface DeadlinePolicy {
  id: string;
  category: string;
  urgency: string;
  channel: string;
  partner: string;
  clockKind: ClockKind;
  amount: number;
  source: string;
}

/** What a work order is, for choosing its clock. */
export interface DeadlineSubject {
  category: string;
  urgency: string;
  channel: string;
  /** The partner center for a partner referral, else null. */
  partner: string | null;
}

/** The policy rows seeded by migration 003 (domain.md's table; editable by an administrator). */
export const DEFAULT_POLICIES: DeadlinePolicy[] = [
  { id: 'GENERAL', category: ANY, urgency: 'NORMAL', channel: ANY, partner: ANY, clockKind: 'WORKING_DAYS', amount: 5, source: '热线类诉求一般时限（济南/潍坊12345规则）' },
  { id: 'URGENT', category: ANY, urgency: 'URGENT', channel: ANY, partner: ANY, clockKind: 'HOURS', amount: 24, source: '紧急事项 24 小时（北京标准草案）' },
  { id: 'EMERGENCY', category: ANY, urgency: 'EMERGENCY', channel: ANY, partner: ANY, clockKind: 'HOURS', amount: 2, source: '突发事项 2 小时（北京标准草案）' },
  { id: 'COMPLEX.LAND', category: 'LAND', urgency: 'NORMAL', channel: ANY, partner: ANY, clockKind: 'NATURAL_DAYS', amount: 15, source: '复杂事项 15 日（北京标准草案）' },
  { id: 'COMPLEX.ILLEGAL_FUNDRAISING', category: 'FINANCE.ILLEGAL_FUNDRAISING', urgency: 'NORMAL', channel: ANY, partner: ANY, clockKind: 'NATURAL_DAYS', amount: 15, source: '复杂事项 15 日（北京标准草案）' },
  { id: 'PARTNER.PETITION', category: ANY, urgency: ANY, channel: ANY, partner: 'PETITION', clockKind: 'NATURAL_DAYS', amount: 60, source: '信访工作条例第三十四条' },
  { id: 'PARTNER.COURT', category: ANY, urgency: ANY, channel: ANY, partner: 'COURT', clockKind: 'NATURAL_DAYS', amount: 30, source: '特邀调解规定第二十七条（委派调解）' },
  { id: 'PARTNER.LEGAL_SERVICES', category: ANY, urgency: ANY, channel: ANY, partner: 'LEGAL_SERVICES', clockKind: 'NATURAL_DAYS', amount: 7, source: '法律援助法第四十三条（审查）' },
  { id: 'PARTNER.PROCURATORATE', category: ANY, urgency: ANY, channel: ANY, partner: 'PROCURATORATE', clockKind: 'NATURAL_DAYS', amount: 7, source: '检察12309 程序性回复' },
];

/** The fallback when no row matches (a general hotline-type matter). */
export const FALLBACK_POLICY: DeadlinePolicy = DEFAULT_POLICIES[0];

/** How specific a row is for a subject; -1 when it does not match. A partner match outranks everything else. */
export function specificity(p: DeadlinePolicy, s: DeadlineSubject): number {
  const partner = s.partner ?? ANY;
  if (p.partner !== ANY && p.partner !== partner) return -1;
  let score = p.partner !== ANY ? 1000 : 0;
  if (p.category !== ANY) {
    if (p.category === s.category) score += 100;
    else if (s.category.startsWith(`${p.category}.`)) score += 50;
    else return -1;
  }
  if (p.urgency !== ANY) {
    if (p.urgency !== s.urgency) return -1;
    score += 10;
  }
  if (p.channel !== ANY) {
    if (p.channel !== s.channel) return -1;
    score += 5;
  }
  return score;
}

/** The most specific matching row (ties broken by id, so the choice is stable), or the fallback. */
export function choosePolicy(policies: DeadlinePolicy[], subject: DeadlineSubject): DeadlinePolicy {
  let best: DeadlinePolicy | null = null;
  let bestScore = -1;
  for (const p of [...policies].sort((a, b) => a.id.localeCompare(b.id))) {
    const score = specificity(p, subject);
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best ?? FALLBACK_POLICY;
}

/** When a clock of `kind`/`amount` started at `start` runs out. */
export function dueAfter(start: string, kind: ClockKind, amount: number): string {
  switch (kind) {
    case 'WORKING_DAYS':
      return dueWorkingDays(start, amount, chinaCalendar);
    case 'NATURAL_DAYS':
      return dueNaturalDays(start, amount, chinaCalendar);
    case 'HOURS':
      return dueHours(start, amount);
  }
}

/** The due time of a work order dispatched at `dispatchedAt` under the policy table. */
export function handlingDueAt(policies: DeadlinePolicy[], subject: DeadlineSubject, dispatchedAt: string): { dueAt: string; policy: DeadlinePolicy } {
  const policy = choosePolicy(policies, subject);
  return { dueAt: dueAfter(dispatchedAt, policy.clockKind, policy.amount), policy };
}

/** An extension adds `days` natural days to the current due date (moved off a rest day). */
export function extendedDueAt(currentDueAt: string, days: number): string {
  return dueNaturalDays(currentDueAt, days, chinaCalendar);
}

/** Whether an amount is valid for a clock kind (days: whole, 1..365; hours: 1..720). */
export function validAmount(kind: ClockKind, amount: number): boolean {
  if (!Number.isInteger(amount) || amount < 1) return false;
  return kind === 'HOURS' ? amount <= 720 : amount <= 365;
}
