import type { Knex } from 'knex';
import type { Agency, Viewer } from './viewer';

/**
 * Which rows of a region-coded table a viewer may read, decided from the viewer alone (never from input):
 * ADMIN and the hub's own SERVICE identity see everything; CENTER_STAFF and GRID_WORKER see their jurisdiction
 * prefixes; AGENCY_STAFF see their own agency's records inside their jurisdiction prefixes; everybody else
 * sees nothing here (owner- and dispatch-based access is added by the repositories that need it).
 */
export type RegionScope = { kind: 'all' } | { kind: 'prefixes'; prefixes: string[] } | { kind: 'none' };

export function regionScope(viewer: Viewer, agency?: Agency): RegionScope {
  switch (viewer.role) {
    case 'ADMIN':
    case 'SERVICE':
      return { kind: 'all' };
    case 'CENTER_STAFF':
    case 'GRID_WORKER':
      return viewer.jurisdictions.length ? { kind: 'prefixes', prefixes: viewer.jurisdictions } : { kind: 'none' };
    case 'AGENCY_STAFF':
      return agency && viewer.agency === agency && viewer.jurisdictions.length ? { kind: 'prefixes', prefixes: viewer.jurisdictions } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}

/** Restrict a query to the rows whose `column` (a region or grid code) starts with one of the viewer's prefixes. */
export function whereInScope<T extends Knex.QueryBuilder>(qb: T, column: string, scope: RegionScope): T {
  if (scope.kind === 'all') return qb;
  if (scope.kind === 'none') return qb.whereRaw('1 = 0') as T;
  return qb.where((w) => {
    for (const p of scope.prefixes) w.orWhere(column, 'like', `${p.replace(/[^0-9]/g, '')}%`);
  }) as T;
}

/** Whether a single code lies inside the scope (for rows already loaded). */
export function codeInScope(code: string, scope: RegionScope): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none') return false;
  return scope.prefixes.some((p) => code.startsWith(p));
}
