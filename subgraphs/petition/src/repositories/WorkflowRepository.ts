import type { Knex } from 'knex';
import { badUserInput, illegalTransition, notAllowed, notFound } from '../../../kit/errors';
import { enqueue } from '../../../kit/outbox';
import { progressMessage } from '../../../kit/partnerProgress';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { chinaDateOf, handlingDueOn, isCalendarDate, stageRequestDueOn } from '../domain/deadlines';
import { nextStatus, progressStateOf, type PetitionAction } from '../domain/lifecycle';
import type { PetitionRecord } from '../domain/types';
import { toPetition } from './rows';

type Db = Knex | Knex.Transaction;

/** Required text of at most `max` characters, trimmed. */
function required(value: string, field: string, max: number): string {
  const v = value.trim();
  if (!v) throw badUserInput(field, 'is required');
  if ([...v].length > max) throw badUserInput(field, `must be at most ${max} characters`);
  return v;
}

/**
 * Petition staff deciding and answering petitions (AGENCY_STAFF of the petition center inside their jurisdiction, or
 * ADMIN). Each action is one transaction: the row changes only if it is still in the status it was read in (a
 * concurrent action loses with ILLEGAL_TRANSITION), and the progress report to governance is queued in the outbox in
 * the same transaction. A petition outside the viewer's jurisdiction reads as NOT_FOUND.
 */
export class WorkflowRepository {
  private readonly scope: RegionScope;

  constructor(
    private readonly db: Knex,
    private readonly viewer: Viewer,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.scope = regionScope(viewer, 'PETITION');
  }

  private assertStaff(mutation: string): void {
    const v = this.viewer;
    if (v.role !== 'ADMIN' && !(v.role === 'AGENCY_STAFF' && v.agency === 'PETITION')) throw notAllowed(mutation);
  }

  private async petition(db: Db, id: string): Promise<PetitionRecord> {
    const row = await whereInScope(db('petitions').select('*'), 'region_code', this.scope).where('id', id).first();
    if (!row) throw notFound('Petition');
    return toPetition(row);
  }

  /**
   * Apply `action`: read the petition, check the move, update it (with `patch`, given today's date) and queue the
   * progress report with `note`; then return the petition as it is now.
   */
  private async apply(
    mutation: string,
    id: string,
    action: PetitionAction,
    change: (p: PetitionRecord, today: string) => { patch: Record<string, unknown>; note: string },
  ): Promise<PetitionRecord> {
    this.assertStaff(mutation);
    const at = this.now();
    const iso = at.toISOString();
    await this.db.transaction(async (trx) => {
      const p = await this.petition(trx, id);
      const to = nextStatus(action, p.status);
      const { patch, note } = change(p, chinaDateOf(iso));
      const changed = await trx('petitions').where({ id: p.id, status: p.status }).update({ ...patch, status: to, updated_at: iso });
      if (changed !== 1) throw illegalTransition((await this.petition(trx, p.id)).status, to, 'petition');
      const state = progressStateOf(to);
      if (state) await enqueue(trx, progressMessage('PETITION', { eventId: `${p.id}:${to}`, dispatchId: p.dispatchId, state, at: iso, note, recordId: p.id }), at);
    });
    return this.petition(this.db, id);
  }

  /** 受理: the 60-day handling period starts today; `noticeSentOn` records the written notice. */
  accept(id: string, noticeSentOn?: string | null): Promise<PetitionRecord> {
    return this.apply('acceptPetition', id, 'ACCEPT', (p, today) => {
      if (noticeSentOn !== null && noticeSentOn !== undefined) {
        if (!isCalendarDate(noticeSentOn)) throw badUserInput('noticeSentOn', 'must be a date written YYYY-MM-DD');
        if (noticeSentOn < p.registeredOn) throw badUserInput('noticeSentOn', 'must not be before the petition was registered');
        if (noticeSentOn > today) throw badUserInput('noticeSentOn', 'must not be in the future');
      }
      return {
        patch: { decision: 'ACCEPTED', decided_on: today, notice_sent_on: noticeSentOn ?? null, handling_due_on: handlingDueOn(today) },
        note: '',
      };
    });
  }

  /** 诉访分离: the matter belongs to a legal channel; the petitioner is told which. */
  divert(id: string, legalRoute: string): Promise<PetitionRecord> {
    this.assertStaff('divertPetition');
    const route = required(legalRoute, 'legalRoute', 500);
    return this.apply('divertPetition', id, 'DIVERT', (_, today) => ({
      patch: { decision: 'DIVERTED', decided_on: today, legal_route: route },
      note: route,
    }));
  }

  /** 书面答复: the result is given; the petitioner may ask for a review within 30 days. */
  reply(id: string, result: string): Promise<PetitionRecord> {
    this.assertStaff('replyPetition');
    const text = required(result, 'result', 2000);
    return this.apply('replyPetition', id, 'REPLY', (_, today) => ({
      patch: { result: text, replied_on: today, review_request_due_on: stageRequestDueOn(today) },
      note: text,
    }));
  }

  /** 终结. */
  conclude(id: string): Promise<PetitionRecord> {
    return this.apply('concludePetition', id, 'CONCLUDE', (_, today) => ({ patch: { concluded_on: today }, note: '' }));
  }
}
