import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './dataSource';
import { costOf, parseLimited, pickOperation, shapeBreach, type QueryLimits } from './limits';

/**
 * Refusals decided before Apollo runs (HTTP layer, so the status is right): too many tokens, an unknown or
 * ambiguous operation name, too deep, too many aliases or directives. A document that does not parse is left to
 * Apollo (400 GRAPHQL_PARSE_FAILED).
 */
export function preflight(request: { query: unknown; operationName: unknown }, limits: QueryLimits): { status: number; code: string; message: string } | null {
  if (typeof request.query !== 'string') return null;
  const doc = parseLimited(request.query, limits);
  if (!doc) return null;
  if ('code' in doc) return { status: 400, ...doc };
  const op = pickOperation(doc, request.operationName);
  if ('code' in op) return { status: 400, ...op };
  const breach = shapeBreach(doc, op, limits);
  return breach ? { status: 400, ...breach } : null;
}

/** The cost limit needs the schema: checked once the operation is resolved (a 400, not a 500). */
export function costPlugin(limits: QueryLimits): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) return;
          const cost = costOf(document, operation, schema, (request.variables ?? {}) as Record<string, unknown>, limits);
          if (cost > limits.maxCost) {
            throw new GraphQLError(`The query would cost ${Number.isFinite(cost) ? cost : 'too much'}; the limit is ${limits.maxCost} (lists count by their page size)`, {
              extensions: { code: 'QUERY_TOO_COSTLY', cost: Number.isFinite(cost) ? cost : null, limit: limits.maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
