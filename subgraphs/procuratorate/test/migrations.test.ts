import { disposeDatabaseUrl, freshDatabaseUrl } from '../../../test/support/databases';
import { createDb, migrateLatest, type Migration } from '../../kit/db';
import { migrations } from '../migrations';

/** 002 adds the outbox and the intake columns to a database that already holds matters, and rolls back cleanly. */
test('002_referral_intake migrates up over existing matters and down again', async () => {
  const url = await freshDatabaseUrl('procuratorate');
  const db = createDb(url);
  const upTo002 = migrations.slice(0, 2);
  const source = { getMigrations: async () => upTo002, getMigrationName: (m: Migration) => m.name, getMigration: async (m: Migration) => m };
  try {
    await migrateLatest(db, migrations.slice(0, 1));
    await db('procuratorate_matters').insert({
      id: 'PM-1', dispatch_id: 'AP1-D2', appeal_id: 'AP1', kind: 'COMPLAINT', status: 'RECEIVED', title: '控告', category: 'LITIGATION.CRIMINAL',
      region_code: '220302001001', grid_code: '220302001001001', procuratorate_code: '220302000000', procuratorate_name: '四平市铁西区人民检察院',
      department: 'COMPLAINT_AND_APPEAL', received_at: '2026-03-01T00:00:00.000Z', received_on: '2026-03-01', procedural_reply_due_on: '2026-03-08',
      outcome_reply_due_on: '2026-06-01', updated_at: '2026-03-01T00:00:00.000Z',
    });
    await db('procuratorate_follow_ups').insert({ id: 'PM-1-F1', matter_id: 'PM-1', region_code: '220302001001', sequence: 1, due_on: '2026-07-01' });
    await migrateLatest(db, upTo002);
    const row = await db('procuratorate_matters').where('id', 'PM-1').first('description', 'confidential', 'result_reply');
    expect({ ...row, confidential: Boolean(row.confidential) }).toEqual({ description: null, confidential: false, result_reply: null });
    expect(await db.schema.hasTable('outbox')).toBe(true);

    await db.migrate.down({ migrationSource: source });
    expect(await db.schema.hasTable('outbox')).toBe(false);
    expect(await db.schema.hasColumn('procuratorate_matters', 'result_reply')).toBe(false);
    expect((await db('procuratorate_follow_ups').where('matter_id', 'PM-1')).length).toBe(1);
  } finally {
    await db.destroy();
    await disposeDatabaseUrl(url);
  }
});

/** 003 adds the personal-data audit trail and drops it again. */
test('003_pii_reveals creates pii_reveals and rolls back cleanly', async () => {
  const url = await freshDatabaseUrl('procuratorate');
  const db = createDb(url);
  const source = { getMigrations: async () => migrations, getMigrationName: (m: Migration) => m.name, getMigration: async (m: Migration) => m };
  try {
    await migrateLatest(db, migrations);
    expect(await db.schema.hasTable('pii_reveals')).toBe(true);
    await db.migrate.down({ migrationSource: source });
    expect(await db.schema.hasTable('pii_reveals')).toBe(false);
    expect(await db.schema.hasTable('outbox')).toBe(true);
  } finally {
    await db.destroy();
    await disposeDatabaseUrl(url);
  }
});
