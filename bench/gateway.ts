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
import { readManifest } from '../gateway/src/persisted/manifest';
import { apiSchemaOf } from '../gateway/src/persisted/validate';
import { preflight } from '../gateway/src/hardening';
import { DEFAULT_LIMITS, costOf, pickOperation } from '../gateway/src/limits';
import { parse, type OperationDefinitionNode } from 'graphql';
import { portEnv, startProcesses, waitHealthy } from '../scripts/processes';

/**
 * What the gateway's hardening costs: two gateways over the same five subgraphs, one hardened (document limits:
 * tokens, depth, aliases, directives, cost, recursive selections, operation checks; persisted operations enforced for
 * anonymous and citizen viewers) and one with all of that off, measured alternately with autocannon on
 *   1. the case-dossier query by a staff token (every partner's fields), and
 *   2. the mini-program's AppealDetail by persisted hash, as the citizen who submitted the appeal.
 * `npm run bench:gateway -- [--duration 10] [--connections 10] [--rounds 2]`.
 */
const DOSSIER = `query Dossier($id: ID!) { appeal(id: $id) { id title status channel receivedAt category { code name } grid { code name courtVenues { id kind } }
  parties { role name idNumber phone } dispatches { id role status partner department { name } } timeline { at kind fromStatus toStatus }
  courtReferral { id status } courtCases { id caseNumber status } petition { id status }
  mediations { id tier status agreement { id judicialConfirmation { id decision caseNumber } } } legalAidApplications { id } consultations { id }
  procuratorateMatters { id kind status } } }`;

/** The CPU the hardening checks take per request, in process (no network, no noise from the other processes). */
function microCost(): void {
  const n = 5000;
  const time = (fn: () => unknown) => {
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    return Number(process.hrtime.bigint() - t) / n / 1000;
  };
  const schema = apiSchemaOf();
  const doc = parse(DOSSIER);
  const op = pickOperation(doc, 'Dossier') as OperationDefinitionNode;
  time(() => preflight({ query: DOSSIER, operationName: 'Dossier' }, DEFAULT_LIMITS));
  const pre = time(() => preflight({ query: DOSSIER, operationName: 'Dossier' }, DEFAULT_LIMITS));
  const cost = time(() => costOf(doc, op, schema, { id: 'AP000008' }, DEFAULT_LIMITS));
  console.log(`in-process CPU per dossier request: document limits (parse, depth, aliases, directives, operation) ${pre.toFixed(1)} µs, cost ${cost.toFixed(1)} µs`);
}

async function main(): Promise<void> {
  microCost();
  const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, rounds: { type: 'string', default: '2' } } });
  const env: Record<string, string | undefined> = { ...process.env, HUB_ENV: 'development', LOG_LEVEL: 'error', ...portEnv({}, 5500) };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-gw-'));
  env.HUB_DATA_DIR = dataDir;
  for (const name of Object.keys(SUBGRAPHS)) env[`${envPrefix(name)}_URL`] = `http://127.0.0.1:${env[`${envPrefix(name)}_PORT`]}/graphql`;
  await migrateAndSeedAll(env, { scale: 'city' });
  const hub = await startProcesses({ ...env, GATEWAY_PERSISTED_OPERATIONS: 'enforce' });
  const plainPort = 5590;
  const plain = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', 'gateway', 'src', 'main.ts')], { env: { ...env, GATEWAY_PORT: String(plainPort), GATEWAY_HARDENING: 'off', GATEWAY_PERSISTED_OPERATIONS: 'off' } as NodeJS.ProcessEnv, stdio: 'inherit' });
  try {
    await waitHealthy(`http://127.0.0.1:${plainPort}/health`);
    const token = await issueDevToken({ sub: 'bench', role: 'CENTER_STAFF', jurisdictions: ['2203'], scopes: [] }, loadGatewayConfig(env));
    const hardUrl = hub.gatewayUrl, plainUrl = `http://127.0.0.1:${plainPort}/graphql`;
    const post = async (url: string, payload: unknown, bearer: string) =>
      (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify(payload) })).json()) as { data?: any; errors?: unknown };
    const run = (url: string, title: string, body: string, bearer: string) => new Promise<autocannon.Result>((resolve, reject) => {
      autocannon({ url, method: 'POST', title, body, headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, connections: Number(values.connections), duration: Number(values.duration) }, (err, res) => (err ? reject(err) : resolve(res)));
    });
    const compare = async (label: string, body: string, bearer: string) => {
      for (const url of [hardUrl, plainUrl]) {
        const check = await post(url, JSON.parse(body), bearer);
        if (check.errors) throw new Error(`${label} failed: ${JSON.stringify(check.errors)}`);
      }
      await run(hardUrl, 'warm-up', body, bearer);
      await run(plainUrl, 'warm-up', body, bearer);
      const hard: number[] = [], soft: number[] = [];
      for (let i = 0; i < Number(values.rounds); i++) {
        const h = await run(hardUrl, 'hardened', body, bearer);
        const p = await run(plainUrl, 'unhardened', body, bearer);
        hard.push(h.requests.average);
        soft.push(p.requests.average);
        console.log(`${label} round ${i + 1}: hardened ${h.requests.average.toFixed(1)} req/s (p50 ${h.latency.p50} ms, p99 ${h.latency.p99} ms)   unhardened ${p.requests.average.toFixed(1)} req/s (p50 ${p.latency.p50} ms, p99 ${p.latency.p99} ms)`);
      }
      const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
      console.log(`${label}, ${values.connections} connections: hardened ${mean(hard).toFixed(1)} req/s, unhardened ${mean(soft).toFixed(1)} req/s, ratio ${(mean(hard) / mean(soft)).toFixed(3)} (cost ${((1 - mean(hard) / mean(soft)) * 100).toFixed(1)}%)`);
    };

    const config = loadGatewayConfig(env);
    const staff = await issueDevToken({ sub: 'bench', role: 'CENTER_STAFF', jurisdictions: ['2203'], scopes: [] }, config);
    await compare('dossier query (staff)', JSON.stringify({ query: DOSSIER, variables: { id: 'AP000008' } }), staff);

    // The citizen submits through the mini-program's persisted SubmitAppeal, then reads it by AppealDetail's hash.
    const citizen = await issueDevToken({ sub: 'bench-citizen', role: 'CITIZEN', jurisdictions: [], scopes: [] }, config);
    const manifest = readManifest(config.persisted.manifestPath);
    const hashOf = (name: string) => [...manifest.values()].find((o) => o.name === name)!.id;
    const persisted = (name: string, variables: unknown) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(name) } } });
    const submitted = await post(hardUrl, persisted('SubmitAppeal', { input: {
      idempotencyKey: 'bench-citizen-appeal-1', channel: 'MINI_PROGRAM', title: '小区噪音扰民', description: '楼下商铺夜间施工噪音扰民，请求协调处理。',
      location: { gridCode: '220302001001001' }, applicant: { name: '王建国', phone: '13800138000' },
    } }), citizen);
    if (submitted.errors) throw new Error(`submit failed: ${JSON.stringify(submitted.errors)}`);
    await compare('mini-program AppealDetail by hash (citizen)', JSON.stringify(persisted('AppealDetail', { id: submitted.data.submitAppeal.appeal.id })), citizen);
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
