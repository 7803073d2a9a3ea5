import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { ErrorCode, isPublicCode } from './errors';
import type { Logger } from './log';
import { currentRequestId } from './requestScope';

/**
 * Mask every unexpected error: the client gets `INTERNAL_SERVER_ERROR` and a request id, the log gets the
 * detail (SQL text, stack). Errors made by our factories keep their stable code and message.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, logger: Logger, requestId?: string): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isPublicCode(code)) {
    const { stacktrace: _s, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  const id = requestId ?? currentRequestId() ?? randomUUID();
  logger.error({ err: unwrapResolverError(error), requestId: id, path: formatted.path }, 'unexpected error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: id } };
}
