import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { SubgraphConfig } from '../../../kit/config';
import { verifyGatewayCall } from '../../../kit/trust';
import type { Viewer } from '../../../kit/viewer';

/**
 * The gateway's trust check in front of mercurius. The JSON parser keeps the exact body string (the gateway
 * signs it); a route-level preHandler verifies signature and identity before anything executes, refusing with
 * 403 (no or bad gateway signature) or 401 (forged or expired identity) and a GraphQL-shaped body.
 */
const rawBodies = new WeakMap<FastifyRequest, string>();
const contexts = new WeakMap<FastifyRequest, object>();

function httpError(statusCode: number, message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode });
}

/** Replace Fastify's JSON parser with one that remembers the raw body (and refuses charsets other than UTF-8). */
export function registerRawJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const charset = /charset=([^;\s]+)/i.exec(String(request.headers['content-type'] ?? ''))?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') return done(httpError(415, 'Only UTF-8 JSON is accepted'), undefined);
    rawBodies.set(request, body as string);
    parseJson(request, body as string, done);
  });
}

function refuse(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ errors: [{ message, extensions: { code } }] });
}

/** The route hook: verify the call, then keep the request's context for mercurius' `context` function. */
export function gatewayTrustHook<TContext extends object>(config: Pick<SubgraphConfig, 'name' | 'trust'>, build: (viewer: Viewer, requestId: string) => TContext) {
  return async function verifyGateway(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    // Only the gateway calls a subgraph, and always by POST: a GET's query string is not covered by the signature.
    if (request.method !== 'POST') return refuse(reply.header('allow', 'POST'), 405, 'METHOD_NOT_ALLOWED', 'Subgraphs accept POST only');
    const raw = rawBodies.get(request);
    if (raw === undefined) return refuse(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Only application/json bodies are accepted');
    try {
      const viewer = await verifyGatewayCall(request.headers, raw, config.name, config.trust);
      contexts.set(request, build(viewer, request.id));
      return undefined;
    } catch (err) {
      const status = (err as GraphQLError).extensions?.http as { status?: number } | undefined;
      if (err instanceof GraphQLError && status?.status) return refuse(reply, status.status, String(err.extensions.code), err.message);
      throw err;
    }
  };
}

/** mercurius' `context` function: the verified context, or (on an early error path) just the request id. */
export function contextOf(request: FastifyRequest): object {
  return contexts.get(request) ?? { requestId: request.id };
}
