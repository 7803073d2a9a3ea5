/**
 * Deadlines of clocks that never pause (for pauses see clockState.ts, which agrees with these).
 *
 * Period arithmetic (民法典 Arts. 201, 203; 民事诉讼法 Art. 85): the start day is not counted, so a period of
 * `days` days ends with the day `start + days`, at 23:59:59.999 China time; a natural-day period whose last day
 * is a rest day (a weekend or a holiday; a make-up workday is a working day) ends on the next working day.
 */
import type { Calendar } from './calendar';
import { addCivilDays, addCivilMonths, chinaDateOf, endOfChinaDay, HOUR_MS, instantMs, toInstant } from './civil';

export function checkClockDays(days: number): void {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`A day clock needs a whole number of days, at least 1: ${days}`);
}

export function checkClockHours(hours: number): void {
  if (!Number.isFinite(hours) || hours <= 0) throw new RangeError(`An hour clock needs a positive number of hours: ${hours}`);
}

/** The last day of a `days`-day period starting on `startDate` (not counted), moved off a rest day. */
export function naturalDaysDueOn(startDate: string, days: number, calendar: Calendar): string {
  checkClockDays(days);
  return calendar.workingDayOnOrAfter(addCivilDays(startDate, days));
}

/**
 * The last day of a period of `months` months starting on `startDate` (not counted): the same-numbered day of the last
 * month, or that month's last day when it has none, moved to the next working day when it is a rest day.
 */
export function monthsDueOn(startDate: string, months: number, calendar: Calendar): string {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`A month clock needs a whole number of months, at least 1: ${months}`);
  return calendar.workingDayOnOrAfter(addCivilMonths(startDate, months));
}

/** The `days`-th working day after `startDate` (not counted). */
export function workingDaysDueOn(startDate: string, days: number, calendar: Calendar): string {
  checkClockDays(days);
  return calendar.addWorkingDays(startDate, days);
}

/** The end (China time) of the last day of a `days`-day period started at `startInstant`. */
export function dueNaturalDays(startInstant: string, days: number, calendar: Calendar): string {
  return endOfChinaDay(naturalDaysDueOn(chinaDateOf(startInstant), days, calendar));
}

/** The end (China time) of the `days`-th working day after the day of `startInstant`. */
export function dueWorkingDays(startInstant: string, days: number, calendar: Calendar): string {
  return endOfChinaDay(workingDaysDueOn(chinaDateOf(startInstant), days, calendar));
}

/** `hours` elapsed hours after `startInstant`, weekends and holidays included (urgent matters). */
export function dueHours(startInstant: string, hours: number): string {
  checkClockHours(hours);
  return toInstant(instantMs(startInstant) + Math.round(hours * HOUR_MS));
}
