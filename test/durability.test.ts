import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { OutboxWorker } from '../subgraphs/kit/outbox';
import { createServiceDelivery } from '../subgraphs/kit/serviceClient';
import { createLogger } from '../subgraphs/kit/log';
import { createDb } from '../subgraphs/kit/db';
import { startHub, type RunningHub } from './support/hub';
import { appealInput, eventually, submit } from './support/intake';

/**
 * Durable hand-off: a partner that is down delays delivery and never loses an appeal; a gateway killed mid-load
 * loses nothing it acknowledged; two governance workers share one outbox without double delivery.
 */
let hub: RunningHub;
let citizen: string;

beforeAll(async () => {
  hub = await startHub({ scale: 'small' });
  citizen = await hub.token({ sub: 'citizen-d', role: 'CITIZEN', jurisdictions: [], scopes: [] });
});
afterAll(async () => hub?.close());

const courtInput = (i: number) => appealInput({ title: `民间借贷纠纷 ${i}`, description: '借款到期不还，准备起诉', category: 'LITIGATION.CIVIL', location: { gridCode: hub.world.city.grids[i % hub.world.city.grids.length].code } });
const count = async (db: RunningHub['subgraphs']['court']['db'], table: string, where: (q: any) => any = (q) => q) => Number(((await where(db(table)).count({ n: '*' }))[0] as { n: unknown }).n);

it('with the court stopped, 200 appeals routed to it are accepted; after it restarts exactly 200 referrals exist, none twice', async () => {
  const courtBefore = await count(hub.subgraphs.court.db, 'court_referrals');
  await hub.stop('court');
  const ids: string[] = [];
  for (let i = 0; i < 200; i += 20) {
    const batch = await Promise.all(Array.from({ length: 20 }, (_, k) => submit(hub, citizen, courtInput(i + k))));
    for (const r of batch) {
      expect(r.body.errors).toBeUndefined();
      ids.push(r.body.data.submitAppeal.appeal.id);
    }
  }
  expect(new Set(ids).size).toBe(200);
  const dispatchIds = (await hub.subgraphs.governance.db('dispatches').whereIn('appeal_id', ids).where({ target_type: 'PARTNER', target_id: 'COURT' })).map((d: any) => d.id);
  expect(dispatchIds).toHaveLength(200);
  // The court is down: delivery has been tried and failed, and nothing is lost.
  await eventually(async () => (await count(hub.subgraphs.governance.db, 'outbox', (q) => q.whereIn('id', dispatchIds.map((d: string) => `referral:${d}`)).where('attempts', '>', 0))) === 200, 20_000, 'delivery attempts');
  await hub.restart('court');
  await eventually(async () => (await count(hub.subgraphs.court.db, 'court_referrals')) - courtBefore >= 200, 60_000, '200 referrals at the court');
  await new Promise((r) => setTimeout(r, 1500)); // give any duplicate delivery the chance to show
  const rows = await hub.subgraphs.court.db('court_referrals').whereIn('dispatch_id', dispatchIds).select('dispatch_id');
  expect(rows).toHaveLength(200);
  expect(new Set(rows.map((r: any) => r.dispatch_id)).size).toBe(200);
  expect(await count(hub.subgraphs.governance.db, 'outbox', (q) => q.whereIn('id', dispatchIds.map((d: string) => `referral:${d}`)).whereNull('delivered_at'))).toBe(0);
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

it('with the gateway process killed mid-load, every appeal that got a success answer exists', async () => {
  const port = await freePort();
  const env: Record<string, string> = { ...(process.env as Record<string, string>), HUB_ENV: 'test', GATEWAY_PORT: String(port), LOG_LEVEL: 'silent' };
  for (const [name, { url }] of Object.entries(hub.subgraphs)) env[`${name.toUpperCase().replace(/-/g, '_')}_URL`] = url;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', 'gateway', 'src', 'main.ts')], { env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await eventually(async () => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.ok, 30_000, 'the gateway process');
    const { SUBMIT } = await import('./support/intake');
    const acknowledged: string[] = [];
    let failures = 0;
    let sent = 0;
    const worker = async () => {
      while (sent < 400) {
        sent++;
        try {
          const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen}` }, body: JSON.stringify({ query: SUBMIT, variables: { input: appealInput() } }) });
          const body = (await res.json()) as any;
          if (res.status === 200 && body.data?.submitAppeal) acknowledged.push(body.data.submitAppeal.appeal.id);
          else failures++;
        } catch {
          failures++;
        }
        if (acknowledged.length === 60 && child.exitCode === null) child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);
    expect(failures).toBeGreaterThan(0); // the kill really happened mid-load
    const stored = await hub.subgraphs.governance.db('appeals').whereIn('id', acknowledged).select('id');
    expect(stored.map((r: any) => r.id).sort()).toEqual([...new Set(acknowledged)].sort());
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

it('two governance workers on one outbox deliver 1,000 referrals with no duplicate and no loss', async () => {
  const gov = hub.subgraphs.governance;
  await gov.server.outbox?.stop(); // only the two workers below deliver these
  // 1,000 referral rows written the way intake writes them (one transaction each batch), for the court.
  const { enqueue } = await import('../subgraphs/kit/outbox');
  const { intakeMutation } = await import('../subgraphs/governance/src/domain/partners');
  const grid = hub.world.city.grids[0];
  const ids: string[] = [];
  await gov.db.transaction(async (trx) => {
    for (let i = 0; i < 1000; i++) {
      const dispatchId = `LOAD-${i}-D1`;
      ids.push(`referral:${dispatchId}`);
      await enqueue(trx, {
        id: `referral:${dispatchId}`, target: 'court', kind: 'referral', query: intakeMutation('COURT'),
        variables: { input: { dispatchId, appealId: `LOAD-${i}`, regionCode: grid.regionCode, gridCode: grid.code, category: 'LITIGATION.CIVIL', title: `借贷纠纷 ${i}`, description: '借款不还', nature: 'GRIEVANCE', litigation: 'CIVIL', urgency: 'NORMAL', anonymous: false, confidential: false, applicantName: '甲', applicantIdNumber: null, applicantPhone: null, referredAt: new Date().toISOString() } },
      });
    }
  });
  // Two workers, each with its own connection pool, as two governance processes would have.
  const logger = createLogger('test', 'silent');
  const deliver = createServiceDelivery({ serviceName: 'governance', urls: gov.config.peerUrls, secrets: gov.config.trust, timeoutMs: 10_000 });
  const dbs = [createDb(gov.config.databaseUrl), createDb(gov.config.databaseUrl)];
  const workers = dbs.map((db, i) => new OutboxWorker({ db, deliver, logger, workerId: `w${i}`, batchSize: 25, pollMs: 10 }));
  workers.forEach((w) => w.start());
  try {
    await eventually(async () => (await count(gov.db, 'outbox', (q) => q.whereIn('id', ids).whereNull('delivered_at'))) === 0, 120_000, 'the outbox to drain');
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await Promise.all(dbs.map((db) => db.destroy()));
    gov.server.outbox?.start();
  }
  const [a, b] = workers.map((w) => w.delivered.filter((id) => ids.includes(id)));
  expect(a.length + b.length).toBe(1000);
  expect(a.filter((id) => b.includes(id))).toEqual([]);
  expect(a.length).toBeGreaterThan(0);
  expect(b.length).toBeGreaterThan(0);
  const rows = await hub.subgraphs.court.db('court_referrals').where('dispatch_id', 'like', 'LOAD-%').select('dispatch_id');
  expect(rows).toHaveLength(1000);
  expect(new Set(rows.map((r: any) => r.dispatch_id)).size).toBe(1000);
});
