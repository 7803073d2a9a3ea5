import type { Knex } from 'knex';
import { badUserInput, illegalTransition, notAllowed, notFound } from '../../../kit/errors';
import { enqueue } from '../../../kit/outbox';
import { progressMessage } from '../../../kit/partnerProgress';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { chinaDateOf } from '../domain/deadlines';
import { step, type MatterAction } from '../domain/lifecycle';
import type { ProcuratorateMatter } from '../model';
import { MATTER_COLUMNS, parseMatter } from './rows';

/** The longest reply on the result that is kept. */
const MAX_REPLY = 4000;

/**
 * Procuratorate staff move a 12309 matter through its replies. Each step runs in one transaction: the matter is
 * read in the viewer's scope (else NOT_FOUND) and locked, the lifecycle decides (else ILLEGAL_TRANSITION,
 * nothing written), the row changes only from the state it was read in, and the progress report to governance
 * is written to the outbox in the same transaction.
 */
export class MatterWorkflowRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, private readonly viewer: Viewer) {
    this.scope = regionScope(viewer, 'PROCURATORATE');
  }

  accept(id: string): Promise<ProcuratorateMatter> {
    return this.move(id, 'accept', {}, (m) => `${m.procuratorate.name}已受理并作出程序性回复`);
  }

  reply(id: string, reply: string): Promise<ProcuratorateMatter> {
    const text = (reply ?? '').trim();
    if (!text) throw badUserInput('reply', 'is required');
    if ([...text].length > MAX_REPLY) throw badUserInput('reply', `must be at most ${MAX_REPLY} characters`);
    return this.move(id, 'reply', { result_reply: text }, () => text);
  }

  close(id: string): Promise<ProcuratorateMatter> {
    return this.move(id, 'close', {}, (m) => `${m.procuratorate.name}已办结`);
  }

  private async move(id: string, action: MatterAction, extra: Record<string, unknown>, note: (m: ProcuratorateMatter) => string): Promise<ProcuratorateMatter> {
    const canWork = this.viewer.role === 'ADMIN' || (this.viewer.role === 'AGENCY_STAFF' && this.viewer.agency === 'PROCURATORATE');
    if (!canWork) throw notAllowed('12309 matters are handled by procuratorate staff');
    if (typeof id !== 'string' || id.length === 0 || id.length > 64) throw badUserInput('id', 'must be an id of 1 to 64 characters');
    return this.db.transaction(async (trx) => {
      const row = await whereInScope(trx('procuratorate_matters').select(MATTER_COLUMNS), 'region_code', this.scope).where('id', id).forUpdate().first();
      if (!row) throw notFound('Procuratorate matter');
      const m = parseMatter(row);
      const now = new Date();
      const s = step(m, action, chinaDateOf(now.toISOString()));
      const changed = await trx('procuratorate_matters').where({ id: m.id, status: m.status }).update({
        ...extra,
        status: s.to,
        procedural_replied_on: s.replies.proceduralRepliedOn,
        outcome_replied_on: s.replies.outcomeRepliedOn,
        outcome_reply_kind: s.replies.outcomeReplyKind,
        result_replied_on: s.replies.resultRepliedOn,
        closed_on: s.replies.closedOn,
        updated_at: now.toISOString(),
      });
      if (changed !== 1) throw illegalTransition(m.status, s.to, 'procuratorate matter');
      const at = now.toISOString();
      await enqueue(trx, progressMessage('PROCURATORATE', { eventId: `${m.id}:${s.report}`, dispatchId: m.dispatchId, state: s.report, at, note: note(m), recordId: m.id }), now);
      return parseMatter(await trx('procuratorate_matters').select(MATTER_COLUMNS).where('id', m.id).first());
    });
  }
}
