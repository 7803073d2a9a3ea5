/**
 * The clocks of the public legal service center, in natural days over `YYYY-MM-DD` strings (China Standard Time).
 * The start day is not counted (民法典 Art. 201): a mediation received on the 1st is due on the 31st.
 */

/** People's mediation: 30 days (local rules, e.g. Shenzhen Art. 25; court-entrusted mediation: 特邀调解规定 Art. 27). */
export const MEDIATION_DAYS = 30;
/** Judicial confirmation may be applied for within 30 days of the agreement taking effect (人民调解法 Art. 33). */
export const CONFIRMATION_WINDOW_DAYS = 30;

const DAY_MS = 86_400_000;
const CST_MS = 8 * 3_600_000;

/** The China Standard Time calendar day of an instant. */
export function chinaDateOf(instant: string | Date): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + CST_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Last day of a mediation that started (was received at its tier) on `startDate`. */
export function mediationDeadline(startDate: string): string {
  return addDays(startDate, MEDIATION_DAYS);
}

/** Last day to apply for judicial confirmation of an agreement signed on `signedDate`. */
export function judicialConfirmationDeadline(signedDate: string): string {
  return addDays(signedDate, CONFIRMATION_WINDOW_DAYS);
}
