/**
 * The 12309 clocks (docs/domain.md "Deadlines"), pure functions over `YYYY-MM-DD` strings.
 *
 * Period arithmetic (民法典 Arts. 201–203; 民事诉讼法 Art. 85): the start day is not counted; a period in months
 * ends on the corresponding day of the last month, or on that month's last day when it has none; a period whose
 * last day is a rest day (a weekend or a statutory holiday per the State Council calendar, a make-up workday
 * counting as a working day) ends on the next working day. The calendar and the day arithmetic are the shared
 * clock engine's (kit/clock: `chinaCalendar`, `naturalDaysDueOn`, `workingDaysDueOn`; 2025 and 2026 official,
 * 2027 provisional). `addDays` / `addMonths` stay plain helpers for dating events, never for due dates.
 */
import { chinaCalendar, monthsDueOn as kitMonthsDueOn, naturalDaysDueOn, workingDaysDueOn, type Calendar } from '../../../kit/clock';

export const PROCEDURAL_REPLY_DAYS = 7;
export const OUTCOME_REPLY_MONTHS = 3;

/**
 * How the procedural reply's days are counted: natural days moved off a rest day (the default), or working
 * days, as some provinces do (domain.md: "7 days (some provinces: working days; configurable)").
 */
export const PROCEDURAL_REPLY_COUNTINGS = ['NATURAL_DAYS', 'WORKING_DAYS'] as const;
export type ProceduralReplyCounting = (typeof PROCEDURAL_REPLY_COUNTINGS)[number];

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

function parts(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function format(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether `value` is an existing calendar day written `YYYY-MM-DD`. */
export function isDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return !!m && format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) === value;
}

/** The calendar day (China Standard Time, UTC+8) of an instant. */
export function chinaDateOf(iso: string): string {
  return format(Date.parse(iso) + CHINA_OFFSET_MS);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return format(Date.UTC(y, m - 1, d) + days * DAY_MS);
}

/** `months` months after `date`: the corresponding day, or the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return format(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/** A month period of the 12309 clocks (kit/clock `monthsDueOn`), on the China calendar by default. */
export function monthsDueOn(startDate: string, months: number, calendar: Calendar = chinaCalendar): string {
  if (!isDate(startDate)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(startDate)}`);
  return kitMonthsDueOn(startDate, months, calendar);
}

/**
 * Last day of the procedural reply (程序性回复): `days` days after the receiving day, in natural days moved off
 * a rest day, or in working days where the province counts so.
 */
export function proceduralReplyDueOn(
  receivedOn: string,
  days = PROCEDURAL_REPLY_DAYS,
  counting: ProceduralReplyCounting = 'NATURAL_DAYS',
  calendar: Calendar = chinaCalendar,
): string {
  if (!isDate(receivedOn)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(receivedOn)}`);
  return counting === 'WORKING_DAYS' ? workingDaysDueOn(receivedOn, days, calendar) : naturalDaysDueOn(receivedOn, days, calendar);
}

/** Last day of the reply on progress or result (办理过程或结果答复): `months` months after the receiving day, moved off a rest day. */
export function outcomeReplyDueOn(receivedOn: string, months = OUTCOME_REPLY_MONTHS, calendar: Calendar = chinaCalendar): string {
  return monthsDueOn(receivedOn, months, calendar);
}

/**
 * Due day of the `sequence`-th monthly progress follow-up owed after a progress reply: `sequence` months after the
 * end of the 3-month period, i.e. 3 + `sequence` months after the receiving day, moved off a rest day. Each is
 * counted from the receiving day (not from the previous follow-up, nor from a due day moved off a rest day), so
 * neither a short month nor a holiday shifts the later ones.
 */
export function followUpDueOn(receivedOn: string, sequence: number, calendar: Calendar = chinaCalendar): string {
  return monthsDueOn(receivedOn, OUTCOME_REPLY_MONTHS + sequence, calendar);
}

/** Due days of the monthly follow-ups (see `followUpDueOn`) up to and including `until`. */
export function followUpDueDates(receivedOn: string, until: string, calendar: Calendar = chinaCalendar): string[] {
  const out: string[] = [];
  for (let i = 1; ; i++) {
    const due = followUpDueOn(receivedOn, i, calendar);
    if (due > until) return out;
    out.push(due);
  }
}
