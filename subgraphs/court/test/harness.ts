import type { SubgraphServer } from '../../kit/apolloSubgraph';
import { generateWorld } from '../../../demo/world';
import type { DemoWorld } from '../../../demo/model';
import { disposeDatabaseUrl, freshDatabaseUrl } from '../../../test/support/databases';
import { loadConfig, type CourtConfig } from '../src/config';
import { seed } from '../src/seed';
import { createServer } from '../src/server';

export interface RunningCourt {
  server: SubgraphServer;
  url: string;
  world: DemoWorld;
  /** Count the SQL statements `fn` causes. */
  countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
  stop(): Promise<void>;
}

/**
 * A real court subgraph on a free port over a fresh database (SQLite, or PostgreSQL with HUB_TEST_PG_URL), seeded with
 * the small world. `overrides` change the config (e.g. where governance listens); the outbox worker is not started.
 */
export async function startCourt(overrides: Partial<CourtConfig> = {}): Promise<RunningCourt> {
  const databaseUrl = await freshDatabaseUrl('court');
  const server = await createServer({ ...loadConfig({ HUB_ENV: 'test' }), ...overrides, databaseUrl });
  const world = generateWorld({ scale: 'small' });
  await seed(server.db, world);
  const port = await server.listen(0);
  return {
    server,
    url: `http://127.0.0.1:${port}/graphql`,
    world,
    async countQueries(fn) {
      const statements: string[] = [];
      const onQuery = (q: { sql: string }) => statements.push(q.sql);
      server.db.on('query', onQuery);
      try {
        return { result: await fn(), statements };
      } finally {
        server.db.removeListener('query', onQuery);
      }
    },
    async stop() {
      await server.close();
      await disposeDatabaseUrl(databaseUrl);
    },
  };
}
