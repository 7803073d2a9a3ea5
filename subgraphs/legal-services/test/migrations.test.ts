import { disposeDatabaseUrl, freshDatabaseUrl } from '../../../test/support/databases';
import { createDb, migrateLatest } from '../../kit/db';
import { migrations } from '../migrations';

/** 002 on a database that already holds mediation chains: every tier learns its referral's dispatch id. */
test('002_referral_intake backfills the referral dispatch id along existing chains and adds the outbox', async () => {
  const url = await freshDatabaseUrl('legal-services');
  const db = createDb(url);
  try {
    await migrateLatest(db, migrations.slice(0, 1));
    await db('mediation_organizations').insert({ id: 'MO-1', name: '调委会', kind: 'PEOPLES_COMMITTEE', level: 'TOWNSHIP', region_code: '220302001000', address: '-', phone: '-' });
    const mediation = (id: string, dispatchId: string | null, previous: string | null, appealId = 'AP1') => ({
      id, dispatch_id: dispatchId, appeal_id: appealId, region_code: '220302001001', grid_code: '220302001001001', category: 'NEIGHBOUR.DISPUTE',
      title: '纠纷', applicant_name: '张三', tier: 'TOWNSHIP_COMMITTEE', status: previous ? 'MEDIATING' : 'ESCALATED', organization_id: 'MO-1',
      start_date: '2026-01-01', deadline: '2026-01-31', previous_mediation_id: previous, created_at: '2026-01-01T00:00:00.000Z',
    });
    await db('mediations').insert([mediation('M1', 'AP1-D3', null), mediation('M2', null, 'M1'), mediation('M3', null, 'M2'), mediation('M4', null, 'M3'), mediation('M5', null, 'M4')]);
    await db('mediations').insert(mediation('N1', null, null, 'AP2'));
    await migrateLatest(db, migrations.slice(0, 2));
    const rows = await db('mediations').orderBy('id').select('id', 'referral_dispatch_id', 'description');
    expect(rows).toEqual([
      { id: 'M1', referral_dispatch_id: 'AP1-D3', description: null },
      { id: 'M2', referral_dispatch_id: 'AP1-D3', description: null },
      { id: 'M3', referral_dispatch_id: 'AP1-D3', description: null },
      { id: 'M4', referral_dispatch_id: 'AP1-D3', description: null },
      { id: 'M5', referral_dispatch_id: 'AP1-D3', description: null },
      { id: 'N1', referral_dispatch_id: null, description: null },
    ]);
    const [{ n }] = await db('outbox').count({ n: '*' });
    expect(Number(n)).toBe(0);
    await db.migrate.down({ migrationSource: { getMigrations: async () => migrations.slice(0, 2), getMigrationName: (m: { name: string }) => m.name, getMigration: async (m: unknown) => m as never } });
    expect(await db.schema.hasTable('outbox')).toBe(false);
    expect(await db.schema.hasColumn('mediations', 'referral_dispatch_id')).toBe(false);
    expect(Number((await db('mediations').count({ n: '*' }))[0].n)).toBe(6);
  } finally {
    await db.destroy();
    await disposeDatabaseUrl(url);
  }
});

/** 003 adds the personal-data audit trail and the mediations' confidentiality (existing rows: not confidential), and rolls back. */
test('003_personal_data creates pii_reveals and mediations.confidential, and drops them again', async () => {
  const url = await freshDatabaseUrl('legal-services');
  const db = createDb(url);
  const source = { getMigrations: async () => migrations, getMigrationName: (m: { name: string }) => m.name, getMigration: async (m: unknown) => m as never };
  try {
    await migrateLatest(db, migrations.slice(0, 2));
    await db('mediation_organizations').insert({ id: 'MO-1', name: '调委会', kind: 'PEOPLES_COMMITTEE', level: 'TOWNSHIP', region_code: '220302001000', address: '-', phone: '-' });
    await db('mediations').insert({
      id: 'M1', appeal_id: 'AP1', region_code: '220302001001', grid_code: '220302001001001', category: 'NEIGHBOUR.DISPUTE', title: '纠纷', applicant_name: '张三',
      tier: 'TOWNSHIP_COMMITTEE', status: 'MEDIATING', organization_id: 'MO-1', start_date: '2026-01-01', deadline: '2026-01-31', created_at: '2026-01-01T00:00:00.000Z',
    });
    await migrateLatest(db, migrations.slice(0, 3));
    expect(await db.schema.hasTable('pii_reveals')).toBe(true);
    expect(Boolean((await db('mediations').where('id', 'M1').first('confidential')).confidential)).toBe(false);
    await db.migrate.down({ migrationSource: source });
    expect(await db.schema.hasTable('pii_reveals')).toBe(false);
    expect(await db.schema.hasColumn('mediations', 'confidential')).toBe(false);
    expect(await db.schema.hasColumn('mediations', 'referral_dispatch_id')).toBe(true);
    expect(Number((await db('mediations').count({ n: '*' }))[0].n)).toBe(1);
  } finally {
    await db.destroy();
    await disposeDatabaseUrl(url);
  }
});

/** 004 adds the legal-education articles on top of a database that already holds 001-003, and rolls back alone. */
test('004_legal_education creates legal_education_articles and drops it again, leaving 003 in place', async () => {
  const url = await freshDatabaseUrl('legal-services');
  const db = createDb(url);
  const source = { getMigrations: async () => migrations, getMigrationName: (m: { name: string }) => m.name, getMigration: async (m: unknown) => m as never };
  try {
    expect(migrations.map((m) => m.name)).toEqual(['001_init', '002_referral_intake', '003_personal_data', '004_legal_education']);
    await migrateLatest(db, migrations.slice(0, 3));
    expect(await db.schema.hasTable('legal_education_articles')).toBe(false);
    await migrateLatest(db, migrations);
    const article = { id: 'LE-1', topic: 'LABOUR', title: '讨薪', summary: '摘要', body: '正文', publisher: '四平市司法局', region_code: '220300000000' };
    await db('legal_education_articles').insert([{ ...article, published_at: '2026-11-20T01:00:00.000Z' }]);
    const insert = async (row: Record<string, unknown>) => {
      await db('legal_education_articles').insert(row);
    };
    // The driver's own error class (a native SqliteError, a pg DatabaseError): asserted by catching, not by `rejects.toThrow`.
    const refused = (row: Record<string, unknown>) => insert(row).then(() => false, () => true);
    expect(await refused({ ...article, published_at: '2026-11-21T01:00:00.000Z' })).toBe(true);
    expect(await refused({ ...article, id: 'LE-2', published_at: null })).toBe(true);
    await insert({ ...article, id: 'LE-2', published_at: '2026-11-21T01:00:00.000Z' });
    expect((await db('legal_education_articles').orderBy('published_at', 'desc').select('id')).map((r) => r.id)).toEqual(['LE-2', 'LE-1']);
    await db.migrate.down({ migrationSource: source });
    expect(await db.schema.hasTable('legal_education_articles')).toBe(false);
    expect(await db.schema.hasTable('pii_reveals')).toBe(true);
  } finally {
    await db.destroy();
    await disposeDatabaseUrl(url);
  }
});
