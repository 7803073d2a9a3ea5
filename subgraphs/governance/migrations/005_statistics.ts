import type { Knex } from 'knex';

/** Indexes for the dashboard's aggregates: work orders by dispatch and return time, appeals by prefix and period. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('dispatches', (t) => {
    t.index(['dispatched_at', 'appeal_id'], 'dispatches_dispatched_at_appeal_idx');
    t.index(['returned_at'], 'dispatches_returned_at_idx');
  });
  await knex.schema.alterTable('feedback', (t) => t.index(['dispatch_id'], 'feedback_dispatch_idx'));
  await knex.schema.alterTable('appeals', (t) => t.index(['received_at', 'region_code'], 'appeals_received_region_idx'));
  if (knex.client.config.client === 'pg') {
    // LIKE 'prefix%' can use a btree index under any collation only with the pattern operator class.
    await knex.raw('CREATE INDEX appeals_region_pattern_idx ON appeals (region_code varchar_pattern_ops)');
  }
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client === 'pg') await knex.raw('DROP INDEX IF EXISTS appeals_region_pattern_idx');
  await knex.schema.alterTable('appeals', (t) => t.dropIndex(['received_at', 'region_code'], 'appeals_received_region_idx'));
  await knex.schema.alterTable('feedback', (t) => t.dropIndex(['dispatch_id'], 'feedback_dispatch_idx'));
  await knex.schema.alterTable('dispatches', (t) => {
    t.dropIndex(['dispatched_at', 'appeal_id'], 'dispatches_dispatched_at_appeal_idx');
    t.dropIndex(['returned_at'], 'dispatches_returned_at_idx');
  });
}
