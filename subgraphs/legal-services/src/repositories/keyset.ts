import type { Knex } from 'knex';
import { badUserInput } from '../../../kit/errors';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../../kit/pagination';

/** The kind of a sort-key column, so a cursor is checked before it reaches SQL. */
export type KeyKind = 'string' | 'date' | 'timestamp';

/** A keyset order: up to two columns, the last one unique (the id), one direction. */
export interface KeysetOrder<T> {
  columns: { column: string; kind: KeyKind }[];
  direction: 'asc' | 'desc';
  /** The sort key of a parsed row, in column order. */
  keyOf(row: T): string[];
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

function checkKey(key: (string | number)[], order: KeysetOrder<unknown>): string[] {
  return order.columns.map(({ kind }, i) => {
    const v = key[i];
    const ok = typeof v === 'string' && (kind === 'string' ? v.length <= 64 : kind === 'date' ? /^\d{4}-\d{2}-\d{2}$/.test(v) : ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v)));
    if (!ok) throw badUserInput('after', 'is not a valid cursor');
    return v as string;
  });
}

/**
 * Read one page of a scoped query: checks `first` against the cap and the cursor's shape, applies the keyset
 * condition and order, fetches `size + 1` rows in one statement and parses them at the edge.
 */
export async function readPage<T>(
  qb: Knex.QueryBuilder,
  order: KeysetOrder<T>,
  args: PageArgs,
  cap: number,
  parse: (row: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const size = pageSize(args.first, cap);
  const raw = decodeCursor(args.after, order.columns.length);
  const op = order.direction === 'desc' ? '<' : '>';
  const [first, second] = order.columns.map((c) => c.column);
  if (raw) {
    const key = checkKey(raw, order as KeysetOrder<unknown>);
    if (second === undefined) qb.where(first, op, key[0]);
    else qb.where((w) => w.where(first, op, key[0]).orWhere((w2) => w2.where(first, key[0]).andWhere(second, op, key[1])));
  }
  for (const { column } of order.columns) qb.orderBy(column, order.direction);
  const rows: Record<string, unknown>[] = await qb.limit(size + 1);
  return toPage(rows.map(parse), size, order.keyOf);
}
