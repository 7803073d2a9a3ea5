import type { Knex } from 'knex';

/**
 * The procuratorate's tables. Portable types only (SQLite and PostgreSQL alike); every row carries the region
 * code (12-digit village code) of its matter so that scoping is one `like` on `region_code`.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('procuratorate_matters', (t) => {
    t.string('id', 64).primary();
    t.string('dispatch_id', 64).notNullable().unique();
    t.string('appeal_id', 64).notNullable().index();
    t.string('kind', 32).notNullable().index();
    t.string('status', 32).notNullable().index();
    t.string('title', 300).notNullable();
    t.string('category', 64).notNullable();
    t.string('petitioner_name', 100);
    t.string('petitioner_id_number', 18);
    t.string('petitioner_phone', 20);
    t.boolean('anonymous').notNullable().defaultTo(false);
    t.boolean('unreachable').notNullable().defaultTo(false);
    t.string('region_code', 12).notNullable().index();
    t.string('grid_code', 15).notNullable().index();
    t.string('procuratorate_code', 12).notNullable();
    t.string('procuratorate_name', 100).notNullable();
    t.string('department', 32).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.date('received_on').notNullable().index();
    t.date('procedural_reply_due_on').notNullable();
    t.date('procedural_replied_on');
    t.date('outcome_reply_due_on').notNullable();
    t.date('outcome_replied_on');
    t.string('outcome_reply_kind', 16);
    t.date('result_replied_on');
    t.date('closed_on');
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.index(['received_at', 'id']);
  });

  await knex.schema.createTable('procuratorate_follow_ups', (t) => {
    t.string('id', 64).primary();
    t.string('matter_id', 64).notNullable().references('id').inTable('procuratorate_matters').index();
    t.string('region_code', 12).notNullable().index();
    t.integer('sequence').notNullable();
    t.date('due_on').notNullable();
    t.date('replied_on');
    t.text('note');
    t.unique(['matter_id', 'sequence']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('procuratorate_follow_ups');
  await knex.schema.dropTableIfExists('procuratorate_matters');
}
