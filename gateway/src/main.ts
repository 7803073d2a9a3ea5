import { createLogger } from '../../subgraphs/kit/log';
import { loadGatewayConfig } from './config';
import { createGateway } from './server';

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.logLevel);
  const gateway = await createGateway(config);
  const port = await gateway.listen(config.port, config.host);
  logger.info({ url: `http://${config.host}:${port}/graphql` }, 'gateway listening');
  const stop = async () => {
    await gateway.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
