import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { badUserInput, conflict, notAllowed, notFound } from '../../../kit/errors';
import type { Viewer } from '../../../kit/viewer';
import { inJurisdiction } from '../../../kit/viewer';
import { FEEDBACK_VIA, feedbackEffect, RATEABLE_STATUSES, RATING_LABEL, RATINGS, type FeedbackVia, type Rating } from '../domain/feedback';
import type { AppealStatus } from '../domain/lifecycle';
import type { RouteTarget } from '../domain/routing';
import { toFeedback, type FeedbackRecord } from '../repositories/FeedbackRepository';
import { RoutingRepository } from '../repositories/RoutingRepository';
import { toAppeal, toDispatch, toParty, type AppealRecord } from '../repositories/rows';
import { transition, writeEvent } from '../repositories/timeline';
import { actorOf, writeDispatches } from './intake';
import { raiseAutomatic } from './supervision';

export interface FeedbackResult { feedback: FeedbackRecord; appeal: AppealRecord }

/**
 * Record a rating: by the citizen who submitted the appeal (via CITIZEN) or by center staff after a follow-up call
 * (via FOLLOW_UP_CALL), on a REPLIED or CLOSED appeal. Every rating is kept; the appeal holds the latest.
 * DISSATISFIED reopens the appeal and sends it back to the previous lead with a fresh clock; a second
 * dissatisfaction also raises supervision of that unit (dissatisfied without improvement).
 */
export async function recordFeedback(db: Knex, viewer: Viewer, appealId: string, rating: Rating, comment: string | null | undefined, via: FeedbackVia): Promise<FeedbackResult> {
  if (!RATINGS.includes(rating)) throw badUserInput('rating', 'unknown rating');
  if (!FEEDBACK_VIA.includes(via)) throw badUserInput('via', 'unknown channel');
  const text = (comment ?? '').trim();
  if ([...text].length > 2000) throw badUserInput('comment', 'must be at most 2000 characters');
  if (via === 'CITIZEN' && viewer.role !== 'CITIZEN') throw notAllowed('only the citizen rates through the CITIZEN channel');
  if (via === 'FOLLOW_UP_CALL' && !['CENTER_STAFF', 'ADMIN'].includes(viewer.role)) throw notAllowed('follow-up calls are recorded by center staff');
  return db.transaction(async (trx) => {
    const row = await trx('appeals').where({ id: appealId }).first();
    if (!row) throw notFound('Appeal');
    const appeal = toAppeal(row);
    const mine = via === 'CITIZEN' ? row.citizen_sub === viewer.sub : viewer.role === 'ADMIN' || inJurisdiction(viewer, appeal.regionCode);
    if (!mine) throw notFound('Appeal');
    if (!RATEABLE_STATUSES.includes(appeal.status)) throw conflict(`Feedback is taken on replied or closed appeals, not ${appeal.status}`, 'FEEDBACK_NOT_ALLOWED', { status: appeal.status });
    const now = new Date().toISOString();
    const leadRow = await trx('dispatches').where({ appeal_id: appeal.id, role: 'LEAD' }).whereNot('status', 'RETURNED').orderBy([{ column: 'dispatched_at', order: 'desc' }, { column: 'id', order: 'desc' }]).first();
    const lead = leadRow ? toDispatch(leadRow) : null;
    const [{ n }] = await trx('feedback').where({ appeal_id: appeal.id, rating: 'DISSATISFIED' }).count({ n: '*' });
    const id = `FB-${randomUUID()}`;
    await trx('feedback').insert({ id, appeal_id: appeal.id, region_code: appeal.regionCode, category: appeal.category, dispatch_id: lead?.id ?? null, rating, comment: text, via, recorded_by: `${viewer.role}:${viewer.sub}`, at: now });
    await trx('appeals').where({ id: appeal.id }).update({ satisfaction: rating, updated_at: now });
    const actor = actorOf(viewer, appeal.centerId);
    await writeEvent(trx, actor, { appealId: appeal.id, kind: 'FEEDBACK', at: now, dispatchId: lead?.id ?? null, note: `${via === 'CITIZEN' ? '群众评价' : '回访'}：${RATING_LABEL[rating]}${text ? `。${text}` : ''}` });
    const effect = feedbackEffect(rating, Number(n));
    if (effect.reopen) {
      await transition(trx, actor, appeal.id, appeal.status as AppealStatus, 'REOPENED', '群众不满意，重新办理');
      if (lead) {
        // Whatever is still open from the last round is closed; the previous lead gets a fresh work order and clock.
        await trx('dispatches').where({ appeal_id: appeal.id }).whereIn('status', ['PENDING', 'ACCEPTED', 'REPLIED']).update({ status: 'CLOSED' });
        const applicant = await trx('parties').where({ appeal_id: appeal.id, role: 'APPLICANT' }).first();
        const target: RouteTarget = { targetType: lead.targetType as RouteTarget['targetType'], targetId: lead.targetId, role: 'LEAD' };
        const [newId] = await writeDispatches(trx, actor, {
          id: appeal.id, title: appeal.title, description: appeal.description, categoryCode: appeal.category, nature: appeal.nature,
          litigation: appeal.litigation, urgency: appeal.urgency, channel: appeal.channel, anonymous: appeal.anonymous, confidential: appeal.confidential,
          regionCode: appeal.regionCode, gridCode: appeal.gridCode, applicant: applicant ? toParty(applicant) : null,
        }, [target], await new RoutingRepository(trx).currentVersion(), false, now);
        await transition(trx, actor, appeal.id, 'REOPENED', 'DISPATCHED', `重新交办 ${lead.targetId}`, newId);
        if (effect.supervise) {
          const order = toDispatch(await trx('dispatches').where({ id: newId }).first());
          await raiseAutomatic(trx, actor, order, 'DISSATISFIED_NO_IMPROVEMENT', `DISSATISFIED:${id}`, '群众再次不满意，请改进办理并书面说明。', now);
        }
      }
    }
    return { feedback: toFeedback(await trx('feedback').where({ id }).first()), appeal: toAppeal(await trx('appeals').where({ id: appeal.id }).first()) };
  });
}
