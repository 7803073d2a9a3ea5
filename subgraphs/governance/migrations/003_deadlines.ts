import type { Knex } from 'knex';
import { DEFAULT_POLICIES } from '../src/domain/deadlines';

/**
 * Deadlines on work: the deadline policy table (category × urgency × channel × partner → clock), each work order's
 * clock, its one extension and its breach; supervision (督办) of work orders; the citizen's feedback.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('deadline_policies', (t) => {
    t.string('id', 64).primary();
    /** `*` matches anything; a parent category matches its leaves. */
    t.string('category', 64).notNullable();
    t.string('urgency', 16).notNullable();
    t.string('channel', 32).notNullable();
    t.string('partner', 32).notNullable();
    t.string('clock_kind', 16).notNullable();
    t.integer('amount').notNullable();
    t.text('source').notNullable().defaultTo('');
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.string('updated_by', 128).notNullable();
    t.unique(['category', 'urgency', 'channel', 'partner']);
  });
  const now = new Date().toISOString();
  await knex('deadline_policies').insert(DEFAULT_POLICIES.map((p) => ({
    id: p.id, category: p.category, urgency: p.urgency, channel: p.channel, partner: p.partner, clock_kind: p.clockKind,
    amount: p.amount, source: p.source, updated_at: now, updated_by: 'migration-003',
  })));
  await knex.schema.alterTable('dispatches', (t) => {
    /** The clock the policy chose (null for rows older than the policy table). */
    t.string('clock_kind', 16);
    t.integer('clock_amount');
    t.string('policy_id', 64);
    /** The one extension (延期) the lead unit may ask for, with the reason told to the citizen. */
    t.timestamp('extended_at', { useTz: true });
    t.integer('extension_days');
    t.text('extension_reason');
    /** When the overdue job recorded the breach (once). */
    t.timestamp('breached_at', { useTz: true });
    t.index(['breached_at', 'due_at']);
  });
  await knex.schema.createTable('supervisions', (t) => {
    t.string('id', 64).primary();
    t.string('appeal_id', 64).notNullable().index();
    t.string('dispatch_id', 64).notNullable().index();
    t.string('kind', 16).notNullable();
    t.string('trigger', 40).notNullable();
    /** The supervised unit: the dispatch's target. */
    t.string('target_type', 16).notNullable();
    t.string('target_id', 64).notNullable();
    t.text('note').notNullable().defaultTo('');
    t.timestamp('due_at', { useTz: true }).notNullable();
    t.string('status', 16).notNullable();
    t.text('reply');
    t.timestamp('replied_at', { useTz: true });
    t.string('replied_by', 128);
    t.string('created_by', 128).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    /** One automatic supervision per cause (e.g. `OVERDUE:<dispatch>:<breach>`): the jobs stay idempotent. */
    t.string('dedupe_key', 200).unique();
    t.index(['target_type', 'target_id', 'status']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('supervisions');
  await knex.schema.alterTable('dispatches', (t) => {
    t.dropIndex(['breached_at', 'due_at']);
    for (const c of ['clock_kind', 'clock_amount', 'policy_id', 'extended_at', 'extension_days', 'extension_reason', 'breached_at']) t.dropColumn(c);
  });
  await knex.schema.dropTableIfExists('deadline_policies');
}
