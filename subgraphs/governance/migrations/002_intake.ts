import type { Knex } from 'knex';
import { createOutboxTable } from '../../kit/outbox';

/** Unified intake and durable dispatch: idempotent submissions, the routing catalogue, work orders, the outbox. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('appeals', (t) => {
    /** Who submitted it (the viewer's subject) and the client's idempotency key: a retry returns the same appeal. */
    t.string('submitted_by', 128);
    t.string('idempotency_key', 128);
    /** A repeat contact or duplicate is linked to its parent appeal. */
    t.string('parent_appeal_id', 64).index();
    /** Why it was not accepted, and the legal route the citizen was told. */
    t.text('legal_route');
    t.string('procedural_status', 32).notNullable().defaultTo('NONE');
    t.unique(['submitted_by', 'idempotency_key']);
  });
  await knex.schema.alterTable('parties', (t) => {
    t.index(['id_number']);
    t.index(['phone']);
  });
  await knex.schema.alterTable('grids', (t) => {
    /** Approximate centre of the grid (WGS84), to resolve coordinates to a grid. */
    t.double('lat');
    t.double('lng');
  });
  await knex.schema.alterTable('dispatches', (t) => {
    /** The routing catalogue version that chose this target. */
    t.integer('routing_version');
    /** Co-handlers report to the lead work order. */
    t.string('lead_dispatch_id', 64);
    /** A receiver may object and return it (within 5 working days); not after the center designated it again. */
    t.boolean('returnable').notNullable().defaultTo(true);
    t.timestamp('return_due_at', { useTz: true });
    t.timestamp('returned_at', { useTz: true });
    t.text('return_reason');
    t.text('reply');
    t.string('partner_state', 32);
  });
  await knex.schema.alterTable('timeline_events', (t) => {
    t.string('dispatch_id', 64);
  });
  await knex.schema.createTable('routing_versions', (t) => {
    t.integer('version').primary();
    t.timestamp('published_at', { useTz: true }).notNullable();
    t.string('published_by', 128).notNullable();
    t.text('note').notNullable().defaultTo('');
  });
  await knex.schema.createTable('routing_rules', (t) => {
    t.string('id', 64).primary();
    /** A region-code prefix: the rule applies to appeals in that jurisdiction (the longest prefix wins). */
    t.string('jurisdiction', 12).notNullable();
    /** A category code (leaf or parent); a leaf rule wins over its parent's. */
    t.string('category', 64).notNullable();
    t.string('target_type', 16).notNullable();
    t.string('target_id', 64).notNullable();
    t.string('role', 16).notNullable();
    t.integer('valid_from').notNullable();
    /** The version that replaced it; null while current. */
    t.integer('valid_to');
    t.index(['category', 'jurisdiction']);
  });
  await knex.schema.createTable('partner_events', (t) => {
    t.string('event_id', 128).primary();
    t.string('dispatch_id', 64).notNullable().index();
    t.string('partner', 32).notNullable();
    t.string('state', 32).notNullable();
    t.timestamp('at', { useTz: true }).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable();
  });
  await createOutboxTable(knex);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('outbox');
  await knex.schema.dropTableIfExists('partner_events');
  await knex.schema.dropTableIfExists('routing_rules');
  await knex.schema.dropTableIfExists('routing_versions');
  await knex.schema.alterTable('timeline_events', (t) => t.dropColumn('dispatch_id'));
  await knex.schema.alterTable('dispatches', (t) => {
    for (const c of ['routing_version', 'lead_dispatch_id', 'returnable', 'return_due_at', 'returned_at', 'return_reason', 'reply', 'partner_state']) t.dropColumn(c);
  });
  await knex.schema.alterTable('grids', (t) => {
    t.dropColumn('lat');
    t.dropColumn('lng');
  });
  await knex.schema.alterTable('parties', (t) => {
    t.dropIndex(['id_number']);
    t.dropIndex(['phone']);
  });
  await knex.schema.alterTable('appeals', (t) => {
    t.dropUnique(['submitted_by', 'idempotency_key']);
    for (const c of ['submitted_by', 'idempotency_key', 'parent_appeal_id', 'legal_route', 'procedural_status']) t.dropColumn(c);
  });
}
