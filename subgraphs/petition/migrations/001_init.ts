import type { Knex } from 'knex';

/** Petitions (信访事项), the representatives of group visits, and review / re-review stages. Portable: SQLite and PostgreSQL. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('petitions', (t) => {
    t.string('id', 64).primary();
    t.string('dispatch_id', 64).notNullable().unique();
    t.string('appeal_id', 64).notNullable().index();
    t.string('region_code', 12).notNullable().index();
    t.string('grid_code', 15).notNullable().index();
    t.string('title', 200).notNullable();
    t.string('category', 64).notNullable();
    t.string('form', 16).notNullable();
    t.string('type', 24).notNullable();
    t.string('status', 24).notNullable().index();
    t.boolean('group_visit').notNullable();
    t.integer('headcount').notNullable();
    t.boolean('anonymous').notNullable();
    t.string('petitioner_name', 64).notNullable();
    t.string('petitioner_id_number', 18).nullable();
    t.string('petitioner_phone', 20).nullable();
    t.date('received_on').notNullable();
    t.date('registered_on').notNullable();
    t.date('registration_due_on').notNullable();
    t.string('decision', 16).notNullable();
    t.date('decided_on').nullable();
    t.date('notice_due_on').notNullable();
    t.date('notice_sent_on').nullable();
    t.text('legal_route').nullable();
    t.date('handling_due_on').nullable();
    t.integer('extension_days').nullable();
    t.text('extension_reason').nullable();
    t.text('result').nullable();
    t.date('replied_on').nullable();
    t.date('review_request_due_on').nullable();
    t.date('concluded_on').nullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.index(['registered_on', 'id'], 'petitions_registered_on_id_idx');
  });

  await knex.schema.createTable('petition_representatives', (t) => {
    t.string('id', 64).primary();
    t.string('petition_id', 64).notNullable().references('id').inTable('petitions').index();
    t.string('region_code', 12).notNullable().index();
    t.integer('position').notNullable();
    t.string('name', 64).notNullable();
    t.string('id_number', 18).nullable();
    t.string('phone', 20).nullable();
    t.unique(['petition_id', 'position']);
  });

  await knex.schema.createTable('petition_stages', (t) => {
    t.string('id', 64).primary();
    t.string('petition_id', 64).notNullable().references('id').inTable('petitions').index();
    t.string('region_code', 12).notNullable().index();
    t.string('stage', 16).notNullable();
    t.date('requested_on').notNullable();
    t.date('request_due_on').notNullable();
    t.date('decision_due_on').notNullable();
    t.date('decided_on').nullable();
    t.string('outcome', 16).nullable();
    t.text('opinion').nullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.unique(['petition_id', 'stage']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('petition_stages');
  await knex.schema.dropTableIfExists('petition_representatives');
  await knex.schema.dropTableIfExists('petitions');
}
