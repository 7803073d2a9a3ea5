import type { Knex } from 'knex';
import { createOutboxTable, OUTBOX_TABLE } from '../../kit/outbox';

/**
 * Referral intake and progress back to governance: the outbox, the referral's description and confidentiality,
 * and the text of the reply on the result.
 */
export async function up(knex: Knex): Promise<void> {
  await createOutboxTable(knex);
  await knex.schema.alterTable('procuratorate_matters', (t) => {
    t.text('description').nullable();
    t.boolean('confidential').notNullable().defaultTo(false);
    t.text('result_reply').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  // Plain DROP COLUMN (PostgreSQL, SQLite >= 3.35): knex's SQLite emulation would rebuild the table under its follow-ups' foreign key.
  for (const column of ['description', 'confidential', 'result_reply']) await knex.raw('alter table ?? drop column ??', ['procuratorate_matters', column]);
  await knex.schema.dropTableIfExists(OUTBOX_TABLE);
}
