/**
 * The holiday calendar as data: per year, the rest spans (放假) and make-up working days (调休上班) of the State
 * Council's notice. This module checks such data and merges an administrator's additions into it; it never
 * mutates its inputs.
 */
import { addCivilDays, civilDaysBetween, isCivilDate, isWeekend } from './civil';

/** Consecutive rest days of one holiday, both ends included (`to` omitted: a single day). */
export interface RestSpan {
  /** The holiday, e.g. `国庆节 National Day`. */
  name: string;
  from: string;
  to?: string;
}

/** A weekend day that is worked (调休上班) to make up for a holiday. */
export interface MakeUpWorkday {
  date: string;
  /** The holiday it makes up for. */
  name?: string;
}

export interface CalendarYear {
  year: number;
  /** Where the days come from: the notice (e.g. `国办发明电〔2024〕12号`) or how they were derived. */
  source: string;
  /** True while the official notice is not out and the days follow the fixed statutory rules only. */
  provisional?: boolean;
  note?: string;
  /** Extension data only: replace the year already in the calendar instead of adding to it. */
  replace?: boolean;
  restDays: RestSpan[];
  makeUpWorkdays: MakeUpWorkday[];
}

export interface CalendarData {
  note?: string;
  years: CalendarYear[];
}

/** Bad calendar data. `entry` names the offending entry (`years[1].restDays[2].from`, or a date for a clash). */
export class CalendarDataError extends Error {
  constructor(
    readonly entry: string,
    readonly reason: string,
  ) {
    super(`Calendar data ${entry}: ${reason}`);
    this.name = 'CalendarDataError';
  }
}

/** The longest rest span accepted: a guard against typing the wrong month. */
export const MAX_SPAN_DAYS = 31;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function onlyKeys(v: Obj, allowed: string[], at: string): void {
  for (const key of Object.keys(v)) {
    if (!allowed.includes(key)) throw new CalendarDataError(`${at}.${key}`, `unknown field (allowed: ${allowed.join(', ')})`);
  }
}

function text(v: unknown, at: string, optional = false): string | undefined {
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string' || v.trim() === '') throw new CalendarDataError(at, 'must be a non-empty string');
  return v;
}

function flag(v: unknown, at: string): boolean | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') throw new CalendarDataError(at, 'must be true or false');
  return v;
}

/** A date written YYYY-MM-DD that lies in `year` or an adjacent one (a make-up day may precede New Year). */
function dateIn(v: unknown, year: number, at: string): string {
  if (!isCivilDate(v)) throw new CalendarDataError(at, `${JSON.stringify(v)} is not a date written YYYY-MM-DD`);
  if (Math.abs(Number(v.slice(0, 4)) - year) > 1) throw new CalendarDataError(at, `${v} is too far from the year ${year}`);
  return v;
}

function list(v: unknown, at: string): unknown[] {
  if (!Array.isArray(v)) throw new CalendarDataError(at, 'must be a list');
  return v;
}

function parseSpan(v: unknown, year: number, at: string): RestSpan {
  if (!isObj(v)) throw new CalendarDataError(at, 'must be an object { name, from, to? }');
  onlyKeys(v, ['name', 'from', 'to'], at);
  const name = text(v.name, `${at}.name`)!;
  const from = dateIn(v.from, year, `${at}.from`);
  const to = v.to === undefined ? from : dateIn(v.to, year, `${at}.to`);
  const length = civilDaysBetween(from, to) + 1;
  if (length < 1) throw new CalendarDataError(`${at}.to`, `${to} is before ${from}`);
  if (length > MAX_SPAN_DAYS) throw new CalendarDataError(at, `${from}..${to} is ${length} days (at most ${MAX_SPAN_DAYS})`);
  return { name, from, to };
}

function parseMakeUp(v: unknown, year: number, at: string): MakeUpWorkday {
  if (!isObj(v)) throw new CalendarDataError(at, 'must be an object { date, name? }');
  onlyKeys(v, ['date', 'name'], at);
  const date = dateIn(v.date, year, `${at}.date`);
  if (!isWeekend(date)) throw new CalendarDataError(`${at}.date`, `${date} is not a Saturday or Sunday, so it cannot be a make-up workday`);
  const name = text(v.name, `${at}.name`, true);
  return name === undefined ? { date } : { date, name };
}

function parseYear(v: unknown, at: string): CalendarYear {
  if (!isObj(v)) throw new CalendarDataError(at, 'must be an object { year, source, restDays, makeUpWorkdays, ... }');
  onlyKeys(v, ['year', 'source', 'provisional', 'note', 'replace', 'restDays', 'makeUpWorkdays'], at);
  const year = v.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1949 || year > 2999) {
    throw new CalendarDataError(`${at}.year`, `${JSON.stringify(year)} is not a year`);
  }
  const out: CalendarYear = {
    year,
    source: text(v.source, `${at}.source`)!,
    restDays: list(v.restDays, `${at}.restDays`).map((s, i) => parseSpan(s, year, `${at}.restDays[${i}]`)),
    makeUpWorkdays: list(v.makeUpWorkdays, `${at}.makeUpWorkdays`).map((m, i) => parseMakeUp(m, year, `${at}.makeUpWorkdays[${i}]`)),
  };
  const provisional = flag(v.provisional, `${at}.provisional`);
  const replace = flag(v.replace, `${at}.replace`);
  const note = text(v.note, `${at}.note`, true);
  if (provisional !== undefined) out.provisional = provisional;
  if (replace !== undefined) out.replace = replace;
  if (note !== undefined) out.note = note;
  return out;
}

/** Every day of a span, in order. */
export function spanDays(span: RestSpan): string[] {
  const days: string[] = [];
  for (let d = span.from; d <= (span.to ?? span.from); d = addCivilDays(d, 1)) days.push(d);
  return days;
}

/** No year twice; no day both a rest day and a make-up workday, in any two years. */
function checkConsistent(years: CalendarYear[]): void {
  const seen = new Set<number>();
  const rest = new Map<string, string>();
  for (const y of years) {
    if (seen.has(y.year)) throw new CalendarDataError(String(y.year), 'the year is listed twice');
    seen.add(y.year);
    for (const span of y.restDays) for (const d of spanDays(span)) rest.set(d, `${span.name}, ${y.year}`);
  }
  for (const y of years) {
    for (const m of y.makeUpWorkdays) {
      const clash = rest.get(m.date);
      if (clash) throw new CalendarDataError(m.date, `is both a rest day (${clash}) and a make-up workday (${m.name ?? 'unnamed'}, ${y.year})`);
    }
  }
}

/**
 * Checks calendar data (from a file or an administrator) and returns a clean copy, years in order.
 * Throws a CalendarDataError naming the first bad entry.
 */
export function validateCalendarData(input: unknown): CalendarData {
  if (!isObj(input)) throw new CalendarDataError('(root)', 'must be an object { years: [...] }');
  onlyKeys(input, ['note', 'years'], '(root)');
  const years = list(input.years, 'years').map((y, i) => parseYear(y, `years[${i}]`));
  checkConsistent(years);
  const note = text(input.note, 'note', true);
  const out: CalendarData = { years: [...years].sort((a, b) => a.year - b.year) };
  if (note !== undefined) out.note = note;
  return out;
}

function sameSpan(a: RestSpan, b: RestSpan): boolean {
  return a.name === b.name && a.from === b.from && (a.to ?? a.from) === (b.to ?? b.from);
}

/** Adds `extra`'s years to `base` and its days to years `base` already has. */
function mergeYear(base: CalendarYear, extra: CalendarYear): CalendarYear {
  const { replace, ...rest } = extra;
  if (replace) return rest;
  const merged: CalendarYear = {
    ...base,
    source: base.source === extra.source ? base.source : `${base.source}; ${extra.source}`,
    restDays: [...base.restDays, ...extra.restDays.filter((s) => !base.restDays.some((b) => sameSpan(b, s)))],
    makeUpWorkdays: [...base.makeUpWorkdays, ...extra.makeUpWorkdays.filter((m) => !base.makeUpWorkdays.some((b) => b.date === m.date))],
  };
  if (extra.provisional !== undefined) merged.provisional = extra.provisional;
  if (extra.note !== undefined) merged.note = base.note && base.note !== extra.note ? `${base.note} ${extra.note}` : extra.note;
  return merged;
}

/**
 * Merges an administrator's additions into calendar data and checks the result.
 *
 * A year not in `base` is added. A year already there gets the extra rest spans and make-up days (and, when
 * given, the new `provisional` flag), unless the extra year says `replace: true`: then it replaces the old one
 * entirely, e.g. when the official notice for a provisional year comes out. Errors in `extra` name its entries
 * (`years[0].makeUpWorkdays[1].date`); a clash with `base` names the date.
 */
export function mergeCalendarData(base: CalendarData, extra: unknown): CalendarData {
  const clean = validateCalendarData(extra);
  const byYear = new Map(validateCalendarData(base).years.map((y) => [y.year, y]));
  for (const y of clean.years) {
    const old = byYear.get(y.year);
    if (old) byYear.set(y.year, mergeYear(old, y));
    else {
      const { replace: _replace, ...fresh } = y;
      byYear.set(y.year, fresh);
    }
  }
  const note = [...new Set([base.note, clean.note].filter(Boolean))].join(' ') || undefined;
  return validateCalendarData({ ...(note ? { note } : {}), years: [...byYear.values()] });
}
