import type { Knex } from 'knex';
import { insertChunked } from '../../kit/db';
import type { DemoWorld } from '../../../demo/model';
import { CATEGORIES } from './domain/categories';
import { defaultCatalogue } from './domain/catalogue';

/** Write the governance center's demo rows (directory, categories, appeals and their history) in one transaction. */
export async function seed(db: Knex, world: DemoWorld): Promise<void> {
  const { city } = world;
  await db.transaction(async (trx) => {
    await insertChunked(trx, 'regions', city.regions.map((r) => ({ code: r.code, name: r.name, level: r.level, parent_code: r.parentCode })));
    await insertChunked(trx, 'grids', city.grids.map((g) => ({ code: g.code, name: g.name, type: g.type, coverage: g.coverage, region_code: g.regionCode, lat: g.lat, lng: g.lng })));
    await insertChunked(trx, 'grid_workers', city.gridWorkers.map((w) => ({ id: w.id, name: w.name, phone: w.phone, grid_code: w.gridCode })));
    await insertChunked(trx, 'centers', city.centers.map((c) => ({ id: c.id, name: c.name, level: c.level, region_code: c.regionCode })));
    await insertChunked(trx, 'departments', city.departments.map((d) => ({ id: d.id, name: d.name, kind: d.kind, region_code: d.regionCode })));
    await insertChunked(trx, 'categories', CATEGORIES.map((c) => ({ code: c.code, name: c.name, parent_code: c.parentCode, lead_kind: c.leadKind, co_kinds: JSON.stringify(c.coKinds) })));
    await trx('routing_versions').insert({ version: 1, published_at: world.now, published_by: 'demo-seed', note: '示范城市派单目录' });
    await insertChunked(trx, 'routing_rules', defaultCatalogue(city).map((r) => ({
      id: r.id, jurisdiction: r.jurisdiction, category: r.category, target_type: r.targetType, target_id: r.targetId, role: r.role, valid_from: 1, valid_to: null,
    })));
    await insertChunked(trx, 'appeals', world.appeals.map((a) => ({
      id: a.id, title: a.title, description: a.description, channel: a.channel, category: a.category, nature: a.nature,
      litigation: a.litigation, urgency: a.urgency, status: a.status, grid_code: a.gridCode, region_code: a.regionCode,
      center_id: a.centerId, received_at: a.receivedAt, closed_at: a.closedAt, anonymous: a.anonymous, confidential: a.confidential,
      satisfaction: a.satisfaction, citizen_sub: null, submitted_by: 'demo-seed', idempotency_key: `seed-${a.id}`, updated_at: a.closedAt ?? a.timeline[a.timeline.length - 1].at,
    })));
    await insertChunked(trx, 'parties', world.appeals.flatMap((a) => a.parties.map((p, seq) => ({
      id: p.id, appeal_id: a.id, seq, role: p.role, name: p.name, id_number: p.idNumber, phone: p.phone, address: p.address,
    }))));
    await insertChunked(trx, 'dispatches', world.appeals.flatMap((a) => a.dispatches.map((d) => ({
      id: d.id, appeal_id: a.id, region_code: a.regionCode, category: a.category, target_type: d.targetType, target_id: d.targetId, role: d.role, status: d.status,
      dispatched_at: d.dispatchedAt, accepted_at: d.acceptedAt, replied_at: d.repliedAt, due_at: d.dueAt, routing_version: 1, returnable: false,
    }))));
    // The demo's ratings were taken on the follow-up call after closing: one feedback row each (the appeal holds it too).
    await insertChunked(trx, 'feedback', world.appeals.filter((a) => a.satisfaction && a.closedAt).map((a) => ({
      id: `FB-${a.id}`, appeal_id: a.id, region_code: a.regionCode, category: a.category, dispatch_id: a.dispatches.find((d) => d.role === 'LEAD')?.id ?? null, rating: a.satisfaction,
      comment: '', via: 'FOLLOW_UP_CALL', recorded_by: 'demo-seed', at: a.closedAt,
    })));
    await insertChunked(trx, 'timeline_events', world.appeals.flatMap((a) => a.timeline.map((e) => ({
      id: e.id, appeal_id: a.id, at: e.at, kind: e.kind, from_status: e.fromStatus, to_status: e.toStatus,
      actor: e.actor, center_id: e.centerId, note: e.note,
    }))));
  });
}
