import type { Knex } from 'knex';
import type { DemoWorld } from '../../../demo/model';
import { insertChunked } from '../../kit/db';
import { planCourtData } from './demo/plan';

const TABLES = ['judicial_confirmations', 'court_cases', 'court_referrals', 'court_venues', 'courts'] as const;

/**
 * Write the court's demo rows for a world, in one transaction. Re-seeding replaces the previous demo rows,
 * so the same world always gives the same database.
 */
export async function seed(db: Knex, world: DemoWorld): Promise<void> {
  const data = planCourtData(world);
  await db.transaction(async (trx) => {
    for (const table of TABLES) await trx(table).del();
    await insertChunked(trx, 'courts', data.courts as unknown as Record<string, unknown>[]);
    await insertChunked(trx, 'court_venues', data.venues as unknown as Record<string, unknown>[]);
    await insertChunked(trx, 'court_referrals', data.referrals as unknown as Record<string, unknown>[]);
    await insertChunked(trx, 'court_cases', data.cases as unknown as Record<string, unknown>[]);
    await insertChunked(trx, 'judicial_confirmations', data.confirmations as unknown as Record<string, unknown>[]);
  });
}
