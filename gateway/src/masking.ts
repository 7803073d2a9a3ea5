import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../../subgraphs/kit/errors';
import type { Logger } from '../../subgraphs/kit/log';
import { maskError } from '../../subgraphs/kit/masking';

/** Codes a subgraph may send that describe the hub's own wiring, not the client's request: masked. */
const INTERNAL_FROM_SUBGRAPH = new Set<string>([
  ErrorCode.UNAUTHENTICATED, ErrorCode.GATEWAY_SIGNATURE_REQUIRED, ErrorCode.GATEWAY_SIGNATURE_INVALID,
  'DOWNSTREAM_SERVICE_ERROR', ErrorCode.INTERNAL_SERVER_ERROR,
]);

/**
 * The gateway's error policy: a subgraph's stable client-facing codes (BAD_USER_INPUT, NOT_FOUND, ...) pass with
 * their message; the subgraph's name is never shown; anything unexpected becomes INTERNAL_SERVER_ERROR with a
 * request id that finds the detail in the log.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const ext = (formatted.extensions ?? {}) as Record<string, unknown>;
  const fromSubgraph = typeof ext.serviceName === 'string';
  const code = typeof ext.code === 'string' ? ext.code : undefined;
  // A subgraph that answered non-2xx (ext.response) failed at the HTTP level: that is the hub's problem, not the client's.
  if (fromSubgraph && (!code || INTERNAL_FROM_SUBGRAPH.has(code) || ext.response !== undefined)) {
    return maskError({ ...formatted, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }, error, logger);
  }
  const { serviceName: _s, stacktrace: _t, exception: _e, response: _r, ...rest } = ext;
  return maskError({ ...formatted, extensions: rest }, error, logger);
}
