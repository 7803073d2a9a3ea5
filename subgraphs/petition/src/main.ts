import { createLogger } from '../../kit/log';
import { loadConfig } from './config';
import { createServer } from './server';

/** Run the petition subgraph on its configured port until SIGINT / SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.name, config.logLevel);
  const server = await createServer(config);
  const port = await server.listen(config.port);
  server.outbox?.start();
  logger.info(`petition subgraph (信访接待中心) at http://${config.host}:${port}/graphql`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
