import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode } from 'graphql';
import type { Knex } from 'knex';
import type { SubgraphConfig } from './config';
import { maskError } from './masking';
import { createGraphQLHttpServer, closeServer, listen } from './http';
import type { Logger } from './log';
import type { OutboxWorker } from './outbox';
import { verifyGatewayCall } from './trust';
import type { Viewer } from './viewer';

/** What every subgraph's `createServer(config)` returns: built, migrated, not listening. */
export interface SubgraphServer {
  db: Knex;
  /** Listen (port 0 = any free port); resolves with the bound port. */
  listen(port: number, host?: string): Promise<number>;
  /** Stop accepting requests (and the outbox worker, if any), then release the database. */
  close(): Promise<void>;
  /** The subgraph's outbox worker, when it sends work to other subgraphs; main.ts (or a test) starts it. */
  outbox?: OutboxWorker;
}

export interface ApolloSubgraphOptions<TContext extends BaseContext> {
  config: SubgraphConfig;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<TContext>;
  db: Knex;
  logger: Logger;
  /** The subgraph's own context: repositories and loaders bound to the verified viewer. */
  buildContext(viewer: Viewer, requestId: string): TContext;
  /** An outbox worker to stop on close (not started here). */
  outbox?: OutboxWorker;
}

/**
 * An Apollo subgraph behind the gateway's trust check. Every call — `_entities` and `_service` included —
 * must carry the gateway's signature (else 403) and a valid identity (else 401).
 */
export async function createApolloSubgraphServer<TContext extends BaseContext>(opts: ApolloSubgraphOptions<TContext>): Promise<SubgraphServer> {
  const { config, logger } = opts;
  const apollo = new ApolloServer<TContext & { requestId?: string }>({
    schema: buildSubgraphSchema([{ typeDefs: opts.typeDefs, resolvers: opts.resolvers as GraphQLResolverMap<unknown> }]),
    includeStacktraceInErrorResponses: false,
    // Like the gateway and the mercurius subgraph: the schema is explored in development only (composition uses
    // `_service`, which stays available to signed calls).
    introspection: config.env === 'development',
    hideSchemaDetailsFromClientErrors: config.env !== 'development',
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown (close HTTP, then the database); Apollo's own signal handler would race it.
    stopOnTerminationSignals: false,
    // No usage reporting: nothing leaves the city's network.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    formatError: (formatted, error) => maskError(formatted, error, logger),
  });
  await apollo.start();
  const server = createGraphQLHttpServer({
    apollo,
    logger,
    bodyLimit: config.bodyLimit,
    postOnly: true,
    context: async ({ req, rawBody, requestId }) => {
      const viewer = await verifyGatewayCall(req.headers, rawBody, config.name, config.trust);
      return { ...opts.buildContext(viewer, requestId), requestId };
    },
  });
  return {
    db: opts.db,
    outbox: opts.outbox,
    listen: (port, host = config.host) => listen(server, port, host),
    async close() {
      await opts.outbox?.stop();
      await closeServer(server);
      await apollo.stop();
      await opts.db.destroy();
    },
  };
}
