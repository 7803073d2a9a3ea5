/**
 * The statutory clock of a petition (信访工作条例, 2022; article numbers as in docs/domain.md), as plain functions of
 * calendar dates (`YYYY-MM-DD`).
 *
 * | clock                                   | limit                          | source   |
 * |-----------------------------------------|--------------------------------|----------|
 * | register and transfer / assign          | 15 days from receipt           | Art. 22  |
 * | written notice whether accepted         | 15 days from receipt by the handling organ | Art. 23 |
 * | handling                                | 60 days from acceptance, + at most 30 with reasons | Art. 34 |
 * | review (复查): request / opinion        | 30 days from the reply / 30 days from the request | Art. 35 |
 * | re-review (复核): request / opinion     | 30 days from the review opinion / 30 days from the request | Art. 36 |
 *
 * Period arithmetic (民法典 Arts. 201, 203; 民事诉讼法 Art. 85; docs/domain.md "Deadlines"): the start day is not
 * counted, so a 15-day period that starts on 3 March ends on 18 March; a period whose last day is a rest day (a
 * weekend or a statutory holiday, per the State Council calendar, where a make-up workday counts as a working day)
 * ends on the next working day. The arithmetic is the shared clock engine's (`naturalDaysDueOn`,
 * `workingDaysDueOn` of kit/clock) over the official China calendar (`chinaCalendar`: 2025 and 2026 official, 2027
 * provisional, other years weekends only). `addDays` / `daysBetween` stay plain natural-day helpers for dating
 * events, never for due dates.
 *
 * Not modelled: the receiving organ's objection to a transfer (5 working days, Art. 23); when it is, its due date
 * is `workingDaysDueOn(transferredOn, 5, calendar)`.
 */

import { chinaCalendar, naturalDaysDueOn, type Calendar } from '../../../kit/clock';

export const PETITION_LIMITS = {
  registrationDays: 15,
  acceptanceNoticeDays: 15,
  handlingDays: 60,
  maxExtensionDays: 30,
  stageRequestDays: 30,
  stageDecisionDays: 30,
} as const;

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `s` is a real calendar date written `YYYY-MM-DD` (rejects `2024-02-30`). */
export function isCalendarDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function toUtcMs(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

/** The date `days` natural days after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Natural days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The calendar date in China (UTC+8, no daylight saving) of an instant. */
export function chinaDateOf(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${instant}`);
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The last day of a period of `days` days starting on `start` (the start day not counted), moved to the next
 * working day when it falls on a rest day.
 */
export function periodEnd(start: string, days: number, calendar: Calendar = chinaCalendar): string {
  if (!isCalendarDate(start)) throw new RangeError(`Not a calendar date: ${start}`);
  return naturalDaysDueOn(start, days, calendar);
}

/** Register the matter and transfer or assign it within 15 days of receipt (Art. 22). */
export function registrationDueOn(receivedOn: string, calendar: Calendar = chinaCalendar): string {
  return periodEnd(receivedOn, PETITION_LIMITS.registrationDays, calendar);
}

/**
 * Tell the petitioner in writing whether the matter is accepted within 15 days of its receipt by the handling organ
 * (Art. 23); the center is the handling organ from the day it registers the matter.
 */
export function acceptanceNoticeDueOn(registeredOn: string, calendar: Calendar = chinaCalendar): string {
  return periodEnd(registeredOn, PETITION_LIMITS.acceptanceNoticeDays, calendar);
}

/** Handle an accepted matter within 60 days of acceptance, extended by at most 30 days with reasons (Art. 34).
 * The extended period is counted from acceptance as 60 + extension days, then moved off a rest day.
 */
export function handlingDueOn(acceptedOn: string, extensionDays = 0, calendar: Calendar = chinaCalendar): string {
  if (!Number.isInteger(extensionDays) || extensionDays < 0 || extensionDays > PETITION_LIMITS.maxExtensionDays) {
    throw new RangeError(`An extension is 0 to ${PETITION_LIMITS.maxExtensionDays} days, not ${extensionDays}`);
  }
  return periodEnd(acceptedOn, PETITION_LIMITS.handlingDays + extensionDays, calendar);
}

/** Ask for a review within 30 days of the written reply, or for a re-review within 30 days of the review opinion (Arts. 35, 36). */
export function stageRequestDueOn(challengedDecisionOn: string, calendar: Calendar = chinaCalendar): string {
  return periodEnd(challengedDecisionOn, PETITION_LIMITS.stageRequestDays, calendar);
}

/** Give the review or re-review opinion within 30 days of the request (Arts. 35, 36; a hearing's time is not counted, not modelled yet). */
export function stageDecisionDueOn(requestedOn: string, calendar: Calendar = chinaCalendar): string {
  return periodEnd(requestedOn, PETITION_LIMITS.stageDecisionDays, calendar);
}
