import type { Knex } from 'knex';
import { badUserInput, conflict, notAllowed, notFound } from '../../../kit/errors';
import type { Viewer } from '../../../kit/viewer';
import { inJurisdiction } from '../../../kit/viewer';
import { assertDispatchTransition, type AppealStatus, type DispatchStatus } from '../domain/lifecycle';
import type { RouteTarget } from '../domain/routing';
import { RoutingRepository } from '../repositories/RoutingRepository';
import { toAppeal, toDispatch, toParty, type AppealRecord, type DispatchRecord } from '../repositories/rows';
import { transition, walk, writeEvent } from '../repositories/timeline';
import { actorOf, writeDispatches } from './intake';
import { raiseAutomatic } from './supervision';

/**
 * Work orders (工单) for departments and centers: sign for, object and return within the window, record progress,
 * reply; co-handlers report to the lead; the center re-dispatches a returned appeal and closes a replied one.
 * Every change is one transaction; the appeal moves only along legal transitions.
 */
export async function loadOrder(trx: Knex.Transaction, viewer: Viewer, dispatchId: string): Promise<{ order: DispatchRecord; appeal: AppealRecord }> {
  const row = await trx('dispatches').where({ id: dispatchId }).first();
  if (!row) throw notFound('Work order');
  const order = toDispatch(row);
  const mine =
    viewer.role === 'ADMIN' ||
    (viewer.role === 'DEPARTMENT_STAFF' && order.targetType === 'DEPARTMENT' && order.targetId === viewer.departmentId) ||
    (viewer.role === 'CENTER_STAFF' && order.targetType === 'CENTER' && order.targetId === viewer.centerId);
  if (!mine) throw notFound('Work order');
  const appeal = toAppeal(await trx('appeals').where({ id: order.appealId }).first());
  return { order, appeal };
}

async function setOrder(trx: Knex.Transaction, order: DispatchRecord, to: DispatchStatus, extra: Record<string, unknown> = {}): Promise<void> {
  assertDispatchTransition(order.status as DispatchStatus, to);
  const n = await trx('dispatches').where({ id: order.id, status: order.status }).update({ status: to, ...extra });
  if (n !== 1) throw conflict('The work order changed meanwhile; reload it and try again', 'STALE_STATE');
}

const reload = async (trx: Knex.Transaction, id: string) => toDispatch(await trx('dispatches').where({ id }).first());

export async function acceptWorkOrder(db: Knex, viewer: Viewer, dispatchId: string): Promise<DispatchRecord> {
  return db.transaction(async (trx) => {
    const { order, appeal } = await loadOrder(trx, viewer, dispatchId);
    const now = new Date().toISOString();
    await setOrder(trx, order, 'ACCEPTED', { accepted_at: now });
    const actor = actorOf(viewer, appeal.centerId);
    if (order.role === 'LEAD') await walk(trx, actor, appeal.id, appeal.status as AppealStatus, ['ACCEPTED'], `${order.targetId} 签收`, order.id);
    else await writeEvent(trx, actor, { appealId: appeal.id, kind: 'CO_HANDLER_ACCEPTED', note: `${order.targetId} 签收（协办）`, dispatchId: order.id });
    return reload(trx, order.id);
  });
}

export async function returnWorkOrder(db: Knex, viewer: Viewer, dispatchId: string, reason: string): Promise<DispatchRecord> {
  const why = (reason ?? '').trim();
  if (!why) throw badUserInput('reason', 'a returned work order needs a reason');
  if ([...why].length > 2000) throw badUserInput('reason', 'must be at most 2000 characters');
  return db.transaction(async (trx) => {
    const { order, appeal } = await loadOrder(trx, viewer, dispatchId);
    if (!order.returnable) throw conflict('The center designated this handler again; it can no longer be returned', 'RETURN_NOT_ALLOWED');
    if (order.status !== 'PENDING') throw conflict('Only a work order not yet signed for can be returned', 'RETURN_NOT_ALLOWED');
    const now = new Date();
    if (order.returnDueAt && now.toISOString() > order.returnDueAt) throw conflict(`The return window closed at ${order.returnDueAt}`, 'RETURN_WINDOW_CLOSED', { closedAt: order.returnDueAt });
    await setOrder(trx, order, 'RETURNED', { returned_at: now.toISOString(), return_reason: why });
    const actor = actorOf(viewer, appeal.centerId);
    if (order.role === 'LEAD') await transition(trx, actor, appeal.id, appeal.status as AppealStatus, 'RETURNED', why, order.id);
    else await writeEvent(trx, actor, { appealId: appeal.id, kind: 'CO_HANDLER_RETURNED', note: why, dispatchId: order.id });
    // The same unit returning the appeal a second time is a refusal to accept: supervised automatically (once).
    const [{ n }] = await trx('dispatches').where({ appeal_id: appeal.id, target_type: order.targetType, target_id: order.targetId, status: 'RETURNED' }).count({ n: '*' });
    if (Number(n) >= 2) await raiseAutomatic(trx, actor, await reload(trx, order.id), 'REFUSED_TO_ACCEPT', `REFUSED:${appeal.id}:${order.targetType}:${order.targetId}`, `${order.targetId} 两次退回：${why}`, now.toISOString());
    return reload(trx, order.id);
  });
}

export async function recordProgress(db: Knex, viewer: Viewer, dispatchId: string, note: string): Promise<DispatchRecord> {
  const text = (note ?? '').trim();
  if (!text) throw badUserInput('note', 'is required');
  if ([...text].length > 4000) throw badUserInput('note', 'must be at most 4000 characters');
  return db.transaction(async (trx) => {
    const { order, appeal } = await loadOrder(trx, viewer, dispatchId);
    if (order.status !== 'ACCEPTED') throw conflict('Sign for the work order before recording progress', 'NOT_ACCEPTED');
    const actor = actorOf(viewer, appeal.centerId);
    if (order.role === 'LEAD') {
      const status = await walk(trx, actor, appeal.id, appeal.status as AppealStatus, ['IN_PROGRESS'], text, order.id);
      if (status === appeal.status) await writeEvent(trx, actor, { appealId: appeal.id, kind: 'PROGRESS', note: text, dispatchId: order.id });
    } else {
      await writeEvent(trx, actor, { appealId: appeal.id, kind: 'CO_HANDLER_REPORT', note: `协办单位 ${order.targetId} 向牵头单位报告：${text}`, dispatchId: order.leadDispatchId ?? order.id });
    }
    return reload(trx, order.id);
  });
}

export async function replyWorkOrder(db: Knex, viewer: Viewer, dispatchId: string, reply: string): Promise<DispatchRecord> {
  const text = (reply ?? '').trim();
  if (!text) throw badUserInput('reply', 'is required');
  if ([...text].length > 4000) throw badUserInput('reply', 'must be at most 4000 characters');
  return db.transaction(async (trx) => {
    const { order, appeal } = await loadOrder(trx, viewer, dispatchId);
    if (order.status !== 'ACCEPTED') throw conflict('Sign for the work order before replying', 'NOT_ACCEPTED');
    const now = new Date().toISOString();
    await setOrder(trx, order, 'REPLIED', { replied_at: now, reply: text });
    const actor = actorOf(viewer, appeal.centerId);
    if (order.role === 'LEAD') await walk(trx, actor, appeal.id, appeal.status as AppealStatus, ['IN_PROGRESS', 'REPLIED'], text, order.id);
    else await writeEvent(trx, actor, { appealId: appeal.id, kind: 'CO_HANDLER_REPLIED', note: text, dispatchId: order.leadDispatchId ?? order.id });
    return reload(trx, order.id);
  });
}

/** Center staff act on appeals inside their jurisdiction (ADMIN anywhere). */
async function loadAppealForCenter(trx: Knex.Transaction, viewer: Viewer, appealId: string): Promise<AppealRecord> {
  const row = await trx('appeals').where({ id: appealId }).first();
  if (!row) throw notFound('Appeal');
  const appeal = toAppeal(row);
  const ok = viewer.role === 'ADMIN' || (viewer.role === 'CENTER_STAFF' && inJurisdiction(viewer, appeal.regionCode));
  if (!ok) {
    if (viewer.role === 'CENTER_STAFF') throw notFound('Appeal');
    throw notAllowed('only center staff act on appeals');
  }
  return appeal;
}

export async function redispatchAppeal(db: Knex, viewer: Viewer, appealId: string, targets: RouteTarget[], note: string): Promise<AppealRecord> {
  if (!targets.length || targets.filter((t) => t.role === 'LEAD').length !== 1) throw badUserInput('targets', 'exactly one target must be the LEAD');
  return db.transaction(async (trx) => {
    const appeal = await loadAppealForCenter(trx, viewer, appealId);
    if (appeal.status !== 'RETURNED' && appeal.status !== 'REOPENED') throw conflict(`Cannot re-dispatch an appeal in ${appeal.status}`, 'ILLEGAL_TRANSITION', { from: appeal.status, to: 'DISPATCHED' });
    await checkTargets(trx, targets);
    const now = new Date().toISOString();
    const applicant = (await trx('parties').where({ appeal_id: appeal.id, role: 'APPLICANT' }).first()) as Record<string, unknown> | undefined;
    const version = await new RoutingRepository(trx).currentVersion();
    // The center designates the handler again: the new work order cannot be returned (domain.md).
    await writeDispatches(trx, actorOf(viewer, appeal.centerId), {
      id: appeal.id, title: appeal.title, description: appeal.description, categoryCode: appeal.category, nature: appeal.nature,
      litigation: appeal.litigation, urgency: appeal.urgency, channel: appeal.channel, anonymous: appeal.anonymous, confidential: appeal.confidential,
      regionCode: appeal.regionCode, gridCode: appeal.gridCode, applicant: applicant ? toParty(applicant) : null,
    }, targets, version, false, now);
    await transition(trx, actorOf(viewer, appeal.centerId), appeal.id, appeal.status as AppealStatus, 'DISPATCHED', (note ?? '').trim() || targets.map((t) => `${t.role}:${t.targetId}`).join(', '));
    return toAppeal(await trx('appeals').where({ id: appeal.id }).first());
  });
}

async function checkTargets(trx: Knex.Transaction, targets: RouteTarget[]): Promise<void> {
  for (const [i, t] of targets.entries()) {
    const table = t.targetType === 'DEPARTMENT' ? 'departments' : t.targetType === 'CENTER' ? 'centers' : null;
    if (table && !(await trx(table).where({ id: t.targetId }).first())) throw badUserInput(`targets[${i}].targetId`, `no ${t.targetType.toLowerCase()} ${t.targetId}`);
    if (!table && !['COURT', 'PETITION', 'LEGAL_SERVICES', 'PROCURATORATE'].includes(t.targetId)) throw badUserInput(`targets[${i}].targetId`, 'not a partner center');
  }
}

export async function closeAppeal(db: Knex, viewer: Viewer, appealId: string, note: string): Promise<AppealRecord> {
  return db.transaction(async (trx) => {
    const appeal = await loadAppealForCenter(trx, viewer, appealId);
    await transition(trx, actorOf(viewer, appeal.centerId), appeal.id, appeal.status as AppealStatus, 'CLOSED', (note ?? '').trim() || '办结');
    await trx('dispatches').where({ appeal_id: appeal.id }).whereIn('status', ['ACCEPTED', 'REPLIED', 'PENDING']).update({ status: 'CLOSED' });
    return toAppeal(await trx('appeals').where({ id: appeal.id }).first());
  });
}

export { checkTargets };
