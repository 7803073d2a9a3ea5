import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { createApolloSubgraphServer, type SubgraphServer } from '../../kit/apolloSubgraph';
import type { SubgraphConfig } from '../../kit/config';
import { createDb, migrateLatest } from '../../kit/db';
import { createLogger } from '../../kit/log';
import { createOutboxWorker } from '../../kit/outboxWorker';
import { migrations } from '../migrations';
import { buildContext } from './context';
import { resolvers } from './resolvers';

const SCHEMA_PATH = path.join(__dirname, '..', 'schema.graphql');

/**
 * Build the court subgraph: open and migrate its database, build the schema and the outbox worker that reports
 * progress to governance (built, not started: main.ts starts it). Does not listen.
 */
export async function createServer(config: SubgraphConfig): Promise<SubgraphServer> {
  const db = createDb(config.databaseUrl);
  try {
    await migrateLatest(db, migrations);
    const logger = createLogger(config.name, config.logLevel);
    const outbox = createOutboxWorker(db, config, logger);
    return await createApolloSubgraphServer({
      config,
      typeDefs: parse(fs.readFileSync(SCHEMA_PATH, 'utf8')),
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
