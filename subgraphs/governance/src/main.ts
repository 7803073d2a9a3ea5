import { createLogger } from '../../kit/log';
import { loadConfig, loadOverdueIntervalMs } from './config';
import { createServer } from './server';
import { startOverdueJob } from './services/overdue';

async function main(): Promise<void> {
  const config = loadConfig();
  const overdueIntervalMs = loadOverdueIntervalMs();
  const logger = createLogger('governance', config.logLevel);
  const server = await createServer(config);
  const port = await server.listen(config.port, config.host);
  logger.info({ url: `http://${config.host}:${port}/graphql` }, 'governance subgraph listening');
  server.outbox?.start();
  // Overdue detection: safe with several governance processes (each breach is claimed by one conditional UPDATE).
  const stopOverdue = startOverdueJob(server.db, logger, overdueIntervalMs);
  const stop = async () => {
    stopOverdue();
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
