import { badUserInput } from './errors';

/** A page of a keyset-paginated list (Relay-style connection). */
export interface Page<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;

/** The page size to use; above the cap (or below 1) is the client's mistake, not silently clamped. */
export function pageSize(first: number | null | undefined, cap: number, field = 'first'): number {
  if (first === null || first === undefined) return Math.min(DEFAULT_PAGE_SIZE, cap);
  if (!Number.isInteger(first) || first < 1) throw badUserInput(field, 'must be a positive integer');
  if (first > cap) throw badUserInput(field, `must be at most ${cap}`);
  return first;
}

/** Cursors are opaque to clients: base64url JSON of the sort key of the last row. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number, field = 'after'): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key;
  } catch {
    /* fall through */
  }
  throw badUserInput(field, 'is not a valid cursor');
}

/** Build a page from `size + 1` fetched rows. */
export function toPage<T>(rows: T[], size: number, keyOf: (row: T) => (string | number)[]): Page<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { nodes, edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
}
