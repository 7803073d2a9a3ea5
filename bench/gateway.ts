import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { issueDevToken } from '../gateway/src/auth';
import { loadGatewayConfig } from '../gateway/src/config';
import { SUBGRAPHS, envPrefix } from '../subgraphs/kit/config';
import { migrateAndSeedAll } from '../scripts/seedAll';
import { portEnv, startProcesses, waitHealthy } from '../scripts/processes';

/**
 * What the gateway's hardening costs on the case-dossier query: two gateways over the same five subgraphs, one with
 * the document limits (tokens, depth, aliases, directives, cost, recursive selections, operation checks) and one
 * without, measured alternately with autocannon. `npm run bench:gateway -- [--duration 10] [--connections 10] [--rounds 2]`.
 */
const DOSSIER = `query Dossier($id: ID!) { appeal(id: $id) { id title status channel receivedAt category { code name } grid { code name courtVenues { id kind } }
  parties { role name idNumber phone } dispatches { id role status partner department { name } } timeline { at kind fromStatus toStatus }
  courtReferral { id status } courtCases { id caseNumber status } petition { id status }
  mediations { id tier status agreement { id judicialConfirmation { id decision caseNumber } } } legalAidApplications { id } consultations { id }
  procuratorateMatters { id kind status } } }`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, rounds: { type: 'string', default: '2' } } });
  const env: Record<string, string | undefined> = { ...process.env, HUB_ENV: 'development', LOG_LEVEL: 'error', ...portEnv({}, 5500) };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-gw-'));
  env.HUB_DATA_DIR = dataDir;
  for (const name of Object.keys(SUBGRAPHS)) env[`${envPrefix(name)}_URL`] = `http://127.0.0.1:${env[`${envPrefix(name)}_PORT`]}/graphql`;
  await migrateAndSeedAll(env, { scale: 'city' });
  const hub = await startProcesses(env);
  const plainPort = 5590;
  const plain = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', 'gateway', 'src', 'main.ts')], { env: { ...env, GATEWAY_PORT: String(plainPort), GATEWAY_HARDENING: 'off' } as NodeJS.ProcessEnv, stdio: 'inherit' });
  try {
    await waitHealthy(`http://127.0.0.1:${plainPort}/health`);
    const token = await issueDevToken({ sub: 'bench', role: 'CENTER_STAFF', jurisdictions: ['2203'], scopes: [] }, loadGatewayConfig(env));
    const body = JSON.stringify({ query: DOSSIER, variables: { id: 'AP000008' } });
    const run = (url: string, title: string) => new Promise<autocannon.Result>((resolve, reject) => {
      autocannon({ url, method: 'POST', title, body, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, connections: Number(values.connections), duration: Number(values.duration) }, (err, res) => (err ? reject(err) : resolve(res)));
    });
    const hardUrl = hub.gatewayUrl, plainUrl = `http://127.0.0.1:${plainPort}/graphql`;
    const check = await (await fetch(hardUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body })).json() as { errors?: unknown };
    if (check.errors) throw new Error(`dossier query failed: ${JSON.stringify(check.errors)}`);
    await run(hardUrl, 'warm-up');
    await run(plainUrl, 'warm-up');
    const hard: number[] = [], soft: number[] = [];
    for (let i = 0; i < Number(values.rounds); i++) {
      const h = await run(hardUrl, 'hardened');
      const p = await run(plainUrl, 'unhardened');
      hard.push(h.requests.average);
      soft.push(p.requests.average);
      console.log(`round ${i + 1}: hardened ${h.requests.average.toFixed(1)} req/s (p50 ${h.latency.p50} ms, p99 ${h.latency.p99} ms)   unhardened ${p.requests.average.toFixed(1)} req/s (p50 ${p.latency.p50} ms, p99 ${p.latency.p99} ms)`);
    }
    const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
    console.log(`dossier query, ${values.connections} connections: hardened ${mean(hard).toFixed(1)} req/s, unhardened ${mean(soft).toFixed(1)} req/s, ratio ${(mean(hard) / mean(soft)).toFixed(3)} (cost ${((1 - mean(hard) / mean(soft)) * 100).toFixed(1)}%)`);
  } finally {
    plain.kill('SIGTERM');
    await hub.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
