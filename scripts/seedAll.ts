import { loadSubgraphConfig } from '../subgraphs/kit/config';
import { createDb, ensurePostgresDatabase, migrateLatest } from '../subgraphs/kit/db';
import { generateWorld, type WorldOptions } from '../demo/world';
import { SUBGRAPH_MODULES } from './subgraphs';

/** Marker table: a subgraph database that has it was seeded, and is never seeded twice. */
const MARKER = 'demo_seed';

/**
 * Migrate every subgraph's database and seed the demo world into each that is still unseeded.
 * Returns how long each step took, in milliseconds.
 */
export async function migrateAndSeedAll(env: Record<string, string | undefined>, world: WorldOptions = {}): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  let t = Date.now();
  const demo = generateWorld(world);
  timings.generate = Date.now() - t;
  for (const m of SUBGRAPH_MODULES) {
    const config = loadSubgraphConfig(m.name, env);
    await ensurePostgresDatabase(config.databaseUrl);
    const db = createDb(config.databaseUrl);
    try {
      await migrateLatest(db, m.migrations);
      if (!(await db.schema.hasTable(MARKER))) {
        t = Date.now();
        await m.seed(db, demo);
        await db.schema.createTable(MARKER, (tb) => {
          tb.string('scale', 16).notNullable();
          tb.timestamp('seeded_at', { useTz: true }).notNullable();
        });
        await db(MARKER).insert({ scale: world.scale ?? 'city', seeded_at: new Date().toISOString() });
        timings[m.name] = Date.now() - t;
      }
    } finally {
      await db.destroy();
    }
  }
  return timings;
}
