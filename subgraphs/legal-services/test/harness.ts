import { generateWorld } from '../../../demo/world';
import type { DemoWorld } from '../../../demo/model';
import type { SubgraphServer } from '../../kit/apolloSubgraph';
import type { SubgraphConfig } from '../../kit/config';
import type { Viewer } from '../../kit/viewer';
import { disposeDatabaseUrl, freshDatabaseUrl } from '../../../test/support/databases';
import { signedPost, staffOf, type GraphQLResponse } from '../../../test/support/signedFetch';
import { loadConfig } from '../src/config';
import { seed } from '../src/seed';
import { createServer } from '../src/server';

/** A real legal-services subgraph on a free port over a fresh database (SQLite, or PostgreSQL with HUB_TEST_PG_URL), seeded with the small world. */
export interface Harness {
  server: SubgraphServer;
  url: string;
  world: DemoWorld;
  /** POST a signed query (default viewer: city-wide center staff). */
  post<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, viewer?: Viewer): Promise<GraphQLResponse<T>>;
  /** Count the SQL statements the server runs while `fn` runs. */
  countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; sql: string[] }>;
  close(): Promise<void>;
}

/** `overrides` replace parts of the test config (e.g. `peerUrls` to point the outbox at a test receiver). */
export async function startHarness(overrides: Partial<SubgraphConfig> = {}): Promise<Harness> {
  const databaseUrl = await freshDatabaseUrl('legal-services');
  const server = await createServer({ ...loadConfig({ HUB_ENV: 'test' }), databaseUrl, ...overrides });
  const port = await server.listen(0);
  const world = generateWorld({ scale: 'small' });
  await seed(server.db, world);
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    server,
    url,
    world,
    post: (query, variables = {}, viewer = staffOf('2203')) => signedPost(url, 'legal-services', query, variables, viewer),
    async countQueries(fn) {
      const sql: string[] = [];
      const listener = (q: { sql: string }) => sql.push(q.sql);
      server.db.on('query', listener);
      try {
        return { result: await fn(), sql };
      } finally {
        server.db.removeListener('query', listener);
      }
    },
    async close() {
      await server.close();
      await disposeDatabaseUrl(databaseUrl);
    },
  };
}

/** A legal-services agency staff member of a jurisdiction. */
export const legalStaffOf = (jurisdiction: string): Viewer => ({ sub: `ls-${jurisdiction}`, role: 'AGENCY_STAFF', agency: 'LEGAL_SERVICES', jurisdictions: [jurisdiction], scopes: [] });

/** An administrator of the hub. */
export const admin: Viewer = { sub: 'admin-1', role: 'ADMIN', jurisdictions: ['2203'], scopes: [] };
