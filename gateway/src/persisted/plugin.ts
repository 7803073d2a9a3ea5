import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { persistedQueryOf } from './check';
import type { PersistedOperation } from './manifest';

/**
 * A request that names a listed operation by its hash alone runs the manifest's body: the plugin puts the body in
 * `request.query` before Apollo reads it and drops `extensions.persistedQuery`, so Apollo's own APQ cache is never
 * consulted (nor filled) for listed operations. Refusals happen earlier, in the context function, where the HTTP
 * status survives (an error thrown here would be a 500).
 */
export function persistedOperationsPlugin(manifest: ReadonlyMap<string, PersistedOperation>): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request }) {
      const pq = persistedQueryOf(request.extensions);
      if (!pq || pq.version !== 1 || typeof pq.sha256Hash !== 'string') return;
      const operation = manifest.get(pq.sha256Hash);
      if (!operation) return;
      if (request.query === undefined) request.query = operation.body;
      else if (request.query !== operation.body) return; // refused before (hash mismatch); never guess
      const { persistedQuery: _dropped, ...rest } = request.extensions ?? {};
      request.extensions = rest;
    },
  };
}
