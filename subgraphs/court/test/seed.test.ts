import { generateWorld } from '../../../demo/world';
import { disposeDatabaseUrl, freshDatabaseUrl } from '../../../test/support/databases';
import type { Knex } from 'knex';
import { createDb, migrateLatest, type Migration } from '../../kit/db';
import { migrations } from '../migrations';
import { planCourtData } from '../src/demo/plan';
import { seed } from '../src/seed';

const TABLES = { courts: 'courts', court_venues: 'venues', court_referrals: 'referrals', court_cases: 'cases', judicial_confirmations: 'confirmations' } as const;

describe('migrations and seed', () => {
  it('migrates down and up, and seeds the same rows twice (re-seeding replaces)', async () => {
    const url = await freshDatabaseUrl('court');
    const db = createDb(url);
    try {
      await migrateLatest(db, migrations);
      const migrationSource: Knex.MigrationSource<Migration> = { getMigrations: async () => migrations, getMigrationName: (m) => m.name, getMigration: async (m) => m };
      expect(await db.schema.hasTable('outbox')).toBe(true);
      expect(await db.schema.hasColumn('court_referrals', 'referred_at')).toBe(true);
      expect(await db.schema.hasTable('pii_reveals')).toBe(true);
      await db.migrate.down({ migrationSource });
      expect(await db.schema.hasTable('pii_reveals')).toBe(false);
      expect(await db.schema.hasTable('outbox')).toBe(true);
      await db.migrate.down({ migrationSource });
      expect(await db.schema.hasTable('outbox')).toBe(false);
      expect(await db.schema.hasColumn('court_referrals', 'referred_at')).toBe(false);
      expect(await db.schema.hasTable('court_cases')).toBe(true);
      await db.migrate.rollback({ migrationSource }, true);
      expect(await db.schema.hasTable('court_cases')).toBe(false);
      expect(await db.schema.hasTable('outbox')).toBe(false);
      await migrateLatest(db, migrations);
      const world = generateWorld({ scale: 'small' });
      const plan = planCourtData(world);
      await seed(db, world);
      await seed(db, world);
      for (const [table, key] of Object.entries(TABLES)) {
        const [{ n }] = await db(table).count({ n: '*' });
        expect([table, Number(n)]).toEqual([table, plan[key].length]);
      }
      const row = await db('court_referrals').where('id', plan.referrals[0].id).first();
      expect(row.dispatch_id).toBe(plan.referrals[0].dispatch_id);
      expect(await db('courts').select('code', 'name', 'region_prefix').where('region_prefix', '220302').first()).toEqual({ code: '吉0302', name: '四平市铁西区人民法院', region_prefix: '220302' });
    } finally {
      await db.destroy();
      await disposeDatabaseUrl(url);
    }
  });
});
