import { badUserInput } from '../../kit/errors';

/**
 * Input checks at the edge. The `Date` scalar has no parser of its own, so every date argument is checked
 * here; a bad value is the client's mistake (`BAD_USER_INPUT` naming the field), never a database error.
 */

/** A jurisdiction filter: a digit prefix of a 12-digit region code, e.g. `220302`. */
export function jurisdictionPrefix(value: string | null | undefined, field = 'filter.jurisdiction'): string | null {
  if (value === null || value === undefined) return null;
  if (!/^\d{2,12}$/.test(value)) throw badUserInput(field, 'must be a region-code prefix of 2 to 12 digits');
  return value;
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function calendarDate(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw badUserInput(field, 'must be a calendar date YYYY-MM-DD');
  }
  return value;
}

/** An id argument: non-empty and at most 64 characters (the width of every id column). */
export function idArgument(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (value.length === 0 || value.length > 64) throw badUserInput(field, 'must be an id of 1 to 64 characters');
  return value;
}

/** A required free text: trimmed, not empty, at most `max` characters. */
export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const v = (value ?? '').trim();
  if (!v) throw badUserInput(field, 'is required');
  if ([...v].length > max) throw badUserInput(field, `must be at most ${max} characters`);
  return v;
}

/** An amount in yuan: digits with at most two fraction digits, as a two-digit decimal string (`183000.00`). */
export function amountArgument(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!m) throw badUserInput(field, 'must be an amount in yuan such as 183000 or 183000.50');
  return `${String(Number(m[1]))}.${(m[2] ?? '').padEnd(2, '0')}`;
}
