import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../../../kit/errors';
import type { Logger } from '../../../kit/log';
import { maskError } from '../../../kit/masking';

/** What mercurius and Fastify throw for a bad request: a status, a code, maybe the GraphQL errors inside. */
interface RequestFailure extends Error {
  statusCode?: number;
  code?: string;
  errors?: unknown[];
}

const CODE_OF_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

export interface ErrorFormatterOptions {
  /** Drop "Did you mean …?" from validation messages (outside development the schema is not advertised). */
  hideSuggestions: boolean;
}

interface Formatted {
  status?: number;
  errors: GraphQLFormattedError[];
}

/** The errors mercurius collected while parsing and validating (MER_ERR_GQL_VALIDATION, method not allowed …). */
function requestErrors(wrapper: RequestFailure, inner: unknown[], opts: ErrorFormatterOptions): Formatted {
  const methodNotAllowed = wrapper.code === 'MER_ERR_METHOD_NOT_ALLOWED';
  const errors = inner.map((e): GraphQLFormattedError => {
    const err = e as RequestFailure;
    let code: string = ErrorCode.BAD_USER_INPUT;
    if (methodNotAllowed) code = 'METHOD_NOT_ALLOWED';
    else if (err.message.startsWith('Syntax Error')) code = 'GRAPHQL_PARSE_FAILED';
    else if (/^Variable "\$/.test(err.message)) code = ErrorCode.BAD_USER_INPUT;
    else if (err instanceof GraphQLError || err.code === 'MER_ERR_GQL_QUERY_DEPTH') code = 'GRAPHQL_VALIDATION_FAILED';
    else code = 'BAD_REQUEST';
    const message = opts.hideSuggestions ? err.message.replace(/ Did you mean .*\?$/, '') : err.message;
    const locations = err instanceof GraphQLError ? err.locations : undefined;
    return { message, ...(locations ? { locations } : {}), extensions: { code } };
  });
  return { status: wrapper.statusCode ?? 400, errors };
}

/** One error of an execution (or an unexpected one): kit masking semantics; `extensions.http` sets the status. */
function executionError(error: GraphQLError, logger: Logger, requestId: string): Formatted {
  const formatted = error.toJSON();
  const { http, ...extensions } = (formatted.extensions ?? {}) as { http?: { status?: number } } & Record<string, unknown>;
  const masked = maskError({ ...formatted, extensions }, error, logger, requestId);
  const isPublic = masked.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR;
  return { status: isPublic ? http?.status : undefined, errors: [masked] };
}

function formatOne(error: GraphQLError, logger: Logger, requestId: string, opts: ErrorFormatterOptions): Formatted {
  const original = error.originalError as RequestFailure | undefined;
  if (original && !(original instanceof GraphQLError)) {
    if (Array.isArray(original.errors)) return requestErrors(original, original.errors, opts);
    const status = original.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { status, errors: [{ message: original.message, extensions: { code: CODE_OF_STATUS[status] ?? 'BAD_REQUEST' } }] };
    }
  }
  return executionError(error, logger, requestId);
}

/**
 * mercurius' `errorFormatter`: our coded GraphQLErrors keep their code and message; parse, validation and HTTP
 * errors get stable codes and a 4xx status; anything else becomes INTERNAL_SERVER_ERROR with the request id,
 * its detail logged. A request-level failure (no `data` at all) that is unexpected answers 500.
 */
export function createErrorFormatter(logger: Logger, opts: ErrorFormatterOptions) {
  return (execution: ExecutionResult & { errors: readonly GraphQLError[] }, context: MercuriusContext) => {
    const requestId = (context as Partial<{ requestId: string }>).requestId ?? randomUUID();
    const requestLevel = !('data' in execution);
    let statusCode: number | undefined;
    const errors: GraphQLFormattedError[] = [];
    for (const error of execution.errors) {
      const one = formatOne(error, logger, requestId, opts);
      statusCode ??= one.status;
      errors.push(...one.errors);
    }
    statusCode ??= requestLevel ? 500 : 200;
    return { statusCode, response: requestLevel ? { errors } : { data: execution.data ?? null, errors } };
  };
}
