import type { Knex } from 'knex';
import { createRevealAuditTable } from '../../kit/pii';

/**
 * Personal data: the audit trail of reveals (`pii_reveals`: who, whose, which fields, why, when), and the referral's
 * confidentiality on every mediation (a whistle-blower's identity is shown to legal-services staff only).
 */
export async function up(knex: Knex): Promise<void> {
  await createRevealAuditTable(knex);
  await knex.schema.alterTable('mediations', (t) => {
    t.boolean('confidential').notNullable().defaultTo(false);
  });
}

export async function down(knex: Knex): Promise<void> {
  // Plain DROP COLUMN, as in 002: knex's SQLite emulation rebuilds the table, which the self-referencing foreign key refuses.
  await knex.raw('alter table ?? drop column ??', ['mediations', 'confidential']);
  await knex.schema.dropTableIfExists('pii_reveals');
}
