import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SUBGRAPHS } from '../subgraphs/kit/config';
import { migrateAndSeedAll } from './seedAll';

/**
 * `npm start`: migrate and (on first run) seed the embedded SQLite databases under data/, start the five
 * subgraphs and the gateway as their own processes, and print how to use the graph.
 */
const ROOT = path.join(__dirname, '..');
const children: ChildProcess[] = [];

function run(name: string, file: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, file)], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', APOLLO_TELEMETRY_DISABLED: '1' },
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping the hub.`);
      stop(1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
/** Stop every child: SIGTERM, then SIGKILL whatever has not exited after 5 s; never leave orphans behind. */
function stop(code = 0): void {
  if (stopping) return;
  stopping = true;
  const alive = children.filter((c) => c.exitCode === null && c.signalCode === null);
  for (const c of alive) c.kill('SIGTERM');
  const exited = alive.map((c) => new Promise<void>((resolve) => c.once('exit', () => resolve())));
  const force = setTimeout(() => alive.forEach((c) => c.kill('SIGKILL')), 5000);
  void Promise.all(exited).then(() => {
    clearTimeout(force);
    process.exit(code);
  });
}

async function waitHealthy(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`${url} did not become healthy`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main(): Promise<void> {
  console.log('Migrating and seeding (first run seeds the demo city; later runs reuse data/) ...');
  const timings = await migrateAndSeedAll(process.env);
  const seeded = Object.keys(timings).filter((k) => k !== 'generate');
  console.log(seeded.length ? `Seeded ${seeded.join(', ')} in ${Object.values(timings).reduce((a, b) => a + b, 0)} ms.` : 'Reusing the existing data.');
  for (const name of Object.keys(SUBGRAPHS)) run(name, `subgraphs/${name}/src/main.ts`);
  await Promise.all(Object.entries(SUBGRAPHS).map(([name, port]) => waitHealthy(`http://127.0.0.1:${process.env[`${name.toUpperCase().replace(/-/g, '_')}_PORT`] ?? port}/health`)));
  run('gateway', 'gateway/src/main.ts');
  const gatewayPort = process.env.GATEWAY_PORT ?? '4000';
  await waitHealthy(`http://127.0.0.1:${gatewayPort}/health`);
  console.log(`
The five-centers graph is up: http://localhost:${gatewayPort}/graphql

Get a development token:
  npm run token -- --role CENTER_STAFF --jurisdiction 2203       (the whole city)
  npm run token -- --role CENTER_STAFF --jurisdiction 220302     (铁西区 only)
  roles: CITIZEN, GRID_WORKER, CENTER_STAFF, DEPARTMENT_STAFF, AGENCY_STAFF, ADMIN, AUDITOR

Then:
  curl -s http://localhost:${gatewayPort}/graphql -H 'content-type: application/json' \\
    -H "authorization: Bearer $TOKEN" -d '{"query":"{ appeals(first: 3) { nodes { id title status } } }"}'

Ctrl-C stops the hub.`);
}

process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));
main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  stop(1);
});
