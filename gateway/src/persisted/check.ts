import type { Role } from '../../../subgraphs/kit/viewer';
import type { PersistedMode } from './config';
import { sha256Hex, type PersistedOperation } from './manifest';

export const PERSISTED_QUERY_NOT_IN_LIST = 'PERSISTED_QUERY_NOT_IN_LIST';
export const PERSISTED_QUERY_HASH_MISMATCH = 'PERSISTED_QUERY_HASH_MISMATCH';

/** What a GraphQL request says about itself: its text and the APQ-shaped `extensions.persistedQuery`. */
export interface PersistedRequest {
  query: unknown;
  extensions: unknown;
}

export type Verdict =
  /** In the manifest (by text or by hash). */
  | { kind: 'listed'; operation: PersistedOperation }
  /** Not ours to judge: the mode is off or the viewer is not held to the list. */
  | { kind: 'pass' }
  /** Audit mode: it runs, and the log names it. */
  | { kind: 'audit'; hash: string | null }
  | { kind: 'refuse'; status: 400 | 403; code: string; message: string };

export interface Policy {
  mode: PersistedMode;
  roles: readonly Role[];
  manifest: ReadonlyMap<string, PersistedOperation>;
}

/** The APQ shape `{ version: 1, sha256Hash }`, when the request carries one. */
export function persistedQueryOf(extensions: unknown): { version: unknown; sha256Hash: unknown } | null {
  if (!extensions || typeof extensions !== 'object') return null;
  const pq = (extensions as Record<string, unknown>).persistedQuery;
  return pq && typeof pq === 'object' ? (pq as { version: unknown; sha256Hash: unknown }) : null;
}

/**
 * Judge a request against the persisted-operations list. A text and a hash that disagree are a 400 for everyone;
 * a listed operation (its text's sha256, or a version-1 hash alone) always passes; anything else is refused (403)
 * in enforce mode and logged in audit mode, for the roles held to the list.
 */
export function judge(request: PersistedRequest, role: Role, policy: Policy): Verdict {
  const query = typeof request.query === 'string' ? request.query : undefined;
  const pq = persistedQueryOf(request.extensions);
  const hash = typeof pq?.sha256Hash === 'string' ? pq.sha256Hash : undefined;
  const textHash = query === undefined ? undefined : sha256Hex(query);
  if (pq && textHash !== undefined && hash !== textHash) {
    return { kind: 'refuse', status: 400, code: PERSISTED_QUERY_HASH_MISMATCH, message: 'extensions.persistedQuery.sha256Hash is not the sha256 of the query' };
  }
  const id = textHash ?? (pq?.version === 1 ? hash : undefined);
  const operation = id === undefined ? undefined : policy.manifest.get(id);
  if (operation) return { kind: 'listed', operation };
  if (policy.mode === 'off' || !policy.roles.includes(role)) return { kind: 'pass' };
  if (policy.mode === 'audit') return { kind: 'audit', hash: textHash ?? hash ?? null };
  return { kind: 'refuse', status: 403, code: PERSISTED_QUERY_NOT_IN_LIST, message: 'This client may run only the operations of its persisted list' };
}
