/**
 * A working-day calendar built from holiday data: which civil dates are rest days and which are working days.
 * Immutable: `extend` returns a new calendar, so a service can swap it in when an administrator adds a year.
 */
import { addCivilDays, isCivilDate, isWeekend } from './civil';
import { CalendarData, mergeCalendarData, spanDays, validateCalendarData } from './calendarData';

/** How far the calendar's knowledge of a date goes. */
export type Coverage = 'OFFICIAL' | 'PROVISIONAL' | 'NONE';

export interface CalendarOptions {
  /**
   * What to do with a date in a year the data does not cover: `weekends` (default) treats Saturdays and
   * Sundays as the only rest days; `throw` refuses, for callers that must not guess.
   */
  outsideCoverage?: 'weekends' | 'throw';
}

export interface Calendar {
  /** The checked data behind the calendar (persist this after `extend`). */
  readonly data: CalendarData;
  /** A weekend that is not a make-up workday, or a day of a holiday's rest span. */
  isRestDay(date: string): boolean;
  /** Not a rest day: a weekday outside the holidays, or a make-up workday (调休上班). */
  isWorkingDay(date: string): boolean;
  /** The holiday whose rest span holds `date`, or null. */
  holidayOf(date: string): string | null;
  isMakeUpWorkday(date: string): boolean;
  /** OFFICIAL: the year comes from a notice; PROVISIONAL: fixed statutory rules only; NONE: not in the data. */
  coverage(date: string): Coverage;
  /** `date` itself when it is a working day, else the first working day after it. */
  workingDayOnOrAfter(date: string): string;
  /** The `days`-th working day after `date` (`date` itself not counted). */
  addWorkingDays(date: string, days: number): string;
  /** Working days in (from, to]: after `from`, up to and including `to`. */
  workingDaysBetween(from: string, to: string): number;
  /** A new calendar with `extra` merged in (see mergeCalendarData); throws CalendarDataError on bad data. */
  extend(extra: unknown): Calendar;
}

/** Ten years of days: no legal period is that long, so a longer search means broken data. */
const SEARCH_LIMIT_DAYS = 3660;

export function createCalendar(input: unknown, options: CalendarOptions = {}): Calendar {
  const data = validateCalendarData(input);
  const rest = new Map<string, string>();
  const makeUp = new Set<string>();
  const years = new Map<number, Coverage>();
  for (const y of data.years) {
    years.set(y.year, y.provisional ? 'PROVISIONAL' : 'OFFICIAL');
    for (const span of y.restDays) for (const d of spanDays(span)) rest.set(d, span.name);
    for (const m of y.makeUpWorkdays) makeUp.add(m.date);
  }

  function checked(date: string): string {
    if (!isCivilDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
    return date;
  }

  function coverage(date: string): Coverage {
    return years.get(Number(checked(date).slice(0, 4))) ?? 'NONE';
  }

  function isRestDay(date: string): boolean {
    if (rest.has(checked(date))) return true;
    if (makeUp.has(date)) return false;
    if (options.outsideCoverage === 'throw' && coverage(date) === 'NONE') {
      throw new RangeError(`The holiday calendar does not cover ${date.slice(0, 4)}; an administrator must add that year`);
    }
    return isWeekend(date);
  }

  function count(days: number): void {
    if (!Number.isInteger(days) || days < 0) throw new RangeError(`Not a whole, non-negative number of days: ${days}`);
  }

  const calendar: Calendar = {
    data,
    isRestDay,
    isWorkingDay: (date) => !isRestDay(date),
    holidayOf: (date) => rest.get(checked(date)) ?? null,
    isMakeUpWorkday: (date) => makeUp.has(checked(date)),
    coverage,
    workingDayOnOrAfter(date) {
      let d = checked(date);
      for (let i = 0; isRestDay(d); i++, d = addCivilDays(d, 1)) {
        if (i > SEARCH_LIMIT_DAYS) throw new RangeError(`No working day within ${SEARCH_LIMIT_DAYS} days of ${date}`);
      }
      return d;
    },
    addWorkingDays(date, days) {
      count(days);
      let d = checked(date);
      for (let left = days, i = 0; left > 0; i++) {
        if (i > SEARCH_LIMIT_DAYS) throw new RangeError(`No ${days} working days within ${SEARCH_LIMIT_DAYS} days of ${date}`);
        d = addCivilDays(d, 1);
        if (!isRestDay(d)) left--;
      }
      return d;
    },
    workingDaysBetween(from, to) {
      let n = 0;
      for (let d = addCivilDays(checked(from), 1); d <= checked(to); d = addCivilDays(d, 1)) if (!isRestDay(d)) n++;
      return n;
    },
    extend: (extra) => createCalendar(mergeCalendarData(data, extra), options),
  };
  return calendar;
}
