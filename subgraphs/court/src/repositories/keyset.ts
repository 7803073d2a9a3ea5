import type { Knex } from 'knex';

/** Rows strictly after `key` in `(first desc, second desc)` order: the keyset condition of a descending list. */
export function whereAfterDesc(qb: Knex.QueryBuilder, first: string, second: string, key: (string | number)[]): Knex.QueryBuilder {
  const [a, b] = key;
  return qb.where((w) => {
    w.where(first, '<', a).orWhere((w2) => w2.where(first, '=', a).andWhere(second, '<', b));
  });
}

/** Rows whose region code starts with a validated digit prefix (the `jurisdiction` filter; it only narrows). */
export function whereRegionPrefix(qb: Knex.QueryBuilder, prefix: string | null): Knex.QueryBuilder {
  return prefix ? qb.where('region_code', 'like', `${prefix}%`) : qb;
}
