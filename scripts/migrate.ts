import { loadSubgraphConfig } from '../subgraphs/kit/config';
import { createDb, ensurePostgresDatabase, migrateLatest } from '../subgraphs/kit/db';
import { SUBGRAPH_MODULES } from './subgraphs';

/** `npm run migrate`: bring every subgraph's database to the latest migration (no seeding). */
async function main(): Promise<void> {
  for (const m of SUBGRAPH_MODULES) {
    const config = loadSubgraphConfig(m.name);
    await ensurePostgresDatabase(config.databaseUrl);
    const db = createDb(config.databaseUrl);
    try {
      await migrateLatest(db, m.migrations);
      console.log(`${m.name}: migrated`);
    } finally {
      await db.destroy();
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
