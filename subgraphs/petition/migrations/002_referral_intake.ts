import type { Knex } from 'knex';
import { createOutboxTable, OUTBOX_TABLE } from '../../kit/outbox';

const isPg = (knex: Knex) => knex.client.config.client === 'pg';

/**
 * Referral intake and progress back to governance: the transactional outbox, and the referral as governance sent it.
 * A petitioner's name may be as long as governance takes it (100 characters); SQLite does not enforce lengths.
 */
export async function up(knex: Knex): Promise<void> {
  await createOutboxTable(knex);
  await knex.schema.alterTable('petitions', (t) => {
    t.timestamp('referred_at', { useTz: true });
    t.text('description');
    t.string('nature', 16);
    t.string('litigation', 16);
    t.string('urgency', 16);
    t.boolean('confidential').notNullable().defaultTo(false);
  });
  if (isPg(knex)) await knex.raw('alter table petitions alter column petitioner_name type varchar(100)');
}

export async function down(knex: Knex): Promise<void> {
  if (isPg(knex)) await knex.raw('alter table petitions alter column petitioner_name type varchar(64)');
  await knex.schema.alterTable('petitions', (t) => {
    t.dropColumns('referred_at', 'description', 'nature', 'litigation', 'urgency', 'confidential');
  });
  await knex.schema.dropTableIfExists(OUTBOX_TABLE);
}
