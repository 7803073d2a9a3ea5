/**
 * The 12309 clocks in natural days (period arithmetic, 民法典 Arts. 201–202): the start day is not counted;
 * a period in months ends on the corresponding day of the last month, or on that month's last day when it
 * has no such day. Pure functions over `YYYY-MM-DD` strings.
 *
 * Not yet here (a later issue): the working-day variant some provinces use for the procedural reply, and the
 * move of a deadline that falls on a rest day to the next working day (Art. 203), both of which need the
 * State Council holiday and make-up-workday calendar.
 */
export const PROCEDURAL_REPLY_DAYS = 7;
export const OUTCOME_REPLY_MONTHS = 3;

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

/** Last day of the procedural reply (程序性回复): `days` natural days after the receiving day. */
export function proceduralReplyDueOn(receivedOn: string, days = PROCEDURAL_REPLY_DAYS): string {
  return addDays(receivedOn, days);
}

/** Last day of the reply on progress or result (办理过程或结果答复): `months` months after the receiving day. */
export function outcomeReplyDueOn(receivedOn: string, months = OUTCOME_REPLY_MONTHS): string {
  return addMonths(receivedOn, months);
}

/**
 * Due days of the monthly progress follow-ups owed after a progress reply: one month after the
 * progress-or-result due day, then every month, up to and including `until`. Each is counted from the
 * due day itself (not from the previous follow-up), so a short month never shifts the later ones.
 */
export function followUpDueDates(outcomeDueOn: string, until: string): string[] {
  const out: string[] = [];
  for (let i = 1; ; i++) {
    const due = addMonths(outcomeDueOn, i);
    if (due > until) return out;
    out.push(due);
  }
}
