import { createLogger } from '../../kit/log';
import { loadConfig } from './config';
import { createServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger('governance', config.logLevel);
  const server = await createServer(config);
  const port = await server.listen(config.port, config.host);
  logger.info({ url: `http://${config.host}:${port}/graphql` }, 'governance subgraph listening');
  server.outbox?.start();
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
