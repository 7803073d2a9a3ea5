import type { Knex } from 'knex';
import type { DemoWorld } from '../../../demo/model';
import { insertChunked } from '../../kit/db';
import { chinaDateOf } from './domain/deadlines';
import { matterRows } from './demo/matterRows';

/**
 * Write the procuratorate's demo rows: one 12309 matter per PROCURATORATE referral of the world, with its
 * monthly follow-ups. Deterministic (each matter draws from its referral's seed) and in one transaction.
 */
export async function seed(db: Knex, world: DemoWorld): Promise<void> {
  const names = new Map(world.city.regions.map((r) => [r.code, r.name]));
  const regionName = (code: string): string | null => names.get(code) ?? null;
  const today = chinaDateOf(world.now);
  const matters: Record<string, unknown>[] = [];
  const followUps: Record<string, unknown>[] = [];
  for (const referral of world.referrals) {
    if (referral.partner !== 'PROCURATORATE') continue;
    const rows = matterRows(referral, today, regionName);
    matters.push(rows.matter);
    followUps.push(...rows.followUps);
  }
  await db.transaction(async (trx) => {
    await insertChunked(trx, 'procuratorate_matters', matters);
    await insertChunked(trx, 'procuratorate_follow_ups', followUps);
  });
}
