import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { createApolloSubgraphServer, type SubgraphServer } from '../../kit/apolloSubgraph';
import type { SubgraphConfig } from '../../kit/config';
import { createDb, migrateLatest } from '../../kit/db';
import { createLogger } from '../../kit/log';
import { createOutboxWorker } from '../../kit/outboxWorker';
import { migrations } from '../migrations';
import { buildContext, type Context } from './context';
import { resolvers } from './resolvers';

/**
 * Build the legal-services subgraph (公共法律服务中心): open and migrate its database, load its SDL, build (not
 * start) the outbox worker that reports progress to governance; it does not listen.
 */
export async function createServer(config: SubgraphConfig): Promise<SubgraphServer> {
  const db = createDb(config.databaseUrl);
  try {
    await migrateLatest(db, migrations);
    const typeDefs = parse(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
    const logger = createLogger(config.name, config.logLevel);
    const outbox = createOutboxWorker(db, config, logger);
    return await createApolloSubgraphServer<Context>({
      config,
      typeDefs,
      resolvers,
      db,
      logger,
      outbox,
      buildContext: (viewer, requestId) => buildContext(db, viewer, requestId, config),
    });
  } catch (err) {
    await db.destroy();
    throw err;
  }
}
