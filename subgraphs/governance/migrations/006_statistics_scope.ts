import type { Knex } from 'knex';

/**
 * Statistics without joins: work orders and feedback carry their appeal's region code and category (copied when
 * written; an appeal's region and category never change), so the dashboard's aggregates scan one table each.
 */
export async function up(knex: Knex): Promise<void> {
  for (const table of ['dispatches', 'feedback']) {
    await knex.schema.alterTable(table, (t) => {
      t.string('region_code', 12);
      t.string('category', 64);
    });
    await knex.raw(`UPDATE ${table} SET region_code = (SELECT a.region_code FROM appeals a WHERE a.id = ${table}.appeal_id), category = (SELECT a.category FROM appeals a WHERE a.id = ${table}.appeal_id)`);
  }
  await knex.schema.alterTable('dispatches', (t) => t.index(['region_code', 'dispatched_at'], 'dispatches_region_dispatched_idx'));
  await knex.schema.alterTable('feedback', (t) => t.index(['region_code', 'at'], 'feedback_region_at_idx'));
  if (knex.client.config.client === 'pg') {
    await knex.raw('CREATE INDEX dispatches_region_pattern_idx ON dispatches (region_code varchar_pattern_ops, dispatched_at)');
    await knex.raw('CREATE INDEX feedback_region_pattern_idx ON feedback (region_code varchar_pattern_ops, at)');
  }
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client === 'pg') {
    await knex.raw('DROP INDEX IF EXISTS dispatches_region_pattern_idx');
    await knex.raw('DROP INDEX IF EXISTS feedback_region_pattern_idx');
  }
  await knex.schema.alterTable('dispatches', (t) => t.dropIndex(['region_code', 'dispatched_at'], 'dispatches_region_dispatched_idx'));
  await knex.schema.alterTable('feedback', (t) => t.dropIndex(['region_code', 'at'], 'feedback_region_at_idx'));
  for (const table of ['dispatches', 'feedback']) {
    await knex.schema.alterTable(table, (t) => {
      t.dropColumn('region_code');
      t.dropColumn('category');
    });
  }
}
