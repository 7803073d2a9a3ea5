import type { Knex } from 'knex';
import { enqueue } from '../../../kit/outbox';
import { MAX_NOTE, progressMessage, type PartnerState } from '../../../kit/partnerProgress';
import { badUserInput, illegalTransition, notAllowed, notFound } from '../../../kit/errors';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { chinaDate } from '../domain/dates';
import { assertCaseMove, assertReferralMove, progressStateOf, referralStatusAfterJudgment } from '../domain/lifecycle';
import type { CourtCase, CourtCaseStatus, CourtCaseType, CourtReferral, CourtReferralStatus } from '../model';
import { CASE_COLUMNS, toCase } from './CaseRepository';
import { fileCase } from './caseFiling';
import { REFERRAL_COLUMNS, toReferral } from './ReferralRepository';

type Db = Knex | Knex.Transaction;

/** A staff note: optional, trimmed, at most 500 characters. */
function noteOf(value: string | null | undefined, field = 'note'): string {
  const v = (value ?? '').trim();
  if ([...v].length > MAX_NOTE) throw badUserInput(field, `must be at most ${MAX_NOTE} characters`);
  return v;
}

/**
 * Court staff moving referrals and cases (AGENCY_STAFF of the court inside their jurisdiction, or ADMIN). Each move
 * is one transaction: the row changes only if it is still in the state it was read in (a concurrent move loses with
 * ILLEGAL_TRANSITION), and the progress report to governance is queued in the outbox in the same transaction.
 * A row outside the viewer's jurisdiction reads as NOT_FOUND.
 */
export class WorkflowRepository {
  private readonly scope: RegionScope;

  constructor(
    private readonly db: Knex,
    private readonly viewer: Viewer,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.scope = regionScope(viewer, 'COURT');
  }

  private assertStaff(action: string): void {
    const v = this.viewer;
    if (v.role !== 'ADMIN' && !(v.role === 'AGENCY_STAFF' && v.agency === 'COURT')) throw notAllowed(action);
  }

  private async referral(db: Db, id: string): Promise<CourtReferral> {
    const row = await whereInScope(db('court_referrals').select(REFERRAL_COLUMNS), 'region_code', this.scope).where('id', id).first();
    if (!row) throw notFound('CourtReferral');
    return toReferral(row);
  }

  private async courtCase(db: Db, id: string): Promise<CourtCase> {
    const row = await whereInScope(db('court_cases').select(CASE_COLUMNS), 'region_code', this.scope).where('id', id).first();
    if (!row) throw notFound('CourtCase');
    return toCase(row);
  }

  /** Queue one progress report (every referral came from a governance dispatch). */
  private async report(trx: Knex.Transaction, ref: CourtReferral, state: PartnerState, eventId: string, note: string, at: Date): Promise<void> {
    await enqueue(trx, progressMessage('COURT', { eventId, dispatchId: ref.dispatchId, state, at: at.toISOString(), note, recordId: ref.id }), at);
  }

  /** Move a referral that is still in `ref.status` to `to`, and report the move. */
  private async move(trx: Knex.Transaction, ref: CourtReferral, to: CourtReferralStatus, at: Date, note: string, patch: Record<string, unknown> = {}): Promise<void> {
    const changed = await trx('court_referrals').where({ id: ref.id, status: ref.status }).update({ ...patch, status: to, updated_at: at.toISOString() });
    if (changed !== 1) throw illegalTransition((await this.referral(trx, ref.id)).status, to, 'court referral');
    const state = progressStateOf(to);
    if (state) await this.report(trx, ref, state, `${ref.id}:${to}`, note, at);
  }

  /** The simple moves: read, check the rule, move, report; return the referral as it is now. */
  private async simpleMove(action: string, id: string, to: CourtReferralStatus, note = '', patch: Record<string, unknown> = {}): Promise<CourtReferral> {
    this.assertStaff(action);
    const at = this.now();
    await this.db.transaction(async (trx) => {
      const ref = await this.referral(trx, id);
      assertReferralMove(ref.status, to, { kind: ref.kind });
      await this.move(trx, ref, to, at, note, patch);
    });
    return this.referral(this.db, id);
  }

  /** 受理: RECEIVED -> ACCEPTED. */
  accept(id: string): Promise<CourtReferral> {
    return this.simpleMove('acceptCourtReferral', id, 'ACCEPTED');
  }

  /** 诉前调解: ACCEPTED -> MEDIATING (pre-litigation mediation referrals only). */
  startMediation(id: string): Promise<CourtReferral> {
    return this.simpleMove('startCourtMediation', id, 'MEDIATING');
  }

  /** MEDIATING -> MEDIATED (agreement) or MEDIATION_FAILED (no agreement: the case may be filed). */
  recordMediationResult(id: string, agreed: boolean, note?: string | null): Promise<CourtReferral> {
    this.assertStaff('recordCourtMediationResult');
    const text = noteOf(note);
    const report = agreed ? text || '达成调解协议' : text ? `调解未达成协议：${text}` : '调解未达成协议';
    return this.simpleMove('recordCourtMediationResult', id, agreed ? 'MEDIATED' : 'MEDIATION_FAILED', report, { mediation_note: text || null });
  }

  /** 立案: a new case with the next case number of its court, year and case word; the referral moves to FILED. */
  async fileCase(referralId: string, type: CourtCaseType, causeOfAction: string): Promise<CourtCase> {
    this.assertStaff('fileCourtCase');
    if (type === 'JUDICIAL_CONFIRMATION') throw badUserInput('type', 'a judicial confirmation is applied for against a mediation agreement, not filed from a referral');
    const cause = causeOfAction.trim();
    if (!cause) throw badUserInput('causeOfAction', 'is required');
    if ([...cause].length > 100) throw badUserInput('causeOfAction', 'must be at most 100 characters');
    const at = this.now();
    const caseId = await fileCase(this.db, at, async (trx) => {
      const ref = await this.referral(trx, referralId);
      assertReferralMove(ref.status, 'FILED', { kind: ref.kind });
      return {
        ref,
        type,
        cause,
        afterInsert: (caseNumber: string) => this.move(trx, ref, 'FILED', at, caseNumber),
      };
    });
    return this.courtCase(this.db, caseId);
  }

  /** 裁判: a FILED (or TRIAL) case moves to JUDGED, its referral too; reported per case. */
  async recordJudgment(caseId: string, note?: string | null): Promise<CourtCase> {
    this.assertStaff('recordCourtJudgment');
    const text = noteOf(note);
    const at = this.now();
    await this.db.transaction(async (trx) => {
      const c = await this.courtCase(trx, caseId);
      assertCaseMove(c.status, 'JUDGED');
      const ref = c.referralId ? await this.referral(trx, c.referralId) : null;
      if (ref && referralStatusAfterJudgment(ref.status) !== ref.status) {
        const changed = await trx('court_referrals').where({ id: ref.id, status: ref.status }).update({ status: 'JUDGED', updated_at: at.toISOString() });
        if (changed !== 1) throw illegalTransition((await this.referral(trx, ref.id)).status, 'JUDGED', 'court referral');
      }
      const changed = await trx('court_cases')
        .where({ id: c.id, status: c.status })
        .update({ status: 'JUDGED', judged_on: chinaDate(at.toISOString()), judgment_note: text || null, updated_at: at.toISOString() });
      if (changed !== 1) throw illegalTransition((await this.courtCase(trx, c.id)).status, 'JUDGED', 'court case');
      if (ref) await this.report(trx, ref, 'JUDGED', `${c.id}:JUDGED`, text ? `${c.caseNumber} ${text}` : c.caseNumber, at);
    });
    return this.courtCase(this.db, caseId);
  }

  /** 结案: the referral closes (with its judged cases) once nothing about it is pending. */
  async close(id: string, note?: string | null): Promise<CourtReferral> {
    this.assertStaff('closeCourtReferral');
    const text = noteOf(note);
    const at = this.now();
    await this.db.transaction(async (trx) => {
      const ref = await this.referral(trx, id);
      const caseStatuses = (await trx('court_cases').select('status').where('referral_id', ref.id)).map((r: { status: CourtCaseStatus }) => r.status);
      assertReferralMove(ref.status, 'CLOSED', { kind: ref.kind, caseStatuses });
      await trx('court_cases')
        .where({ referral_id: ref.id, status: 'JUDGED' })
        .update({ status: 'CLOSED', closed_on: chinaDate(at.toISOString()), updated_at: at.toISOString() });
      await this.move(trx, ref, 'CLOSED', at, text, { closing_note: text || null });
    });
    return this.referral(this.db, id);
  }
}
