import type { Knex } from 'knex';
import type { ClockKind } from '../../../kit/clock';
import { badUserInput, conflict, notAllowed } from '../../../kit/errors';
import type { Viewer } from '../../../kit/viewer';
import { ANY, extendedDueAt, MAX_EXTENSION_DAYS, validAmount } from '../domain/deadlines';
import { isPartner } from '../domain/partners';
import { DeadlineRepository, type DeadlinePolicyRecord } from '../repositories/DeadlineRepository';
import { toDispatch, type DispatchRecord } from '../repositories/rows';
import { writeEvent } from '../repositories/timeline';
import { actorOf } from './intake';
import { loadOrder } from './workOrders';

export interface DeadlinePolicyInput {
  category?: string | null;
  urgency?: string | null;
  channel?: string | null;
  partner?: string | null;
  clockKind: ClockKind;
  amount: number;
  source?: string | null;
}

/** Change (or add) one row of the deadline policy table (ADMIN); later dispatches use it, earlier ones keep their clock. */
export async function setDeadlinePolicy(db: Knex, viewer: Viewer, input: DeadlinePolicyInput): Promise<DeadlinePolicyRecord> {
  if (viewer.role !== 'ADMIN') throw notAllowed('only administrators edit the deadline policy table');
  if (!validAmount(input.clockKind, input.amount)) throw badUserInput('input.amount', input.clockKind === 'HOURS' ? 'must be a whole number of hours, 1 to 720' : 'must be a whole number of days, 1 to 365');
  const category = input.category?.trim() || ANY;
  const partner = input.partner?.trim() || ANY;
  if (partner !== ANY && !isPartner(partner)) throw badUserInput('input.partner', 'not a partner center');
  return db.transaction(async (trx) => {
    if (category !== ANY && !(await trx('categories').where({ code: category }).first())) throw badUserInput('input.category', `no category ${category}`);
    return new DeadlineRepository(trx).upsert({ category, urgency: input.urgency || ANY, channel: input.channel || ANY, partner, clockKind: input.clockKind, amount: input.amount, source: input.source?.trim() ?? '' }, viewer.sub);
  });
}

/**
 * Extend a work order's deadline (延期) by `days` natural days: only the lead unit, only once, only while it is
 * open; the reason is written to the timeline and marked as told to the citizen.
 */
export async function extendWorkOrder(db: Knex, viewer: Viewer, dispatchId: string, days: number, reason: string): Promise<DispatchRecord> {
  const why = (reason ?? '').trim();
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS) throw badUserInput('days', `must be a whole number of days, 1 to ${MAX_EXTENSION_DAYS}`);
  if (!why) throw badUserInput('reason', 'an extension needs a reason (it is told to the citizen)');
  if ([...why].length > 2000) throw badUserInput('reason', 'must be at most 2000 characters');
  return db.transaction(async (trx) => {
    const { order, appeal } = await loadOrder(trx, viewer, dispatchId);
    if (order.role !== 'LEAD') throw conflict('Only the lead unit may extend a work order', 'EXTENSION_NOT_ALLOWED');
    if (order.extendedAt) throw conflict('A work order can be extended only once', 'ALREADY_EXTENDED', { extendedAt: order.extendedAt });
    if (!['PENDING', 'ACCEPTED'].includes(order.status)) throw conflict(`Cannot extend a work order in ${order.status}`, 'EXTENSION_NOT_ALLOWED');
    const now = new Date().toISOString();
    const dueAt = extendedDueAt(order.dueAt, days);
    const n = await trx('dispatches').where({ id: order.id }).whereNull('extended_at').update({ due_at: dueAt, extended_at: now, extension_days: days, extension_reason: why });
    if (n !== 1) throw conflict('A work order can be extended only once', 'ALREADY_EXTENDED');
    await writeEvent(trx, actorOf(viewer, appeal.centerId), {
      appealId: appeal.id, kind: 'EXTENDED', dispatchId: order.id, at: now,
      note: `延期 ${days} 日，期限由 ${order.dueAt} 延至 ${dueAt}。理由：${why}（已告知群众）`,
    });
    return toDispatch(await trx('dispatches').where({ id: order.id }).first());
  });
}
