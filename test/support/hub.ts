import type { Knex } from 'knex';
import { loadSubgraphConfig, type SubgraphConfig, type SubgraphName } from '../../subgraphs/kit/config';
import type { SubgraphServer } from '../../subgraphs/kit/apolloSubgraph';
import type { Viewer } from '../../subgraphs/kit/viewer';
import { generateWorld, type WorldOptions } from '../../demo/world';
import type { DemoWorld } from '../../demo/model';
import { issueDevToken } from '../../gateway/src/auth';
import { loadGatewayConfig, type GatewayConfig } from '../../gateway/src/config';
import { createGateway, type Gateway } from '../../gateway/src/server';
import { SUBGRAPH_MODULES } from '../../scripts/subgraphs';
import { disposeDatabaseUrl, freshDatabaseUrl } from './databases';

export interface RunningHub {
  world: DemoWorld;
  gatewayUrl: string;
  gateway: Gateway;
  gatewayConfig: GatewayConfig;
  subgraphs: Record<SubgraphName, { server: SubgraphServer; url: string; db: Knex; config: SubgraphConfig; port: number }>;
  /** A development token for a viewer. */
  token(viewer: Omit<Viewer, 'role'> & { role: Exclude<Viewer['role'], 'ANONYMOUS' | 'SERVICE'> }): Promise<string>;
  /** POST a GraphQL request to the gateway, with a token when given. */
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ status: number; body: { data?: T; errors?: any[] } }>;
  /** Stop one subgraph (its database stays); `restart` brings it back on the same port and database. */
  stop(name: SubgraphName): Promise<void>;
  restart(name: SubgraphName): Promise<void>;
  close(): Promise<void>;
}

/**
 * The whole federation for a test: fresh databases (SQLite, or PostgreSQL with HUB_TEST_PG_URL), the demo world
 * seeded, five subgraphs and the gateway listening on free ports, over real HTTP.
 */
export async function startHub(opts: WorldOptions & { startWorkers?: boolean } = { scale: 'small' }): Promise<RunningHub> {
  const world = generateWorld(opts);
  const databaseUrls: Record<string, string> = {};
  const env = { HUB_ENV: 'test' };
  const subgraphs = {} as RunningHub['subgraphs'];
  const urls: string[] = [];
  const configs: SubgraphConfig[] = [];
  for (const m of SUBGRAPH_MODULES) {
    const databaseUrl = await freshDatabaseUrl(m.name);
    urls.push(databaseUrl);
    databaseUrls[m.name] = databaseUrl;
    const config = { ...loadSubgraphConfig(m.name, env), databaseUrl };
    configs.push(config);
    const server = await m.createServer(config);
    await m.seed(server.db, world);
    const port = await server.listen(0, '127.0.0.1');
    subgraphs[m.name] = { server, url: `http://127.0.0.1:${port}/graphql`, db: server.db, config, port };
  }
  // Every outbox delivers to the ports the subgraphs really listen on (the same object the workers read).
  for (const config of configs) for (const name of Object.keys(subgraphs) as SubgraphName[]) config.peerUrls[name] = subgraphs[name].url;
  if (opts.startWorkers !== false) for (const { server } of Object.values(subgraphs)) server.outbox?.start();
  const gatewayConfig = loadGatewayConfig(env);
  for (const name of Object.keys(subgraphs) as SubgraphName[]) gatewayConfig.subgraphUrls[name] = subgraphs[name].url;
  const gateway = await createGateway(gatewayConfig);
  const gatewayUrl = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}/graphql`;
  return {
    world,
    gatewayUrl,
    gateway,
    gatewayConfig,
    subgraphs,
    token: (viewer) => issueDevToken(viewer, gatewayConfig),
    async query(query, variables = {}, token) {
      const res = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
    },
    async restart(name: SubgraphName) {
      const m = SUBGRAPH_MODULES.find((x) => x.name === name)!;
      const entry = subgraphs[name];
      const server = await m.createServer(entry.config);
      await server.listen(entry.port, '127.0.0.1');
      server.outbox?.start();
      subgraphs[name] = { ...entry, server, db: server.db };
    },
    async stop(name: SubgraphName) {
      await subgraphs[name].server.close();
    },
    async close() {
      await gateway.close();
      for (const { server } of Object.values(subgraphs)) await server.close().catch(() => undefined);
      for (const url of urls) await disposeDatabaseUrl(url);
    },
  };
}

/** Count the SQL statements each subgraph runs while `fn` runs. */
export async function countStatements<T>(hub: RunningHub, fn: () => Promise<T>): Promise<{ result: T; statements: Record<string, number>; requests: Record<string, number> }> {
  const statements: Record<string, number> = {};
  const listeners: [Knex, (q: { sql?: string }) => void][] = [];
  for (const [name, { db }] of Object.entries(hub.subgraphs)) {
    statements[name] = 0;
    // The outbox workers poll in the background: their statements are not the request's.
    const l = (q: { sql?: string }) => void (!/\boutbox\b/.test(q?.sql ?? '') && statements[name]++);
    db.on('query', l);
    listeners.push([db, l]);
  }
  const before = { ...hub.gateway.metrics };
  try {
    const result = await fn();
    const requests: Record<string, number> = {};
    for (const name of Object.keys(hub.subgraphs)) requests[name] = (hub.gateway.metrics[name] ?? 0) - (before[name] ?? 0);
    return { result, statements, requests };
  } finally {
    for (const [db, l] of listeners) db.removeListener('query', l);
  }
}
