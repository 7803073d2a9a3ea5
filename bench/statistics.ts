import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { generateBulk } from '../demo/bulk';
import { generateWorld } from '../demo/world';
import { createDb, dropPostgresDatabase, ensurePostgresDatabase, migrateLatest } from '../subgraphs/kit/db';
import { migrations } from '../subgraphs/governance/migrations';
import { seed } from '../subgraphs/governance/src/seed';
import { StatisticsRepository } from '../subgraphs/governance/src/repositories/StatisticsRepository';
import type { StatisticsArgs } from '../subgraphs/governance/src/domain/statistics';

/**
 * City-wide statistics latency: `npx tsx bench/statistics.ts [--db sqlite|postgres|both] [--pg postgres://...] [--runs 20] [--bulk 1000000]`.
 * Seeds governance's tables with the demo year (≈18,000 appeals) on a fresh SQLite file and/or a fresh PostgreSQL
 * database, then times the dashboard (`summary` + `mostComplained`, the statements the `statistics` query runs) for
 * the whole city over the year, a county over a quarter and one category. With `--bulk N` (PostgreSQL) it then adds
 * N generated appeals (demo/bulk.ts), prints the load rate, and times the same queries again. Prints numbers only.
 */
const NOW = '2026-11-25T00:00:00.000Z';
const CASES: [string, Omit<StatisticsArgs, 'asOf' | 'countBasicallySatisfied'>][] = [
  ['city, year', { jurisdiction: '2203', category: null, from: '2025-11-25T00:00:00.000Z', to: NOW }],
  ['county 220302, quarter', { jurisdiction: '220302', category: null, from: '2026-08-25T00:00:00.000Z', to: NOW }],
  ['city, LABOUR, year', { jurisdiction: '2203', category: 'LABOUR', from: '2025-11-25T00:00:00.000Z', to: NOW }],
];

async function time(db: Knex, runs: number): Promise<void> {
  const repo = new StatisticsRepository(db);
  for (const [label, c] of CASES) {
    const args: StatisticsArgs = { ...c, asOf: NOW, countBasicallySatisfied: true };
    await repo.summary(args);
    await repo.mostComplained(args, 10);
    const ms: number[] = [];
    let last: unknown;
    for (let i = 0; i < runs; i++) {
      const t = process.hrtime.bigint();
      const [s] = await Promise.all([repo.summary(args), repo.mostComplained(args, 10)]);
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
      last = s;
    }
    ms.sort((a, b) => a - b);
    const s = last as Awaited<ReturnType<StatisticsRepository['summary']>>;
    const pct = (r: { value: number | null }) => (r.value === null ? '-' : `${(r.value * 100).toFixed(2)}%`);
    console.log(`  ${label.padEnd(24)} median ${ms[Math.floor(ms.length / 2)].toFixed(1)} ms  p95 ${ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))].toFixed(1)} ms  ` +
      `(dispatched ${s.dispatched}, response ${pct(s.responseRate)}, resolution ${pct(s.resolutionRate)}, satisfaction ${pct(s.satisfactionRate)}, overdue ${s.overdue})`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    db: { type: 'string', default: 'both' }, pg: { type: 'string', default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    runs: { type: 'string', default: '20' }, bulk: { type: 'string', default: '0' }, keep: { type: 'boolean', default: false },
  } });
  const runs = Number(values.runs);
  const bulk = Number(values.bulk);
  const world = generateWorld({ scale: 'city', now: NOW });
  console.log(`demo year: ${world.appeals.length} appeals`);
  if (values.db === 'sqlite' || values.db === 'both') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-stats-'));
    const db = createDb(path.join(dir, 'governance.sqlite'));
    try {
      await migrateLatest(db, migrations);
      await seed(db, world);
      console.log(`SQLite (${runs} runs each):`);
      await time(db, runs);
    } finally {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  if (values.db === 'postgres' || values.db === 'both') {
    const u = new URL(values.pg!);
    u.pathname = `/hub_bench_stats_${process.pid}`;
    const url = u.toString();
    await ensurePostgresDatabase(url);
    const db = createDb(url);
    try {
      await migrateLatest(db, migrations);
      await seed(db, world);
      await db.raw('ANALYZE');
      console.log(`PostgreSQL (${runs} runs each):`);
      await time(db, runs);
      if (bulk > 0) {
        const t = Date.now();
        let shown = 0;
        const r = await generateBulk(url, world.city, { count: bulk, now: NOW, onProgress: (n) => { if (n - shown >= 100_000 || n === bulk) { shown = n; process.stdout.write(`  generated ${n}\r`); } } });
        const s = (Date.now() - t) / 1000;
        console.log(`\nbulk: ${r.appeals} appeals, ${r.dispatches} work orders, ${r.feedback} ratings in ${s.toFixed(1)} s (${Math.round(r.appeals / s)} appeals/s)`);
        const [{ n }] = await db('appeals').count({ n: '*' });
        console.log(`PostgreSQL with ${n} appeals (${runs} runs each):`);
        await time(db, runs);
      }
    } finally {
      await db.destroy();
      if (!values.keep) await dropPostgresDatabase(url);
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
