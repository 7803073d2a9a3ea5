import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { createApolloSubgraphServer, type SubgraphServer } from '../../kit/apolloSubgraph';
import { createDb, migrateLatest } from '../../kit/db';
import { createLogger } from '../../kit/log';
import { createOutboxWorker } from '../../kit/outboxWorker';
import { migrations } from '../migrations';
import type { GovernanceConfig } from './config';
import { buildContext } from './context';
import { resolvers } from './resolvers';

export const typeDefs = parse(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** Build the governance subgraph (migrated, not listening). */
export async function createServer(config: GovernanceConfig): Promise<SubgraphServer> {
  const db = createDb(config.databaseUrl);
  await migrateLatest(db, migrations);
  const logger = createLogger('governance', config.logLevel);
  // Referrals to the partner centers leave through the outbox; main.ts (or a test) starts the worker.
  const outbox = createOutboxWorker(db, config, logger);
  return createApolloSubgraphServer({
    outbox,
    config,
    typeDefs,
    resolvers,
    db,
    logger,
    buildContext: (viewer, requestId) => buildContext(db, viewer, requestId, config),
  });
}
