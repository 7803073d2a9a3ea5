import type { Knex } from 'knex';
import { generateWorld } from '../../../demo/world';
import { disposeDatabaseUrl, freshDatabaseUrl } from '../../../test/support/databases';
import { createDb, migrateLatest, type Migration } from '../../kit/db';
import { migrations } from '../migrations';
import { seed } from '../src/seed';

describe('petition migrations', () => {
  it('adds the outbox and the referral columns, and goes down and up again; seeding twice changes nothing', async () => {
    const url = await freshDatabaseUrl('petition');
    const db = createDb(url);
    const migrationSource: Knex.MigrationSource<Migration> = { getMigrations: async () => migrations, getMigrationName: (m) => m.name, getMigration: async (m) => m };
    try {
      await migrateLatest(db, migrations);
      expect(await db.schema.hasTable('outbox')).toBe(true);
      expect(await db.schema.hasColumn('petitions', 'referred_at')).toBe(true);
      expect(await db.schema.hasTable('pii_reveals')).toBe(true);
      await db.migrate.down({ migrationSource });
      expect(await db.schema.hasTable('pii_reveals')).toBe(false);
      expect(await db.schema.hasTable('outbox')).toBe(true);
      await db.migrate.down({ migrationSource });
      expect(await db.schema.hasTable('outbox')).toBe(false);
      expect(await db.schema.hasColumn('petitions', 'referred_at')).toBe(false);
      expect(await db.schema.hasTable('petitions')).toBe(true);
      await db.migrate.rollback({ migrationSource }, true);
      expect(await db.schema.hasTable('petitions')).toBe(false);
      await migrateLatest(db, migrations);
      const world = generateWorld({ scale: 'small' });
      await seed(db, world);
      const [{ n }] = await db('petitions').count({ n: '*' });
      await seed(db, world);
      const [{ n: again }] = await db('petitions').count({ n: '*' });
      expect(Number(n)).toBe(world.referrals.filter((r) => r.partner === 'PETITION').length);
      expect(Number(again)).toBe(Number(n));
    } finally {
      await db.destroy();
      await disposeDatabaseUrl(url);
    }
  });
});
