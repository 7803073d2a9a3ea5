/**
 * Civil dates and instants in China time (UTC+8, no daylight saving), as plain functions.
 *
 * A civil date is written `YYYY-MM-DD` and names a calendar day in China; an instant is an ISO 8601 string
 * with an explicit zone (`Z` or `±hh:mm`). Nothing here reads the clock or the machine's time zone.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** China Standard Time is UTC+8 all year. */
export const CHINA_OFFSET_MS = 8 * HOUR_MS;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Date, time, optional fraction, and a zone that is required: a zoneless string would be read in local time. */
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether `value` is an existing calendar day written `YYYY-MM-DD` (rejects `2026-02-30`). */
export function isCivilDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  return !!m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === value;
}

/** Whether `value` is an ISO 8601 instant with an explicit zone (`2026-09-29T02:00:00Z`, `…+08:00`). */
export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && INSTANT_RE.test(value) && !Number.isNaN(Date.parse(value));
}

/** Milliseconds since the epoch of an instant; throws a RangeError naming the value when it is not one. */
export function instantMs(instant: string): number {
  if (!isInstant(instant)) throw new RangeError(`Not an ISO instant with a zone: ${JSON.stringify(instant)}`);
  return Date.parse(instant);
}

/** The canonical ISO string (UTC, milliseconds) of an epoch millisecond count. */
export function toInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** UTC midnight of a civil date, in ms: the basis of day arithmetic (no zone involved). */
function civilMs(date: string): number {
  if (!isCivilDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return Date.parse(`${date}T00:00:00Z`);
}

/** The civil date `days` days after `date` (negative: before). */
export function addCivilDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return new Date(civilMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The civil date `months` months after `date`: the same-numbered day, or the last day of a shorter month (民法典 Art. 202 practice). */
export function addCivilMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`Not a whole number of months: ${months}`);
  const ms = civilMs(date);
  const d = new Date(ms);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  const lastDay = new Date(Date.UTC(y, m + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (positive when `to` is later). */
export function civilDaysBetween(from: string, to: string): number {
  return Math.round((civilMs(to) - civilMs(from)) / DAY_MS);
}

/** Day of the week of a civil date: 0 Sunday … 6 Saturday. */
export function weekdayOf(date: string): number {
  return new Date(civilMs(date)).getUTCDay();
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const d = weekdayOf(date);
  return d === 0 || d === 6;
}

/** The civil date in China of an instant given in ms. */
export function chinaDateOfMs(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The civil date in China of an instant (`2026-09-29T16:30:00Z` is already 2026-09-30 in China). */
export function chinaDateOf(instant: string): string {
  return chinaDateOfMs(instantMs(instant));
}

/** The first millisecond (00:00 China time) of a civil date, in ms. */
export function startOfChinaDayMs(date: string): number {
  return civilMs(date) - CHINA_OFFSET_MS;
}

/** The first instant (00:00:00.000 China time) of a civil date, as an ISO string. */
export function startOfChinaDay(date: string): string {
  return toInstant(startOfChinaDayMs(date));
}

/** The last instant (23:59:59.999 China time) of a civil date, as an ISO string: `2026-10-12T15:59:59.999Z`. */
export function endOfChinaDay(date: string): string {
  return toInstant(startOfChinaDayMs(date) + DAY_MS - 1);
}
