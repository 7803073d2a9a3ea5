import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { issueDevToken } from '../gateway/src/auth';
import { loadGatewayConfig } from '../gateway/src/config';
import { SUBGRAPHS, envPrefix } from '../subgraphs/kit/config';
import { createDb, dropPostgresDatabase } from '../subgraphs/kit/db';
import { migrateAndSeedAll } from '../scripts/seedAll';
import { portEnv, startProcesses } from '../scripts/processes';

/**
 * Intake throughput through the gateway: `npm run bench:intake -- --db sqlite|postgres [--duration 15] [--connections 10]`.
 * Starts the hub as separate processes on fresh databases seeded with the demo city, then submits appeals (each with a
 * fresh idempotency key) with autocannon, and a read-only query as the baseline. Prints requests per second, latency
 * percentiles, and checks that every 200 answer left exactly one appeal behind. A benchmark, not a test.
 */
const SUBMIT = `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { outcome appeal { id status } } }`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string', default: 'sqlite' }, duration: { type: 'string', default: '15' }, connections: { type: 'string', default: '10' }, scale: { type: 'string', default: 'city' } } });
  const duration = Number(values.duration), connections = Number(values.connections);
  const env: Record<string, string | undefined> = { ...process.env, HUB_ENV: 'development', LOG_LEVEL: 'error', ...portEnv({}, 5400) };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
  env.HUB_DATA_DIR = dataDir;
  const pgUrls: string[] = [];
  if (values.db === 'postgres') {
    for (const name of Object.keys(SUBGRAPHS)) {
      const url = `postgres://postgres@127.0.0.1:5432/hub_bench_${name.replace(/-/g, '_')}`;
      await dropPostgresDatabase(url);
      env[`${envPrefix(name)}_DATABASE_URL`] = url;
      pgUrls.push(url);
    }
  }
  for (const name of Object.keys(SUBGRAPHS)) env[`${envPrefix(name)}_URL`] = `http://127.0.0.1:${env[`${envPrefix(name)}_PORT`]}/graphql`;
  console.log(`Seeding the demo ${values.scale} on ${values.db} ...`);
  const timings = await migrateAndSeedAll(env, { scale: values.scale === 'small' ? 'small' : 'city' });
  console.log(`seeded in ${Object.values(timings).reduce((a, b) => a + b, 0)} ms`);
  const hub = await startProcesses(env);
  try {
    const token = await issueDevToken({ sub: 'bench-citizen', role: 'CITIZEN', jurisdictions: [], scopes: [] }, loadGatewayConfig(env));
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const grids = ['220302001001001', '220303001001001', '220323100201001', '220322100201001', '220382001001001'];
    let n = 0;
    const run = (title: string, body: () => string) =>
      new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon({ url: hub.gatewayUrl, method: 'POST', headers, connections, duration, title, requests: [{ setupRequest: (req: any) => ({ ...req, body: body() }) }] }, (err, res) => (err ? reject(err) : resolve(res)));
        void instance;
      });
    // Warm up the query plans, then measure a read baseline and intake.
    await run('warm-up', () => JSON.stringify({ query: '{ categories { code } }' }));
    const read = await run('read: categories', () => JSON.stringify({ query: '{ categories { code name } }' }));
    const govDb = createDb(env.GOVERNANCE_DATABASE_URL ?? path.join(dataDir, 'governance.sqlite'));
    const [{ c: before }] = await govDb('appeals').count({ c: '*' });
    const intake = await run('intake: submitAppeal', () => JSON.stringify({
      query: SUBMIT,
      variables: { input: { idempotencyKey: randomUUID(), channel: 'MINI_PROGRAM', title: '物业服务不到位', description: '小区物业长期不清运垃圾，电梯故障无人维修。', category: 'PROPERTY.MANAGEMENT', location: { gridCode: grids[n++ % grids.length] }, applicant: { name: '测试群众', phone: `139${String(n).padStart(8, '0')}` } } },
    }));
    const [{ c: after }] = await govDb('appeals').count({ c: '*' });
    await govDb.destroy();
    const line = (r: autocannon.Result) => `${(r.title ?? "").padEnd(24)} ${r.requests.average.toFixed(1).padStart(8)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   2xx ${r['2xx']}   non-2xx ${r.non2xx}   errors ${r.errors}`;
    console.log(`\n${values.db}, ${connections} connections, ${duration} s each, hub as 6 processes on ${os.cpus().length} cores`);
    console.log(line(read));
    console.log(line(intake));
    console.log(`appeals written: ${Number(after) - Number(before)} for ${intake['2xx']} answers with status 200 (a request still in flight when the clock stops is written but not counted)`);
    console.log(`intake / read throughput ratio: ${(intake.requests.average / read.requests.average).toFixed(2)}`);
  } finally {
    await hub.stop();
    for (const url of pgUrls) await dropPostgresDatabase(url);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
