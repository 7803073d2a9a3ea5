import './config';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginUsageReportingDisabled, ApolloServerPluginSchemaReportingDisabled } from '@apollo/server/plugin/disabled';
import type { IncomingMessage } from 'node:http';
import { closeServer, createGraphQLHttpServer, listen } from '../../subgraphs/kit/http';
import { createLogger, type Logger } from '../../subgraphs/kit/log';
import { prepareTokenVerifier, viewerFromAuthorization } from './auth';
import type { GatewayConfig } from './config';
import { SigningDataSource, type GatewayContext, type SubgraphMetrics } from './dataSource';
import { formatGatewayError } from './masking';
import { supergraphFromFile } from './supergraph';
import { costPlugin, preflight } from './hardening';
import { createPersistedOperations, type PersistedConfig } from './persisted';
import { playgroundRoutes } from './playground';

export interface Gateway {
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
  /** Requests sent to each subgraph since start. */
  metrics: SubgraphMetrics;
}

function authorizationOf(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  return Array.isArray(h) ? h[0] : h;
}

/** Overrides for tests (the defaults come from GatewayConfig). */
export interface GatewayOptions {
  /** Persisted operations (default `config.persisted`). */
  persisted?: PersistedConfig;
  /** The gateway's logger (a pino logger at `config.logLevel` by default). */
  logger?: Logger;
  /** The built playground (default playground/dist); served in development only. */
  playgroundDir?: string;
}

/** Build the gateway: one graph in front of the five subgraphs (built, not listening). */
export async function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<Gateway> {
  const logger = options.logger ?? createLogger('gateway', config.logLevel);
  const persisted = createPersistedOperations(options.persisted ?? config.persisted, logger);
  // A missing or unreadable key file stops the start, not the first request.
  prepareTokenVerifier(config);
  const metrics: SubgraphMetrics = {};
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(config.supergraphPath, logger),
    buildService: ({ name, url }) => new SigningDataSource(name, config.subgraphUrls[name] ?? url ?? '', config.trust, config.subgraphTimeoutMs, metrics),
    logger,
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // The schema is explored in development only (security.md: introspection off outside development).
    introspection: config.env === 'development',
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    stopOnTerminationSignals: false,
    // Documents of chained fragments would keep the planner busy for seconds: refuse them at validation.
    maxRecursiveSelections: config.hardening,
    // No "Did you mean ..." outside development.
    hideSchemaDetailsFromClientErrors: config.env !== 'development',
    parseOptions: config.hardening ? { maxTokens: config.limits.maxTokens } : {},
    formatError: (formatted, error) => formatGatewayError(formatted, error, logger),
    plugins: [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled(), persisted.plugin, ...(config.hardening ? [costPlugin(config.limits)] : [])],
    logger,
  });
  await apollo.start();
  const server = createGraphQLHttpServer<GatewayContext>({
    apollo,
    logger,
    bodyLimit: config.bodyLimit,
    preflight: config.hardening ? (request) => preflight(request, config.limits) : undefined,
    extraRoutes: playgroundRoutes(config, options.playgroundDir),
    context: async ({ req, rawBody, requestId }) => {
      const viewer = await viewerFromAuthorization(authorizationOf(req), config);
      // Persisted operations: refused here (after a bad token's 401), where the 403 keeps its status.
      persisted.check({ req, rawBody, requestId }, viewer);
      return { viewer, requestId };
    },
  });
  return {
    metrics,
    listen: (port, host = config.host) => listen(server, port, host),
    async close() {
      await closeServer(server);
      await apollo.stop();
    },
  };
}
