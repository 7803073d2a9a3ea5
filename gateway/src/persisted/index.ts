import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Logger } from '../../../subgraphs/kit/log';
import type { Viewer } from '../../../subgraphs/kit/viewer';
import { judge, type PersistedRequest } from './check';
import type { PersistedConfig } from './config';
import { readManifest, type PersistedOperation } from './manifest';
import { persistedOperationsPlugin } from './plugin';

export { loadPersistedConfig, type PersistedConfig } from './config';
export { PERSISTED_QUERY_HASH_MISMATCH, PERSISTED_QUERY_NOT_IN_LIST } from './check';

export interface PersistedOperations {
  manifest: ReadonlyMap<string, PersistedOperation>;
  /** Call from the context function, after the viewer is known: throws a GraphQLError with its HTTP status to refuse. */
  check(args: { req: IncomingMessage; rawBody: string; requestId: string }, viewer: Viewer): void;
  plugin: ReturnType<typeof persistedOperationsPlugin>;
}

/** The GraphQL request as the client sent it (POST JSON body, or GET search parameters). */
function requestOf(req: IncomingMessage, rawBody: string): PersistedRequest {
  if (req.method === 'GET') {
    const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
    let extensions: unknown;
    try {
      extensions = JSON.parse(params.get('extensions') ?? 'null');
    } catch {
      extensions = undefined; // Apollo answers malformed extensions with 400
    }
    return { query: params.get('query') ?? undefined, extensions };
  }
  try {
    const body = JSON.parse(rawBody) as unknown;
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as PersistedRequest) : { query: undefined, extensions: undefined };
  } catch {
    return { query: undefined, extensions: undefined };
  }
}

/**
 * Persisted operations for the citizen mini-program: the manifest (read and checked once, at start), the check the
 * context function runs and the plugin that runs a listed operation sent by its hash alone.
 */
export function createPersistedOperations(config: PersistedConfig, logger: Logger): PersistedOperations {
  const manifest = config.mode === 'off' && !fs.existsSync(config.manifestPath) ? new Map<string, PersistedOperation>() : readManifest(config.manifestPath);
  logger.info({ mode: config.mode, operations: manifest.size, roles: config.roles }, 'persisted operations');
  const held = (role: Viewer['role']) => config.mode !== 'off' && config.roles.includes(role);
  return {
    manifest,
    plugin: persistedOperationsPlugin(manifest),
    check({ req, rawBody, requestId }, viewer) {
      // Only parse the body again when there is something to judge: a viewer held to the list, or an APQ hash.
      if (!held(viewer.role) && !rawBody.includes('persistedQuery') && !(req.url ?? '').includes('persistedQuery')) return;
      const verdict = judge(requestOf(req, rawBody), viewer.role, { mode: config.mode, roles: config.roles, manifest });
      if (verdict.kind === 'audit') {
        logger.warn({ requestId, role: viewer.role, documentHash: verdict.hash }, 'persisted operations (audit): a document outside the list ran');
      } else if (verdict.kind === 'refuse') {
        throw new GraphQLError(verdict.message, { extensions: { code: verdict.code, http: { status: verdict.status } } });
      }
    },
  };
}
