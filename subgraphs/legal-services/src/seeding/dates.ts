/** Calendar arithmetic for the seeder, in China Standard Time (UTC+8, no daylight saving). */
const CST_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** The CST calendar date of an instant. */
export function localDate(iso: string): string {
  return new Date(Date.parse(iso) + CST_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** An instant on a CST date: `hour` (0-23, CST) plus whole seconds. */
export function instantOn(date: string, hour: number, seconds = 0): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - CST_MS + hour * 3600_000 + seconds * 1000).toISOString();
}

export function addHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * 3600_000).toISOString();
}
