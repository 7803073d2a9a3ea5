import type { Knex } from 'knex';
import { createOutboxTable, OUTBOX_TABLE } from '../../kit/outbox';

/** The longest chain of tiers a mediation can climb (grid/village up to court pre-litigation). */
const MAX_CHAIN = 5;

/**
 * Referral intake and progress back to governance: the outbox, the referral's dispatch id on every tier of a
 * mediation chain (progress of a later tier is reported with it), and the referral's description.
 */
export async function up(knex: Knex): Promise<void> {
  await createOutboxTable(knex);
  await knex.schema.alterTable('mediations', (t) => {
    t.string('referral_dispatch_id', 64).nullable().index();
    t.text('description').nullable();
  });
  // Existing chains: the first tier carries the dispatch id, each later tier takes it from the one below.
  await knex('mediations').whereNotNull('dispatch_id').update({ referral_dispatch_id: knex.ref('dispatch_id') });
  for (let i = 1; i < MAX_CHAIN; i++) {
    await knex('mediations')
      .whereNull('referral_dispatch_id')
      .whereNotNull('previous_mediation_id')
      .update({ referral_dispatch_id: knex('mediations as p').select('p.referral_dispatch_id').where('p.id', knex.ref('mediations.previous_mediation_id')) });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('mediations', (t) => t.dropIndex(['referral_dispatch_id']));
  // Plain DROP COLUMN (PostgreSQL, SQLite >= 3.35): knex's SQLite emulation rebuilds the table, which the
  // self-referencing foreign key of `previous_mediation_id` refuses.
  for (const column of ['referral_dispatch_id', 'description']) await knex.raw('alter table ?? drop column ??', ['mediations', column]);
  await knex.schema.dropTableIfExists(OUTBOX_TABLE);
}
