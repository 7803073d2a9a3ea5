import type { Knex } from 'knex';

/** The citizen's feedback (回访评价): every rating kept; appeals.satisfaction holds the latest. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('feedback', (t) => {
    t.string('id', 64).primary();
    t.string('appeal_id', 64).notNullable();
    /** The lead work order whose handling was rated. */
    t.string('dispatch_id', 64);
    t.string('rating', 32).notNullable();
    t.text('comment').notNullable().defaultTo('');
    t.string('via', 32).notNullable();
    t.string('recorded_by', 128).notNullable();
    t.timestamp('at', { useTz: true }).notNullable();
    t.index(['appeal_id', 'at']);
    t.index(['at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('feedback');
}
