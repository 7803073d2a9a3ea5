import type { Knex } from 'knex';

/**
 * The court's tables. Portable types only (SQLite and PostgreSQL alike); every row carries the region code
 * (12-digit village code) and grid code of its matter so that scoping is one `like` on `region_code`.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('court_venues', (t) => {
    t.string('id', 64).primary();
    t.string('kind', 32).notNullable();
    t.string('name', 200).notNullable();
    t.string('address', 300).notNullable();
    t.string('court_name', 100).notNullable();
    t.string('court_code', 16).notNullable();
    t.string('region_code', 12).notNullable().index();
    t.string('grid_code', 15).notNullable().index();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['kind']);
  });

  await knex.schema.createTable('court_referrals', (t) => {
    t.string('id', 64).primary();
    t.string('dispatch_id', 64).notNullable().unique();
    t.string('appeal_id', 64).notNullable().index();
    t.string('kind', 32).notNullable();
    t.string('status', 32).notNullable();
    t.string('title', 300).notNullable();
    t.string('category', 64).notNullable();
    t.string('applicant_name', 100);
    t.string('applicant_id_number', 18);
    t.string('applicant_phone', 20);
    t.boolean('anonymous').notNullable().defaultTo(false);
    t.string('court_name', 100).notNullable();
    t.string('court_code', 16).notNullable();
    t.string('region_code', 12).notNullable().index();
    t.string('grid_code', 15).notNullable().index();
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.date('mediation_deadline');
    t.index(['received_at', 'id']);
  });

  await knex.schema.createTable('court_cases', (t) => {
    t.string('id', 64).primary();
    t.string('case_number', 64).notNullable().unique();
    t.string('court_name', 100).notNullable();
    t.string('court_code', 16).notNullable();
    t.integer('year').notNullable();
    t.string('case_word', 8).notNullable();
    t.integer('sequence').notNullable();
    t.string('type', 32).notNullable();
    t.string('cause_of_action', 100).notNullable();
    t.string('status', 16).notNullable();
    t.date('filed_on').notNullable();
    t.date('judged_on');
    t.date('closed_on');
    t.string('referral_id', 64).index();
    t.string('appeal_id', 64).index();
    t.string('hearing_venue_id', 64).index();
    t.string('region_code', 12).notNullable().index();
    t.string('grid_code', 15).notNullable().index();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.index(['filed_on', 'id']);
    t.unique(['court_code', 'year', 'case_word', 'sequence']);
  });

  await knex.schema.createTable('judicial_confirmations', (t) => {
    t.string('id', 64).primary();
    t.string('agreement_id', 64).notNullable().unique();
    t.string('appeal_id', 64).notNullable().index();
    t.string('source_dispatch_id', 64);
    t.date('applied_on').notNullable();
    t.string('decision', 16).notNullable();
    t.date('decided_on');
    t.string('court_case_id', 64).notNullable().index();
    t.string('case_number', 64).notNullable();
    t.string('court_name', 100).notNullable();
    t.string('region_code', 12).notNullable().index();
    t.string('grid_code', 15).notNullable().index();
    t.timestamp('created_at', { useTz: true }).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('judicial_confirmations');
  await knex.schema.dropTableIfExists('court_cases');
  await knex.schema.dropTableIfExists('court_referrals');
  await knex.schema.dropTableIfExists('court_venues');
}
