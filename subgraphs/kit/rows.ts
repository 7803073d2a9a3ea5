/** Rows are parsed at the edge: timestamps become ISO strings whatever the driver returned. */
export function toIso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  const s = String(value);
  return s.includes('T') ? new Date(s).toISOString() : new Date(s.replace(' ', 'T') + (/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? '' : 'Z')).toISOString();
}

export function toIsoRequired(value: unknown): string {
  const iso = toIso(value);
  if (iso === null) throw new Error('Expected a timestamp');
  return iso;
}

/** A calendar date (YYYY-MM-DD) from a DATE column or string. */
export function toDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const y = value.getFullYear(), m = value.getMonth() + 1, d = value.getDate();
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return String(value).slice(0, 10);
}

export function toBool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't' || value === 'true';
}

/** Parse a JSON text column (SQLite) or a json/jsonb value (PostgreSQL). */
export function toJson<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (typeof value === 'string') return JSON.parse(value) as T;
  return value as T;
}
