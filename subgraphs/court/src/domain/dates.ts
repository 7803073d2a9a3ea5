/** Calendar arithmetic in China Standard Time (UTC+8, no daylight saving). */
const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3_600_000;

/** The CST calendar date of an instant. */
export function chinaDate(iso: string): string {
  return new Date(Date.parse(iso) + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days (the start day is not counted: received 03-01 + 30 days = 03-31). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** An instant on a CST working day: 09:00 CST plus `minutes`. */
export function officeTime(date: string, minutes: number): string {
  return new Date(Date.parse(`${date}T09:00:00+08:00`) + minutes * 60_000).toISOString();
}

export function minIso(a: string, b: string): string {
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

export function maxIso(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
