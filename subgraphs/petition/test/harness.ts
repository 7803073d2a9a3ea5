import { generateWorld } from '../../../demo/world';
import type { DemoWorld } from '../../../demo/model';
import type { SubgraphServer } from '../../kit/apolloSubgraph';
import type { SubgraphConfig } from '../../kit/config';
import type { Viewer } from '../../kit/viewer';
import { disposeDatabaseUrl, freshDatabaseUrl } from '../../../test/support/databases';
import { signedPost, staffOf } from '../../../test/support/signedFetch';
import { loadConfig } from '../src/config';
import { chinaDateOf } from '../src/domain/deadlines';
import { planPetition, type PetitionRows } from '../src/demo/plan';
import { seed } from '../src/seed';
import { createServer } from '../src/server';

export interface PetitionHarness {
  server: SubgraphServer;
  world: DemoWorld;
  url: string;
  /** What the seed planned for every PETITION referral: the expectation the API is checked against. */
  planned: PetitionRows[];
  post<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, viewer?: Viewer): ReturnType<typeof signedPost<T>>;
  stop(): Promise<void>;
}

/**
 * A real petition subgraph on a fresh database (SQLite, or PostgreSQL with HUB_TEST_PG_URL), seeded with the small
 * world, on port 0. `overrides` change the config (e.g. where governance listens); the outbox worker is not started.
 */
export async function startPetition(overrides: Partial<SubgraphConfig> = {}): Promise<PetitionHarness> {
  const databaseUrl = await freshDatabaseUrl('petition');
  const server = await createServer({ ...loadConfig({ HUB_ENV: 'test' }), ...overrides, databaseUrl });
  const world = generateWorld({ scale: 'small' });
  await seed(server.db, world);
  const port = await server.listen(0);
  const url = `http://127.0.0.1:${port}/graphql`;
  const appeals = new Map(world.appeals.map((a) => [a.id, a]));
  const planned = world.referrals.filter((r) => r.partner === 'PETITION').map((r) => planPetition(r, appeals.get(r.appealId), chinaDateOf(world.now)));
  return {
    server,
    world,
    url,
    planned,
    post: (query, variables = {}, viewer = staffOf('2203')) => signedPost(url, 'petition', query, variables, viewer),
    async stop() {
      await server.close();
      await disposeDatabaseUrl(databaseUrl);
    },
  };
}

/** Count the SQL statements the server runs while `fn` is in progress. */
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

export const TIEXI = '220302';
export const YITONG = '220323';
