import { mercuriusFederationPlugin } from '@mercuriusjs/federation';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Knex } from 'knex';
import type { IResolvers } from 'mercurius';
import type { SubgraphConfig } from '../../../kit/config';
import { REQUEST_ID_HEADER, requestIdOf } from '../../../kit/http';
import type { Logger } from '../../../kit/log';
import { DEFAULT_QUERY_DEPTH, type ProcuratorateSettings } from '../config';
import { buildContext } from '../context';
import { resolvers } from '../resolvers';
import { createErrorFormatter } from './errorFormatter';
import { contextOf, gatewayTrustHook, registerRawJsonParser } from './trust';

export interface AppOptions {
  config: SubgraphConfig & Partial<ProcuratorateSettings>;
  db: Knex;
  logger: Logger;
  /** The subgraph's SDL (schema.graphql), served as is by `_service { sdl }`. */
  schema: string;
}

/**
 * The Fastify app: GET /health, and mercurius with federation on /graphql behind the gateway's trust check
 * (raw-body JSON parser + route preHandler), hardened like the Apollo subgraphs (security.md): no GraphiQL;
 * introspection and "Did you mean" suggestions outside development refused (`_service` still answers the gateway's
 * composition checks: it is a field, not introspection); mercurius' CSRF prevention on, accepting only
 * `application/json` (the gateway's signed POSTs) without a preflight header; batched queries refused; unexpected
 * errors masked with a request id.
 */
export async function buildApp({ config, db, logger, schema }: AppOptions): Promise<FastifyInstance> {
  const development = config.env === 'development';
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: config.bodyLimit,
    genReqId: (req) => requestIdOf(req),
    logController: new LogController({ disableRequestLogging: true }),
    exposeHeadRoutes: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  // mercurius' response schema types error paths as strings ("0"); GraphQL (and the gateway) want list indices as numbers.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  registerRawJsonParser(app);
  app.removeContentTypeParser('text/plain');
  app.get('/health', async () => ({ status: 'ok' }));
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] }));

  await app.register(mercuriusFederationPlugin, {
    schema,
    resolvers: resolvers as unknown as IResolvers,
    path: '/graphql',
    graphiql: false,
    allowBatchedQueries: false,
    // Off by default in mercurius (security.md). A cross-site form, text/plain or multipart POST, or a GET without a
    // preflight header, is refused with 400 before the body is parsed.
    csrfPrevention: { allowedContentTypes: ['application/json'] },
    queryDepth: config.queryDepth ?? DEFAULT_QUERY_DEPTH,
    validationRules: development ? [] : [NoSchemaIntrospectionCustomRule],
    context: (request) => contextOf(request),
    errorFormatter: createErrorFormatter(logger, { hideSuggestions: !development }),
    additionalRouteOptions: {
      preHandler: gatewayTrustHook(config, (viewer, requestId) => buildContext(db, viewer, requestId, config)),
    },
  });
  await app.ready();
  return app;
}
