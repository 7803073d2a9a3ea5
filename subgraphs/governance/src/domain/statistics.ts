/**
 * Dashboard statistics (domain.md, "Statistics"), defined once here and in the SDL; the SQL in
 * StatisticsRepository computes exactly these, and a test recounts them from raw rows.
 *
 * Scope: appeals whose region code starts with the jurisdiction prefix and whose category is the given code or
 * one of its leaves; period [from, to).
 * - Response rate (响应率): among work orders of in-scope appeals dispatched in the period, those signed for
 *   (accepted_at set) no later than their due time ÷ all of them.
 * - Resolution rate (解决率): among in-scope appeals received in the period that were handled to the end
 *   (status CLOSED), those resolved (latest rating not DISSATISFIED) ÷ the handled ones.
 * - Satisfaction rate (满意率): among feedback rows of in-scope appeals given in the period, SATISFIED (and
 *   BASICALLY_SATISFIED when counted) ÷ all of them.
 * - Overdue: work orders dispatched in the period replied after their due time, or still open (PENDING or
 *   ACCEPTED, no reply) past their due time as of `asOf`.
 * - Within-deadline share: work orders dispatched in the period and replied, replied by their due time ÷ replied.
 * - Most-complained units: per target unit, dissatisfied feedback in the period on its work orders plus its
 *   work orders returned in the period; top N by that sum (ties by unit id).
 */
export interface Rate {
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator, or null when nothing was counted. */
  value: number | null;
}

export function rate(numerator: number, denominator: number): Rate {
  const n = Number(numerator) || 0;
  const d = Number(denominator) || 0;
  return { numerator: n, denominator: d, value: d === 0 ? null : n / d };
}

export interface StatisticsArgs {
  jurisdiction: string;
  category: string | null;
  from: string;
  to: string;
  countBasicallySatisfied: boolean;
  asOf: string;
}

/** The ratings that count as satisfied. */
export function satisfiedRatings(countBasicallySatisfied: boolean): string[] {
  return countBasicallySatisfied ? ['SATISFIED', 'BASICALLY_SATISFIED'] : ['SATISFIED'];
}

/** Whether a category code is in scope of a filter (the code itself or one of its leaves). */
export function categoryMatches(filter: string | null, code: string): boolean {
  return !filter || code === filter || code.startsWith(`${filter}.`);
}

export interface ComplainedUnit { targetType: string; targetId: string; dissatisfied: number; returned: number; score: number }

/** Merge per-unit counts and take the top N (by score, then unit id). */
export function topComplained(dissatisfied: Map<string, number>, returned: Map<string, number>, n: number): ComplainedUnit[] {
  const keys = new Set([...dissatisfied.keys(), ...returned.keys()]);
  return [...keys].map((k) => {
    const [targetType, targetId] = k.split('|');
    const d = dissatisfied.get(k) ?? 0;
    const r = returned.get(k) ?? 0;
    return { targetType, targetId, dissatisfied: d, returned: r, score: d + r };
  }).sort((a, b) => b.score - a.score || (a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0)).slice(0, n);
}
