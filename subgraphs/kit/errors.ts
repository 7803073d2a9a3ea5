import { GraphQLError } from 'graphql';

/** Stable error codes of the hub. Clients branch on these, never on messages. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  CONFLICT: 'CONFLICT',
  GATEWAY_SIGNATURE_REQUIRED: 'GATEWAY_SIGNATURE_REQUIRED',
  GATEWAY_SIGNATURE_INVALID: 'GATEWAY_SIGNATURE_INVALID',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

function coded(message: string, code: string, status?: number, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...extra, ...(status ? { http: { status } } : {}) },
  });
}

/** The client sent something invalid; `field` names the input path (e.g. `input.parties[0].idNumber`). */
export function badUserInput(field: string, reason: string): GraphQLError {
  // No HTTP status: an execution error answers 200 with the error in the body, so the gateway can pass the
  // code on (it turns a subgraph's non-2xx answer into an opaque failure).
  return coded(`${field}: ${reason}`, ErrorCode.BAD_USER_INPUT, undefined, { field });
}

/** The record does not exist or lies outside the viewer's scope (never say which). */
export function notFound(what: string): GraphQLError {
  return coded(`${what} not found`, ErrorCode.NOT_FOUND);
}

export function forbidden(message = 'Forbidden', code: string = ErrorCode.FORBIDDEN): GraphQLError {
  return coded(message, code, 403);
}

export function unauthenticated(message = 'Authentication required'): GraphQLError {
  return coded(message, ErrorCode.UNAUTHENTICATED, 401);
}

/** A state conflict, e.g. an illegal lifecycle transition; `code` is a stable, specific code. */
export function conflict(message: string, code: string = ErrorCode.CONFLICT, extra: Record<string, unknown> = {}): GraphQLError {
  return coded(message, code, undefined, extra);
}

/**
 * Whether an error may reach the client as it is. Our factories and the GraphQL engine set a code;
 * anything that arrives as INTERNAL_SERVER_ERROR (or with no code) is unexpected and gets masked.
 */
export function isPublicCode(code: unknown): boolean {
  return typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR;
}

/** A mutation the viewer's role may not perform at all (not a row: rows out of scope read as NOT_FOUND). */
export function notAllowed(action: string): GraphQLError {
  return coded(`Not allowed: ${action}`, ErrorCode.FORBIDDEN);
}

/** An illegal lifecycle transition: stable code, nothing changed. */
export function illegalTransition(from: string, to: string, what = 'appeal'): GraphQLError {
  return conflict(`Cannot move ${what} from ${from} to ${to}`, 'ILLEGAL_TRANSITION', { from, to });
}
