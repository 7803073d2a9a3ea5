import type { Knex } from 'knex';
import type { DemoWorld } from '../../../demo/model';
import { insertChunked } from '../../kit/db';
import { chinaDateOf } from './domain/deadlines';
import { planPetition, type PetitionRows } from './demo/plan';

/**
 * Write the demo petitions: one per PETITION referral of the world, with its representatives and review stages,
 * in one transaction. Like the referral intake it stands for, it is idempotent on the dispatch id: a referral
 * that already has a petition is skipped, so seeding twice changes nothing.
 */
export async function seed(db: Knex, world: DemoWorld): Promise<void> {
  const today = chinaDateOf(world.now);
  const appeals = new Map(world.appeals.map((a) => [a.id, a]));
  const referrals = world.referrals.filter((r) => r.partner === 'PETITION');
  await db.transaction(async (trx) => {
    const existing = new Set((await trx('petitions').select('dispatch_id')).map((r: { dispatch_id: string }) => r.dispatch_id));
    const planned: PetitionRows[] = referrals.filter((r) => !existing.has(r.dispatchId)).map((r) => planPetition(r, appeals.get(r.appealId), today));
    await insertChunked(trx, 'petitions', planned.map((p) => p.petition));
    await insertChunked(trx, 'petition_representatives', planned.flatMap((p) => p.representatives));
    await insertChunked(trx, 'petition_stages', planned.flatMap((p) => p.stages));
  });
}
