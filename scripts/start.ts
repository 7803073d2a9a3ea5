import { readHubEnv } from '../subgraphs/kit/config';
import { startProcesses, type HubProcesses } from './processes';
import { migrateAndSeedAll } from './seedAll';

/**
 * `npm start`: migrate and (on first run) seed the embedded SQLite databases under data/, start the five
 * subgraphs and the gateway as their own processes, and print how to use the graph.
 */
let hub: HubProcesses | null = null;
let stopping = false;

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await hub?.stop();
  process.exit(code);
}

async function main(): Promise<void> {
  console.log('Migrating and seeding (first run seeds the demo city; later runs reuse data/) ...');
  const timings = await migrateAndSeedAll(process.env);
  const seeded = Object.keys(timings).filter((k) => k !== 'generate');
  console.log(seeded.length ? `Seeded ${seeded.join(', ')} in ${Object.values(timings).reduce((a, b) => a + b, 0)} ms.` : 'Reusing the existing data.');
  // The gateway serves the playground in development only; esbuild is a dev dependency, so it is loaded only here.
  const development = readHubEnv(process.env) === 'development';
  if (development) {
    const { buildPlayground, playgroundIsStale } = await import('../playground/build');
    if (playgroundIsStale()) {
      console.log('Building the playground (playground/dist) ...');
      const { ms } = await buildPlayground();
      console.log(`Playground built in ${ms} ms.`);
    }
  }
  hub = await startProcesses({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }, (name, code) => {
    console.error(`${name} exited (${code}); stopping the hub.`);
    void stop(1);
  });
  const graphUrl = hub.gatewayUrl.replace('127.0.0.1', 'localhost');
  console.log(`
The five-centers graph is up: ${graphUrl}
${development ? `Playground: ${graphUrl.replace(/\/graphql$/, '/playground')}   (paste a token from below into its Headers: {"Authorization": "Bearer <token>"})\n` : ''}
Get a development token:
  npm run token -- --role CENTER_STAFF --jurisdiction 2203       (the whole city)
  npm run token -- --role CENTER_STAFF --jurisdiction 220302     (铁西区 only)
  roles: CITIZEN, GRID_WORKER, CENTER_STAFF, DEPARTMENT_STAFF, AGENCY_STAFF, ADMIN, AUDITOR

Then:
  curl -s ${graphUrl} -H 'content-type: application/json' \\
    -H "authorization: Bearer $TOKEN" -d '{"query":"{ appeals(first: 3) { nodes { id title status } } }"}'

Ctrl-C stops the hub.`);
}

process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));
main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  void stop(1);
});
