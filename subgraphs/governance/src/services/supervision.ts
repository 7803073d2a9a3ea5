import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { badUserInput, conflict, notAllowed, notFound } from '../../../kit/errors';
import type { Viewer } from '../../../kit/viewer';
import { inJurisdiction } from '../../../kit/viewer';
import { autoKind, SUPERVISION_KINDS, SUPERVISION_LABEL, supervisionDueAt, TRIGGER_LABEL, type SupervisionKind, type SupervisionTrigger } from '../domain/supervision';
import { toAppeal, toDispatch, type DispatchRecord } from '../repositories/rows';
import { isSupervisedUnit, toSupervision, type SupervisionRecord } from '../repositories/SupervisionRepository';
import { writeEvent, type Actor } from '../repositories/timeline';
import { actorOf } from './intake';

export interface NewSupervision {
  order: DispatchRecord;
  kind: SupervisionKind;
  trigger: SupervisionTrigger;
  note: string;
  dueAt?: string;
  /** Automatic supervisions are idempotent on this key (one per cause). */
  dedupeKey?: string;
  at?: string;
}

/** Write a supervision of the work order's unit and its timeline event (inside the caller's transaction). Returns null when the key was already used. */
export async function raiseSupervision(trx: Knex.Transaction, actor: Actor, s: NewSupervision): Promise<SupervisionRecord | null> {
  if (s.dedupeKey && (await trx('supervisions').where({ dedupe_key: s.dedupeKey }).first())) return null;
  const at = s.at ?? new Date().toISOString();
  const id = `SV-${randomUUID()}`;
  const dueAt = s.dueAt ?? supervisionDueAt(s.kind, at);
  await trx('supervisions').insert({
    id, appeal_id: s.order.appealId, dispatch_id: s.order.id, kind: s.kind, trigger: s.trigger, target_type: s.order.targetType,
    target_id: s.order.targetId, note: s.note, due_at: dueAt, status: 'OPEN', created_by: actor.actor, created_at: at, dedupe_key: s.dedupeKey ?? null,
  });
  await writeEvent(trx, actor, {
    appealId: s.order.appealId, kind: 'SUPERVISED', dispatchId: s.order.id, at,
    note: `${SUPERVISION_LABEL[s.kind]}（${TRIGGER_LABEL[s.trigger]}）${s.order.targetId}，${dueAt} 前书面回复。${s.note}`.trim(),
  });
  return toSupervision(await trx('supervisions').where({ id }).first());
}

/** An automatic supervision: the kind escalates with the appeal's earlier supervisions; idempotent on the key. */
export async function raiseAutomatic(trx: Knex.Transaction, actor: Actor, order: DispatchRecord, trigger: Exclude<SupervisionTrigger, 'MANUAL'>, dedupeKey: string, note: string, at?: string): Promise<SupervisionRecord | null> {
  const [{ n }] = await trx('supervisions').where({ appeal_id: order.appealId }).count({ n: '*' });
  return raiseSupervision(trx, actor, { order, kind: autoKind(trigger, Number(n)), trigger, note, dedupeKey, at });
}

/** Center staff supervise a work order of an appeal in their jurisdiction (ADMIN anywhere). */
export async function superviseWorkOrder(db: Knex, viewer: Viewer, dispatchId: string, kind: SupervisionKind, note: string, dueAt: string | null | undefined): Promise<SupervisionRecord> {
  if (!['CENTER_STAFF', 'ADMIN'].includes(viewer.role)) throw notAllowed('only center staff supervise work orders');
  if (!SUPERVISION_KINDS.includes(kind)) throw badUserInput('kind', 'unknown supervision kind');
  const text = (note ?? '').trim();
  if (!text) throw badUserInput('note', 'is required');
  if ([...text].length > 2000) throw badUserInput('note', 'must be at most 2000 characters');
  let due: string | undefined;
  if (dueAt) {
    const t = Date.parse(dueAt);
    if (Number.isNaN(t) || t <= Date.now()) throw badUserInput('dueAt', 'must be an ISO 8601 date-time in the future');
    due = new Date(t).toISOString();
  }
  return db.transaction(async (trx) => {
    const row = await trx('dispatches').where({ id: dispatchId }).first();
    if (!row) throw notFound('Work order');
    const order = toDispatch(row);
    const appeal = toAppeal(await trx('appeals').where({ id: order.appealId }).first());
    if (viewer.role === 'CENTER_STAFF' && !inJurisdiction(viewer, appeal.regionCode)) throw notFound('Work order');
    if (['RETURNED', 'CLOSED'].includes(order.status)) throw conflict(`Cannot supervise a work order in ${order.status}`, 'SUPERVISION_NOT_ALLOWED');
    return (await raiseSupervision(trx, actorOf(viewer, appeal.centerId), { order, kind, trigger: 'MANUAL', note: text, dueAt: due }))!;
  });
}

/** The supervised unit answers a supervision in writing (once). */
export async function replySupervision(db: Knex, viewer: Viewer, id: string, reply: string): Promise<SupervisionRecord> {
  const text = (reply ?? '').trim();
  if (!text) throw badUserInput('reply', 'is required');
  if ([...text].length > 4000) throw badUserInput('reply', 'must be at most 4000 characters');
  return db.transaction(async (trx) => {
    const row = await trx('supervisions').where({ id }).first();
    if (!row) throw notFound('Supervision');
    const s = toSupervision(row);
    if (!isSupervisedUnit(viewer, s.targetType, s.targetId) && viewer.role !== 'ADMIN') throw notFound('Supervision');
    if (s.status !== 'OPEN') throw conflict('This supervision was already answered', 'ALREADY_REPLIED');
    const now = new Date().toISOString();
    const n = await trx('supervisions').where({ id, status: 'OPEN' }).update({ status: 'REPLIED', reply: text, replied_at: now, replied_by: `${viewer.role}:${viewer.sub}` });
    if (n !== 1) throw conflict('This supervision was already answered', 'ALREADY_REPLIED');
    const appeal = toAppeal(await trx('appeals').where({ id: s.appealId }).first());
    await writeEvent(trx, actorOf(viewer, appeal.centerId), { appealId: s.appealId, kind: 'SUPERVISION_REPLIED', dispatchId: s.dispatchId, at: now, note: `${SUPERVISION_LABEL[s.kind as SupervisionKind]}回复：${text}` });
    return toSupervision(await trx('supervisions').where({ id }).first());
  });
}
