/**
 * The stopwatch under every clock: it runs from `runStart`, only on running days (all days, or working days
 * only), and stands still during pauses. Times are epoch milliseconds; intervals are half-open [from, to).
 */
import { addCivilDays, chinaDateOfMs, DAY_MS, startOfChinaDayMs } from './civil';

export interface Interval {
  from: number;
  to: number;
}

/** Which China civil dates the stopwatch runs on; `null`: every day, around the clock. */
export type RunningDays = ((date: string) => boolean) | null;

/** Ten years: no period is that long, so a longer walk means broken data. */
const WALK_LIMIT_DAYS = 3660;

/** The parts of [a, b) that no pause covers (`pauses` sorted and disjoint). */
function freeSegments(a: number, b: number, pauses: Interval[]): Interval[] {
  const out: Interval[] = [];
  let cursor = a;
  for (const p of pauses) {
    if (p.to <= cursor) continue;
    if (p.from >= b) break;
    if (p.from > cursor) out.push({ from: cursor, to: p.from });
    cursor = Math.max(cursor, p.to);
  }
  if (cursor < b) out.push({ from: cursor, to: b });
  return out;
}

/** The instant the stopwatch started at `runStart` has run for `target` ms. */
export function completionMs(runStart: number, target: number, pauses: Interval[], runningDays: RunningDays): number {
  if (!runningDays) {
    let end = runStart + target;
    for (const p of pauses) {
      if (p.from >= end) break;
      end += p.to - Math.max(p.from, runStart);
    }
    return end;
  }
  let acc = 0;
  let date = chinaDateOfMs(runStart);
  for (let i = 0; i <= WALK_LIMIT_DAYS; i++, date = addCivilDays(date, 1)) {
    if (!runningDays(date)) continue;
    const dayStart = startOfChinaDayMs(date);
    for (const seg of freeSegments(Math.max(runStart, dayStart), dayStart + DAY_MS, pauses)) {
      const length = seg.to - seg.from;
      if (acc + length >= target) return seg.from + (target - acc);
      acc += length;
    }
  }
  throw new RangeError(`The clock does not run out within ${WALK_LIMIT_DAYS} days of its start`);
}

/** How long the stopwatch runs within [a, b), pauses and non-running days left out. */
export function runningMs(a: number, b: number, pauses: Interval[], runningDays: RunningDays): number {
  if (b <= a) return 0;
  const total = (from: number, to: number) => freeSegments(from, to, pauses).reduce((sum, s) => sum + s.to - s.from, 0);
  if (!runningDays) return total(a, b);
  let sum = 0;
  for (let date = chinaDateOfMs(a); startOfChinaDayMs(date) < b; date = addCivilDays(date, 1)) {
    if (!runningDays(date)) continue;
    const dayStart = startOfChinaDayMs(date);
    sum += total(Math.max(a, dayStart), Math.min(b, dayStart + DAY_MS));
  }
  return sum;
}
