/**
 * Clocks that pause and resume, as data: `{ startedAt, kind, amount, pauses }` in, deadline and status out.
 *
 * Every clock is a stopwatch that must run for `amount` units:
 * - HOURS: from `startedAt`, around the clock, for `amount` hours; due exactly then.
 * - NATURAL_DAYS: from 00:00 China time of the day after the start day (the start day is not counted), around
 *   the clock, for `amount` × 24 h; due 1 ms before it runs out (23:59:59.999 without pauses). When that
 *   instant falls on a rest day, the deadline moves to the end of the next working day (民法典 Art. 203).
 * - WORKING_DAYS: like NATURAL_DAYS but it runs on working days only (make-up workdays included), so
 *   without pauses it is due at the end of the `amount`-th working day after the start day.
 *
 * Pauses: the stopwatch stands still from `from` to `to` (`to: null`: still paused; it counts up to `asOf`).
 * A pause extends the deadline by exactly the running time it took away: for the natural and hour clocks
 * the paused duration (after the clock began to run), for the working-day clock the paused part of working
 * days — a pause over whole working days adds those working days; time paused on a rest day or on the start
 * day adds nothing. A short pause does not buy a whole day, and a paused clock never runs out while paused
 * (the deadline may then fall at a time of day other than 23:59:59.999). A pause that begins after the
 * stopwatch ran out does not extend it (a breach is not undone by pausing).
 */
import type { Calendar } from './calendar';
import { addCivilDays, chinaDateOfMs, DAY_MS, HOUR_MS, instantMs, startOfChinaDayMs, toInstant } from './civil';
import { checkClockDays, checkClockHours } from './deadlines';
import { completionMs, Interval, RunningDays, runningMs } from './stopwatch';

export type ClockKind = 'NATURAL_DAYS' | 'WORKING_DAYS' | 'HOURS';

export interface ClockPause {
  from: string;
  /** null while the clock is paused. */
  to: string | null;
}

export interface ClockState {
  /** When the clock started (an ISO instant). */
  startedAt: string;
  kind: ClockKind;
  /** Days for the day clocks (whole, ≥ 1), hours for HOURS (> 0). */
  amount: number;
  /** In time order, not overlapping; only the last may be open. */
  pauses: ClockPause[];
}

export interface ClockStatus {
  /** The deadline; while paused, the deadline if the clock resumed at `now`. */
  dueAt: string;
  /** Milliseconds from `now` to `dueAt`, 0 once breached. */
  remainingMs: number;
  /** Running time left ÷ running time in all (start to deadline), 0..1; frozen while paused. */
  fractionLeft: number;
  /** At most a quarter of the time is left and the clock has not yet run out. */
  warning: boolean;
  /** `now` is after `dueAt`. */
  breached: boolean;
  /** The moment of the breach (= dueAt) once breached, else null. */
  breachedAt: string | null;
  /** An open pause has begun by `now`. */
  paused: boolean;
}

/** Warn when this share of the time, or less, is left. */
export const WARNING_FRACTION = 0.25;

const KINDS: readonly ClockKind[] = ['NATURAL_DAYS', 'WORKING_DAYS', 'HOURS'];

interface Plan {
  runStart: number;
  target: number;
  pauses: Interval[];
  runningDays: RunningDays;
}

function plan(state: ClockState, calendar: Calendar, asOf?: string): Plan {
  if (!KINDS.includes(state.kind)) throw new RangeError(`Unknown clock kind: ${JSON.stringify(state.kind)}`);
  if (state.kind === 'HOURS') checkClockHours(state.amount);
  else checkClockDays(state.amount);
  const startMs = instantMs(state.startedAt);
  const runStart = state.kind === 'HOURS' ? startMs : startOfChinaDayMs(addCivilDays(chinaDateOfMs(startMs), 1));
  const pauses: Interval[] = [];
  let previousEnd = startMs;
  state.pauses.forEach((p, i) => {
    const from = instantMs(p.from);
    if (from < previousEnd) {
      throw new RangeError(`pauses[${i}].from (${p.from}) is before ${i === 0 ? 'the clock started' : 'the previous pause ended'}`);
    }
    let to: number;
    if (p.to !== null) to = instantMs(p.to);
    else if (i !== state.pauses.length - 1) throw new RangeError(`pauses[${i}] is open but is not the last pause`);
    else if (asOf === undefined) throw new RangeError('The clock is paused: pass asOf to count the open pause');
    else to = Math.max(from, instantMs(asOf));
    if (to < from) throw new RangeError(`pauses[${i}].to (${p.to}) is before its from (${p.from})`);
    previousEnd = to;
    if (to > runStart) pauses.push({ from: Math.max(from, runStart), to });
  });
  return {
    runStart,
    target: state.amount * (state.kind === 'HOURS' ? HOUR_MS : DAY_MS),
    pauses,
    runningDays: state.kind === 'WORKING_DAYS' ? (d) => calendar.isWorkingDay(d) : null,
  };
}

function dueMsOf(state: ClockState, calendar: Calendar, p: Plan): number {
  const end = completionMs(p.runStart, p.target, p.pauses, p.runningDays);
  if (state.kind === 'HOURS') return end;
  const lastDay = chinaDateOfMs(end - 1);
  if (state.kind === 'NATURAL_DAYS' && calendar.isRestDay(lastDay)) {
    return startOfChinaDayMs(calendar.workingDayOnOrAfter(lastDay)) + DAY_MS - 1;
  }
  return end - 1;
}

/**
 * The deadline of a clock, as an ISO instant. With an open pause, pass `asOf`: the pause counts up to it
 * (the deadline if the clock resumed then); without `asOf` an open pause is an error.
 */
export function deadlineOf(state: ClockState, calendar: Calendar, asOf?: string): string {
  return toInstant(dueMsOf(state, calendar, plan(state, calendar, asOf)));
}

/** Where a clock stands at `now`: deadline, time left, warning at 25 %, breach. */
export function clockStatus(state: ClockState, now: string, calendar: Calendar): ClockStatus {
  const p = plan(state, calendar, now);
  const nowMs = instantMs(now);
  const dueMs = dueMsOf(state, calendar, p);
  // The stopwatch's own measure: working time for a working-day clock, pauses left out.
  const endMs = state.kind === 'HOURS' ? dueMs : dueMs + 1;
  const total = runningMs(p.runStart, endMs, p.pauses, p.runningDays);
  const left = runningMs(Math.max(nowMs, p.runStart), endMs, p.pauses, p.runningDays);
  const fractionLeft = total > 0 ? Math.min(1, left / total) : 0;
  const breached = nowMs > dueMs;
  const last = state.pauses[state.pauses.length - 1];
  return {
    dueAt: toInstant(dueMs),
    remainingMs: Math.max(0, dueMs - nowMs),
    fractionLeft,
    warning: !breached && fractionLeft <= WARNING_FRACTION,
    breached,
    breachedAt: breached ? toInstant(dueMs) : null,
    paused: !!last && last.to === null && instantMs(last.from) <= nowMs,
  };
}
