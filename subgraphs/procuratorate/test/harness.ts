import { generateWorld } from '../../../demo/world';
import type { DemoReferral, DemoWorld } from '../../../demo/model';
import type { SubgraphServer } from '../../kit/apolloSubgraph';
import type { SubgraphConfig } from '../../kit/config';
import { disposeDatabaseUrl, freshDatabaseUrl } from '../../../test/support/databases';
import { loadConfig } from '../src/config';
import { seed } from '../src/seed';
import { createServer } from '../src/server';

/** A real procuratorate subgraph on a fresh database (SQLite, or PostgreSQL with HUB_TEST_PG_URL), seeded with the small world. */
export interface Running {
  server: SubgraphServer;
  url: string;
  origin: string;
  world: DemoWorld;
  referrals: DemoReferral[];
  stop(): Promise<void>;
}

/** `config` replaces parts of the test config (e.g. `peerUrls` to point the outbox at a test receiver). */
export async function startSeeded(opts: { seedWorld?: boolean; config?: Partial<SubgraphConfig> } = {}): Promise<Running> {
  const databaseUrl = await freshDatabaseUrl('procuratorate');
  let server: SubgraphServer;
  try {
    server = await createServer({ ...loadConfig({ HUB_ENV: 'test' }), databaseUrl, ...opts.config });
  } catch (err) {
    await disposeDatabaseUrl(databaseUrl);
    throw err;
  }
  const world = generateWorld({ scale: 'small' });
  if (opts.seedWorld !== false) await seed(server.db, world);
  const port = await server.listen(0);
  const origin = `http://127.0.0.1:${port}`;
  return {
    server,
    url: `${origin}/graphql`,
    origin,
    world,
    referrals: world.referrals.filter((r) => r.partner === 'PROCURATORATE'),
    async stop() {
      await server.close();
      await disposeDatabaseUrl(databaseUrl);
    },
  };
}

/** Count the SQL statements knex runs while `fn` runs. */
export async function countQueries<T>(server: SubgraphServer, fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const listener = (q: { sql: string }) => statements.push(q.sql);
  server.db.on('query', listener);
  try {
    return { result: await fn(), statements };
  } finally {
    server.db.removeListener('query', listener);
  }
}
