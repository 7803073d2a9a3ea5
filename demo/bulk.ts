import { Pool } from 'pg';
import { LEAF_CATEGORIES } from '../subgraphs/governance/src/domain/categories';
import { createRandom } from './random';
import type { DemoCity } from './model';

/**
 * A bulk generator for PostgreSQL: `count` appeals over the year before `now` across the demo city's grids, each
 * with its lead work order and (when closed) the follow-up rating — the rows the statistics read. Deterministic for
 * a seed; written in batches of `batch` rows, one `INSERT ... SELECT FROM unnest($1::text[], ...)` statement per
 * table per batch (one array parameter per column: COPY-like throughput without COPY). Parties and timeline events
 * are not generated. The directory (regions, grids, centers, departments) must already be seeded from `city`.
 */
export interface BulkOptions {
  count: number;
  now: string;
  seed?: number;
  batch?: number;
  /** Appeal ids are `${prefix}${n}`, so a bulk set can sit beside the demo's. */
  prefix?: string;
  onProgress?: (done: number) => void;
}

const DAY = 86_400_000;
const STATUSES = ['DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'CLOSED'] as const;

export async function generateBulk(databaseUrl: string, city: DemoCity, opts: BulkOptions): Promise<{ appeals: number; dispatches: number; feedback: number }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  const rng = createRandom((opts.seed ?? 20261125) ^ 0xb01c);
  const batch = opts.batch ?? 10_000;
  const prefix = opts.prefix ?? 'BK';
  const nowMs = Date.parse(opts.now);
  const start = nowMs - 365 * DAY;
  const depts = new Set(city.departments.map((d) => d.id));
  const villageCenter = new Map(city.centers.map((c) => [c.regionCode, c.id]));
  const cats = LEAF_CATEGORIES.map((c) => [c, 1] as const);
  const iso = (ms: number) => new Date(Math.min(ms, nowMs - 60_000)).toISOString();
  let dispatches = 0;
  let feedback = 0;
  try {
    for (let from = 0; from < opts.count; from += batch) {
      const n = Math.min(batch, opts.count - from);
      const A: Record<string, unknown[]> = { id: [], title: [], channel: [], category: [], status: [], grid: [], region: [], center: [], received: [], closed: [], satisfaction: [], urgency: [] };
      const D: Record<string, unknown[]> = { id: [], appeal: [], target: [], status: [], dispatched: [], accepted: [], replied: [], due: [], returned: [], region: [], category: [] };
      const F: Record<string, unknown[]> = { id: [], appeal: [], dispatch: [], rating: [], at: [], region: [], category: [] };
      for (let k = 0; k < n; k++) {
        const i = from + k;
        const id = `${prefix}${String(i + 1).padStart(7, '0')}`;
        const grid = city.grids[rng.int(0, city.grids.length - 1)];
        const county = grid.regionCode.slice(0, 6);
        const category = rng.weighted(cats);
        const received = start + (i / opts.count) * 365 * DAY + rng.next() * DAY;
        const age = (nowMs - received) / DAY;
        const status = age > 45 ? (rng.chance(0.996) ? 'CLOSED' : 'REPLIED') : STATUSES[Math.min(4, Math.floor(Math.max(0, age / 30 + rng.next() * 0.4) * 5))];
        const idx = STATUSES.indexOf(status);
        const dispatched = received + rng.int(2, 26) * 3600_000;
        const accepted = idx >= 1 ? dispatched + rng.int(2, 40) * 3600_000 : null;
        const replied = idx >= 3 ? dispatched + rng.int(2, 12) * DAY : null;
        const closed = status === 'CLOSED' ? (replied ?? dispatched) + rng.int(1, 72) * 3600_000 : null;
        const rating = closed ? rng.weighted([['SATISFIED', 90], ['BASICALLY_SATISFIED', 9], ['DISSATISFIED', 1]] as const) : null;
        const lead = category.leadKind && depts.has(`D${county}-${category.leadKind}`) ? `D${county}-${category.leadKind}` : category.leadKind ? `D220300-${category.leadKind}` : `D${county}-COUNTY_GOVERNMENT`;
        const returned = rng.chance(0.005);
        A.id.push(id); A.title.push(`${category.name}问题反映`); A.channel.push(rng.chance(0.6) ? 'MINI_PROGRAM' : 'HOTLINE'); A.category.push(category.code);
        A.status.push(status); A.grid.push(grid.code); A.region.push(grid.regionCode); A.center.push(villageCenter.get(grid.regionCode) ?? `C${county}000000`);
        A.received.push(iso(received)); A.closed.push(closed ? iso(closed) : null); A.satisfaction.push(rating); A.urgency.push(rng.chance(0.01) ? 'URGENT' : 'NORMAL');
        D.id.push(`${id}-D1`); D.appeal.push(id); D.region.push(grid.regionCode); D.category.push(category.code); D.target.push(lead); D.status.push(status === 'CLOSED' ? 'CLOSED' : idx >= 3 ? 'REPLIED' : idx >= 1 ? 'ACCEPTED' : 'PENDING');
        D.dispatched.push(iso(dispatched)); D.accepted.push(accepted ? iso(accepted) : null); D.replied.push(replied ? iso(replied) : null);
        D.due.push(new Date(dispatched + 7 * DAY).toISOString()); D.returned.push(returned ? iso(dispatched + DAY) : null);
        if (rating && closed) { F.id.push(`FB-${id}`); F.appeal.push(id); F.region.push(grid.regionCode); F.category.push(category.code); F.dispatch.push(`${id}-D1`); F.rating.push(rating); F.at.push(iso(closed)); }
      }
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO appeals (id, title, description, channel, category, nature, litigation, urgency, status, grid_code, region_code, center_id, received_at, closed_at, anonymous, confidential, satisfaction, submitted_by, idempotency_key, updated_at)
           SELECT id, title, title, channel, category, 'GRIEVANCE', 'NONE', urgency, status, grid, region, center, received, closed, false, false, satisfaction, 'bulk', 'bulk-' || id, COALESCE(closed, received)
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[], $11::text[], $12::text[])
             AS t(id, title, channel, category, status, grid, region, center, received, closed, satisfaction, urgency)`,
          [A.id, A.title, A.channel, A.category, A.status, A.grid, A.region, A.center, A.received, A.closed, A.satisfaction, A.urgency],
        );
        await client.query(
          `INSERT INTO dispatches (id, appeal_id, target_type, target_id, role, status, dispatched_at, accepted_at, replied_at, due_at, returned_at, returnable, routing_version, region_code, category)
           SELECT id, appeal, 'DEPARTMENT', target, 'LEAD', status, dispatched, accepted, replied, due, returned, false, 1, region, category
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::timestamptz[], $8::timestamptz[], $9::timestamptz[], $10::text[], $11::text[])
             AS t(id, appeal, target, status, dispatched, accepted, replied, due, returned, region, category)`,
          [D.id, D.appeal, D.target, D.status, D.dispatched, D.accepted, D.replied, D.due, D.returned, D.region, D.category],
        );
        await client.query(
          `INSERT INTO feedback (id, appeal_id, dispatch_id, rating, comment, via, recorded_by, at, region_code, category)
           SELECT id, appeal, dispatch, rating, '', 'FOLLOW_UP_CALL', 'bulk', at, region, category
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::text[]) AS t(id, appeal, dispatch, rating, at, region, category)`,
          [F.id, F.appeal, F.dispatch, F.rating, F.at, F.region, F.category],
        );
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      } finally {
        client.release();
      }
      dispatches += D.id.length;
      feedback += F.id.length;
      opts.onProgress?.(from + n);
    }
    await pool.query('ANALYZE appeals; ANALYZE dispatches; ANALYZE feedback;');
  } finally {
    await pool.end();
  }
  return { appeals: opts.count, dispatches, feedback };
}
