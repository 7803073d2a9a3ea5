import type { Knex } from 'knex';

/** The governance center's own tables: the division tree, grids, centers, departments, appeals and their history. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('regions', (t) => {
    t.string('code', 12).primary();
    t.string('name', 100).notNullable();
    t.string('level', 16).notNullable();
    t.string('parent_code', 12).index();
  });
  await knex.schema.createTable('grids', (t) => {
    t.string('code', 15).primary();
    t.string('name', 100).notNullable();
    t.string('type', 16).notNullable();
    t.string('coverage', 32);
    t.string('region_code', 12).notNullable().index();
  });
  await knex.schema.createTable('grid_workers', (t) => {
    t.string('id', 64).primary();
    t.string('name', 50).notNullable();
    t.string('phone', 20).notNullable();
    t.string('grid_code', 15).notNullable().index();
  });
  await knex.schema.createTable('centers', (t) => {
    t.string('id', 64).primary();
    t.string('name', 100).notNullable();
    t.string('level', 16).notNullable();
    t.string('region_code', 12).notNullable().index();
  });
  await knex.schema.createTable('departments', (t) => {
    t.string('id', 64).primary();
    t.string('name', 100).notNullable();
    t.string('kind', 64).notNullable();
    t.string('region_code', 12).notNullable().index();
  });
  await knex.schema.createTable('categories', (t) => {
    t.string('code', 64).primary();
    t.string('name', 100).notNullable();
    t.string('parent_code', 64);
    t.string('lead_kind', 64);
    t.text('co_kinds').notNullable().defaultTo('[]');
  });
  await knex.schema.createTable('appeals', (t) => {
    t.string('id', 64).primary();
    t.string('title', 200).notNullable();
    t.text('description').notNullable();
    t.string('channel', 32).notNullable();
    t.string('category', 64).notNullable();
    t.string('nature', 32).notNullable();
    t.string('litigation', 32).notNullable();
    t.string('urgency', 16).notNullable();
    t.string('status', 16).notNullable();
    t.string('grid_code', 15).notNullable();
    t.string('region_code', 12).notNullable();
    t.string('center_id', 64).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.timestamp('closed_at', { useTz: true });
    t.boolean('anonymous').notNullable().defaultTo(false);
    t.boolean('confidential').notNullable().defaultTo(false);
    t.string('satisfaction', 32);
    /** The citizen account that submitted it (owner-scoped reads). */
    t.string('citizen_sub', 128).index();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.index(['received_at', 'id']);
    t.index(['region_code', 'received_at']);
    t.index(['status']);
    t.index(['category']);
    t.index(['grid_code']);
  });
  await knex.schema.createTable('parties', (t) => {
    t.string('id', 64).primary();
    t.string('appeal_id', 64).notNullable().index();
    t.integer('seq').notNullable();
    t.string('role', 32).notNullable();
    t.string('name', 200).notNullable();
    t.string('id_number', 18);
    t.string('phone', 20);
    t.string('address', 300);
  });
  await knex.schema.createTable('dispatches', (t) => {
    t.string('id', 64).primary();
    t.string('appeal_id', 64).notNullable().index();
    t.string('target_type', 16).notNullable();
    t.string('target_id', 64).notNullable().index();
    t.string('role', 16).notNullable();
    t.string('status', 16).notNullable();
    t.timestamp('dispatched_at', { useTz: true }).notNullable();
    t.timestamp('accepted_at', { useTz: true });
    t.timestamp('replied_at', { useTz: true });
    t.timestamp('due_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('timeline_events', (t) => {
    t.string('id', 64).primary();
    t.string('appeal_id', 64).notNullable().index();
    t.timestamp('at', { useTz: true }).notNullable();
    t.string('kind', 32).notNullable();
    t.string('from_status', 16);
    t.string('to_status', 16);
    t.string('actor', 128).notNullable();
    t.string('center_id', 64);
    t.text('note').notNullable().defaultTo('');
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['timeline_events', 'dispatches', 'parties', 'appeals', 'categories', 'departments', 'centers', 'grid_workers', 'grids', 'regions']) {
    await knex.schema.dropTableIfExists(table);
  }
}
