import type { Knex } from 'knex';

/**
 * The public legal service center's tables. Portable: runs unchanged on SQLite and PostgreSQL.
 * Every partner record carries the appeal id, the 12-digit region code and the grid code, so scoping and
 * batching by appeal are single indexed statements.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('mediation_organizations', (t) => {
    t.string('id', 64).primary();
    t.string('name', 200).notNullable();
    t.string('kind', 32).notNullable().index();
    t.string('level', 16).notNullable();
    t.string('specialty', 32).nullable();
    t.string('region_code', 12).notNullable().index();
    t.string('address', 300).notNullable();
    t.string('phone', 20).notNullable();
  });

  await knex.schema.createTable('mediators', (t) => {
    t.string('id', 64).primary();
    t.string('organization_id', 64).notNullable().references('id').inTable('mediation_organizations').index();
    t.string('name', 100).notNullable();
    t.string('phone', 20).notNullable();
    t.string('kind', 32).notNullable().index();
    t.string('specialty', 32).nullable();
    t.string('region_code', 12).notNullable().index();
  });

  await knex.schema.createTable('legal_aid_workstations', (t) => {
    t.string('id', 64).primary();
    t.string('name', 200).notNullable();
    t.string('region_code', 12).notNullable().index();
    t.string('address', 300).notNullable();
    t.string('phone', 20).notNullable();
  });

  await knex.schema.createTable('mediations', (t) => {
    t.string('id', 64).primary();
    t.string('dispatch_id', 64).nullable().unique();
    t.string('appeal_id', 64).notNullable().index();
    t.string('region_code', 12).notNullable().index();
    t.string('grid_code', 15).notNullable().index();
    t.string('category', 64).notNullable();
    t.string('title', 200).notNullable();
    t.string('applicant_name', 100).notNullable();
    t.string('applicant_id_number', 18).nullable();
    t.string('applicant_phone', 20).nullable();
    t.string('tier', 32).notNullable();
    t.string('status', 16).notNullable();
    t.string('organization_id', 64).notNullable().references('id').inTable('mediation_organizations').index();
    t.string('mediator_id', 64).nullable().references('id').inTable('mediators').index();
    t.date('start_date').notNullable();
    t.date('deadline').notNullable();
    t.date('end_date').nullable();
    t.text('legal_routes_told').nullable();
    t.string('previous_mediation_id', 64).nullable().references('id').inTable('mediations').index();
    t.string('agreement_id', 64).nullable().index();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['start_date', 'id']);
  });

  await knex.schema.createTable('mediation_agreements', (t) => {
    t.string('id', 64).primary();
    t.string('mediation_id', 64).notNullable().unique().references('id').inTable('mediations');
    t.string('appeal_id', 64).notNullable().index();
    t.string('region_code', 12).notNullable().index();
    t.string('grid_code', 15).notNullable();
    t.date('signed_date').notNullable();
    t.text('terms_summary').notNullable();
    t.decimal('amount', 14, 2).nullable();
    t.string('performance_status', 16).notNullable();
    t.date('judicial_confirmation_deadline').notNullable();
    t.boolean('judicial_confirmation_requested').notNullable();
  });

  await knex.schema.createTable('legal_aid_applications', (t) => {
    t.string('id', 64).primary();
    t.string('dispatch_id', 64).nullable().unique();
    t.string('appeal_id', 64).nullable().index();
    t.string('region_code', 12).notNullable().index();
    t.string('grid_code', 15).nullable().index();
    t.string('workstation_id', 64).nullable().references('id').inTable('legal_aid_workstations').index();
    t.string('applicant_name', 100).notNullable();
    t.string('applicant_id_number', 18).nullable();
    t.string('applicant_phone', 20).nullable();
    t.text('matter').notNullable();
    t.string('category', 64).notNullable();
    t.date('applied_date').notNullable();
    t.date('review_due').notNullable();
    t.string('decision', 16).notNullable();
    t.date('decided_date').nullable();
    t.date('lawyer_assignment_due').nullable();
    t.string('lawyer_name', 100).nullable();
    t.date('lawyer_assigned_date').nullable();
    t.string('status', 32).notNullable();
    t.index(['applied_date', 'id']);
  });

  await knex.schema.createTable('legal_consultations', (t) => {
    t.string('id', 64).primary();
    t.string('appeal_id', 64).nullable().index();
    t.string('region_code', 12).notNullable().index();
    t.string('grid_code', 15).nullable();
    t.string('workstation_id', 64).nullable().references('id').inTable('legal_aid_workstations').index();
    t.string('channel', 16).notNullable();
    t.text('question').notNullable();
    t.text('answer').nullable();
    t.timestamp('asked_at', { useTz: true }).notNullable();
    t.timestamp('answered_at', { useTz: true }).nullable();
    t.index(['asked_at', 'id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['legal_consultations', 'legal_aid_applications', 'mediation_agreements', 'mediations', 'legal_aid_workstations', 'mediators', 'mediation_organizations']) {
    await knex.schema.dropTableIfExists(table);
  }
}
