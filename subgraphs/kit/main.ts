import type { SubgraphServer } from './apolloSubgraph';
import type { SubgraphConfig } from './config';
import { createLogger, type Logger } from './log';

/**
 * The body of every subgraph's `main.ts`: build, listen, start the outbox worker (and any background job), log the
 * URL, and on SIGINT/SIGTERM stop the jobs, close the server and exit. A failed start prints why and exits 1.
 */
export function runSubgraph<C extends SubgraphConfig>(opts: {
  loadConfig: () => C;
  createServer: (config: C) => Promise<SubgraphServer>;
  /** Background jobs to start after listen; each returns its stop function. */
  jobs?: (server: SubgraphServer, logger: Logger) => (() => void)[];
}): void {
  const start = async () => {
    const config = opts.loadConfig();
    const logger = createLogger(config.name, config.logLevel);
    const server = await opts.createServer(config);
    const port = await server.listen(config.port, config.host);
    server.outbox?.start();
    const stops = opts.jobs?.(server, logger) ?? [];
    logger.info({ url: `http://${config.host}:${port}/graphql` }, `${config.name} subgraph listening`);
    let closing = false;
    const shutdown = (signal: string) => {
      if (closing) return;
      closing = true;
      logger.info({ signal }, 'shutting down');
      stops.forEach((stop) => stop());
      server.close().then(
        () => process.exit(0),
        (err) => {
          logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
  };
  start().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
