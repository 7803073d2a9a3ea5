import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { SubgraphServer } from '../../kit/apolloSubgraph';
import type { SubgraphConfig } from '../../kit/config';
import { createDb, migrateLatest } from '../../kit/db';
import { createLogger } from '../../kit/log';
import { createOutboxWorker } from '../../kit/outboxWorker';
import { migrations } from '../migrations';
import type { ProcuratorateSettings } from './config';
import { buildApp } from './http/app';

/**
 * The procuratorate subgraph (检察12309): Fastify + mercurius with federation, behind the gateway's trust check.
 * Built and migrated, not listening (`main.ts` listens; tests listen on port 0). Its outbox worker (progress to
 * governance) is built, not started; `close()` stops it first.
 */
export async function createServer(config: SubgraphConfig & Partial<ProcuratorateSettings>): Promise<SubgraphServer> {
  const logger = createLogger(config.name, config.logLevel);
  const db = createDb(config.databaseUrl);
  let app: FastifyInstance;
  try {
    await migrateLatest(db, migrations);
    const schema = await readFile(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    app = await buildApp({ config, db, logger, schema });
  } catch (err) {
    await db.destroy();
    throw err;
  }
  const outbox = createOutboxWorker(db, config, logger);
  return {
    db,
    outbox,
    async listen(port, host = config.host) {
      await app.listen({ port, host });
      return (app.server.address() as AddressInfo).port;
    },
    async close() {
      await outbox.stop();
      await app.close();
      await db.destroy();
    },
  };
}
