import { createLogger } from '../../kit/log';
import { loadConfig } from './config';
import { createServer } from './server';

/** Start the procuratorate subgraph: migrate, listen, close cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.name, config.logLevel);
  const server = await createServer(config);
  const port = await server.listen(config.port, config.host);
  server.outbox?.start();
  logger.info({ url: `http://${config.host}:${port}/graphql` }, 'procuratorate subgraph listening');
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
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
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
