import type { Knex } from 'knex';
import { createRevealAuditTable } from '../../kit/pii';

/**
 * Personal-data protection: the audit table of stated-purpose reveals (kit/pii.ts), a medical dispute's health
 * details kept apart from the description (only the handling units read them), and, for a whistle-blower's matter,
 * the unit reported on (which never sees the whistle-blower's identity).
 */
export async function up(knex: Knex): Promise<void> {
  await createRevealAuditTable(knex);
  await knex.schema.alterTable('appeals', (t) => {
    t.text('health_details');
    t.string('reported_unit_id', 64);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('appeals', (t) => {
    t.dropColumn('health_details');
    t.dropColumn('reported_unit_id');
  });
  await knex.schema.dropTableIfExists('pii_reveals');
}
