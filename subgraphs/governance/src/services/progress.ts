import type { Knex } from 'knex';
import { badUserInput, notAllowed, notFound } from '../../../kit/errors';
import type { Viewer } from '../../../kit/viewer';
import { appealPathFor, dispatchStatusFor, PARTNER_STATES, type AppealStatus, type PartnerState } from '../domain/lifecycle';
import { SUBGRAPH_PARTNER } from '../domain/partners';
import { toAppeal, toDispatch } from '../repositories/rows';
import { walk, writeEvent } from '../repositories/timeline';

export interface PartnerProgressInput {
  eventId: string;
  dispatchId: string;
  partner: string;
  state: string;
  at: string;
  note?: string | null;
  recordId?: string | null;
}

const DISPATCH_RANK: Record<string, number> = { PENDING: 0, ACCEPTED: 1, REPLIED: 2, CLOSED: 3, RETURNED: 3 };

/**
 * A partner reports a state change of a referral (accepted, mediating, agreement, filed, judged, replied, closed,
 * rejected). Idempotent on the event id; the work order moves forward only; on the lead work order the appeal walks
 * its lifecycle; every report lands in the timeline. Late or repeated reports never fail (they would dead-letter).
 */
export async function reportPartnerProgress(db: Knex, viewer: Viewer, input: PartnerProgressInput): Promise<{ eventId: string; duplicate: boolean }> {
  const partner = SUBGRAPH_PARTNER[viewer.sub];
  if (viewer.role !== 'SERVICE' || !partner) throw notAllowed('only partner services report progress');
  if (input.partner !== partner) throw badUserInput('input.partner', `a ${viewer.sub} service reports for ${partner} only`);
  if (!PARTNER_STATES.includes(input.state as PartnerState)) throw badUserInput('input.state', 'unknown partner state');
  if (!input.eventId || input.eventId.length > 128) throw badUserInput('input.eventId', 'is required (at most 128 characters)');
  const at = Date.parse(input.at);
  if (Number.isNaN(at)) throw badUserInput('input.at', 'must be an ISO 8601 date-time');
  return db.transaction(async (trx) => {
    const row = await trx('dispatches').where({ id: input.dispatchId, target_type: 'PARTNER', target_id: partner }).first();
    if (!row) throw notFound('Referral');
    const inserted = await trx('partner_events')
      .insert({ event_id: input.eventId, dispatch_id: input.dispatchId, partner, state: input.state, at: new Date(at).toISOString(), received_at: new Date().toISOString() })
      .onConflict('event_id')
      .ignore()
      .returning('event_id');
    if (inserted.length === 0) return { eventId: input.eventId, duplicate: true };
    const order = toDispatch(row);
    const state = input.state as PartnerState;
    const next = dispatchStatusFor(state);
    const forward = (DISPATCH_RANK[next] ?? 0) > (DISPATCH_RANK[order.status] ?? 0) && order.status !== 'RETURNED' && order.status !== 'CLOSED';
    await trx('dispatches').where({ id: order.id }).update({
      partner_state: state,
      ...(forward ? { status: next } : {}),
      ...(forward && next === 'ACCEPTED' ? { accepted_at: new Date(at).toISOString() } : {}),
      ...(forward && next === 'REPLIED' ? { replied_at: new Date(at).toISOString(), reply: input.note ?? '' } : {}),
      ...(forward && next === 'RETURNED' ? { returned_at: new Date(at).toISOString(), return_reason: input.note ?? '' } : {}),
    });
    const appeal = toAppeal(await trx('appeals').where({ id: order.appealId }).first());
    const actor = { actor: `SERVICE:${viewer.sub}`, centerId: null };
    const note = `${partner} ${state}${input.note ? `：${input.note}` : ''}`;
    await writeEvent(trx, actor, { appealId: appeal.id, kind: `PARTNER_${state}`, note, dispatchId: order.id });
    if (order.role === 'LEAD') await walk(trx, actor, appeal.id, appeal.status as AppealStatus, appealPathFor(state), note, order.id);
    return { eventId: input.eventId, duplicate: false };
  });
}
