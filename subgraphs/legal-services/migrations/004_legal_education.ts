import type { Knex } from 'knex';

/**
 * Public legal-education content (普法宣传): short articles by topic, newest first. Public to every viewer and free of
 * personal data; `region_code` is the jurisdiction of the body that published the article (a justice bureau).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('legal_education_articles', (t) => {
    t.string('id', 64).primary();
    t.string('topic', 32).notNullable();
    t.string('title', 200).notNullable();
    t.string('summary', 500).notNullable();
    t.text('body').notNullable();
    t.string('publisher', 100).notNullable();
    t.string('region_code', 12).notNullable();
    t.timestamp('published_at', { useTz: true }).notNullable();
    t.index(['published_at', 'id']);
    t.index(['topic', 'published_at', 'id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('legal_education_articles');
}
