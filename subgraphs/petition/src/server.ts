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
 * Build the petition subgraph (信访接待中心): open and migrate its database, load its SDL, build the outbox worker that
 * reports progress to governance (built, not started: main.ts starts it). It does not listen.
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
      buildContext: (viewer, requestId) => buildContext(db, viewer, requestId, config),
      outbox,
    });
  } catch (err) {
    await db.destroy();
    throw err;
  }
}
