import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from './log';
import { runWithRequestId } from './requestScope';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Read a request id a trusted caller sent, or make one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const v = Array.isArray(given) ? given[0] : given;
  return v && /^[A-Za-z0-9-]{8,64}$/.test(v) ? v : randomUUID();
}

class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

function sendJsonError(res: ServerResponse, status: number, code: string, message: string, requestId: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', [REQUEST_ID_HEADER]: requestId });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, requestId } }] }));
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body over ${limit} bytes`));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body over ${limit} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Build the per-request context; throw a GraphQLError with `http.status` to refuse (401/403). */
  context: (args: { req: IncomingMessage; rawBody: string; requestId: string }) => Promise<TContext>;
  logger: Logger;
  bodyLimit: number;
  path?: string;
  /** Subgraphs: accept POST only (the gateway's signature covers the body, not a GET's query string). */
  postOnly?: boolean;
  /**
   * Cheap checks on the GraphQL request before Apollo sees it (the gateway's document limits). Return a refusal to answer
   * it with that status and code; anything thrown here would otherwise become a 500.
   */
  preflight?: (request: { query: unknown; operationName: unknown; variables: unknown }) => { status: number; code: string; message: string } | null;
  /** Extra routes (e.g. the playground); return true when handled. */
  extraRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

/**
 * A plain Node HTTP server in front of Apollo Server: body limit, JSON parsing with a JSON error body,
 * request ids, a health check. It does not listen; `main.ts` does.
 */
export function createGraphQLHttpServer<TContext extends BaseContext>(opts: GraphQLHttpOptions<TContext>): http.Server {
  const path = opts.path ?? '/graphql';
  return http.createServer((req, res) => {
    const requestId = requestIdOf(req);
    void runWithRequestId(requestId, () => handle(req, res, requestId));
  });

  async function handle(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/health') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"status":"ok"}');
        return;
      }
      if (opts.extraRoutes?.(req, res)) return;
      if (url.pathname !== path) return sendJsonError(res, 404, 'NOT_FOUND', 'Not found', requestId);
      if (opts.postOnly && req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        return sendJsonError(res, 405, 'METHOD_NOT_ALLOWED', 'Subgraphs accept POST only', requestId);
      }
      const rawBody = req.method === 'POST' ? await readBody(req, opts.bodyLimit) : '';
      const contentType = String(req.headers['content-type'] ?? '');
      let body: unknown = undefined;
      if (req.method === 'POST' && /^application\/(graphql-response\+)?json/i.test(contentType)) {
        const charset = /charset=([^;\s]+)/i.exec(contentType)?.[1]?.toLowerCase();
        if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Only UTF-8 JSON is accepted');
        if (rawBody.trim() === '') throw new HttpError(400, 'BAD_REQUEST', 'Empty request body');
        try {
          body = JSON.parse(rawBody);
        } catch {
          throw new HttpError(400, 'BAD_REQUEST', 'Malformed JSON body');
        }
      }
      if (opts.preflight) {
        const b = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
        const fromQuery = req.method === 'GET' ? { query: url.searchParams.get('query'), operationName: url.searchParams.get('operationName'), variables: undefined } : null;
        const refusal = opts.preflight(fromQuery ?? { query: b.query, operationName: b.operationName, variables: b.variables });
        if (refusal) return sendJsonError(res, refusal.status, refusal.code, refusal.message, requestId);
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const result = await opts.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () => opts.context({ req, rawBody, requestId }),
      });
      const outHeaders: Record<string, string> = { [REQUEST_ID_HEADER]: requestId };
      for (const [key, value] of result.headers) outHeaders[key] = value;
      res.writeHead(result.status ?? 200, outHeaders);
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (err) {
      if (err instanceof HttpError) return sendJsonError(res, err.status, err.code, err.message, requestId);
      opts.logger.error({ err, requestId }, 'unhandled HTTP error');
      if (!res.headersSent) sendJsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error', requestId);
      else res.end();
    }
  }
}

/** Listen on a port (0 = any free one) and resolve with the bound port. */
export function listen(server: http.Server, port: number, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : port);
    });
  });
}

/** Close a server, ending idle keep-alive connections. */
export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections?.();
  });
}
