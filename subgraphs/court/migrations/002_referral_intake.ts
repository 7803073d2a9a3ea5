import type { Knex } from 'knex';
import { createOutboxTable, OUTBOX_TABLE } from '../../kit/outbox';

/**
 * Referral intake and progress back to governance: the transactional outbox, the court directory (which basic court
 * serves a county; data, filled by the seed or by operations), the referral as governance sent it, and the notes
 * court staff record as they move a referral and its cases along.
 */
export async function up(knex: Knex): Promise<void> {
  await createOutboxTable(knex);

  await knex.schema.createTable('courts', (t) => {
    /** The court's code in case numbers, e.g. `吉0302`. */
    t.string('code', 16).primary();
    t.string('name', 100).notNullable();
    t.string('level', 16).notNullable();
    /** The region it serves: a county's 6 digits for a basic court, the city's 4 for the intermediate court. */
    t.string('region_prefix', 12).notNullable().unique();
  });

  await knex.schema.alterTable('court_referrals', (t) => {
    t.timestamp('referred_at', { useTz: true });
    t.text('description');
    t.string('nature', 16);
    t.string('litigation', 16);
    t.string('urgency', 16);
    t.boolean('confidential').notNullable().defaultTo(false);
    t.text('mediation_note');
    t.text('closing_note');
  });

  await knex.schema.alterTable('court_cases', (t) => {
    t.text('judgment_note');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('court_cases', (t) => {
    t.dropColumn('judgment_note');
  });
  await knex.schema.alterTable('court_referrals', (t) => {
    t.dropColumns('referred_at', 'description', 'nature', 'litigation', 'urgency', 'confidential', 'mediation_note', 'closing_note');
  });
  await knex.schema.dropTableIfExists('courts');
  await knex.schema.dropTableIfExists(OUTBOX_TABLE);
}
