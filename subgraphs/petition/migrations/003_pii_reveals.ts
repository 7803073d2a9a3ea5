import type { Knex } from 'knex';
import { createRevealAuditTable } from '../../kit/pii';

/** The audit trail of personal-data reveals (who, whose, which fields, why, when), kept next to the data. */
export async function up(knex: Knex): Promise<void> {
  await createRevealAuditTable(knex);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('pii_reveals');
}
