import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { badUserInput, illegalTransition, notAllowed, notFound } from '../../../kit/errors';
import { enqueue } from '../../../kit/outbox';
import { progressMessage } from '../../../kit/partnerProgress';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { chinaDateOf, judicialConfirmationDeadline, mediationDeadline } from '../domain/deadlines';
import { transition, type MediationAction } from '../domain/lifecycle';
import { nextTier, TIER_NAME } from '../domain/tiers';
import { amountArgument, idArgument, requiredText } from '../input';
import type { Mediation } from '../model';
import { organizationsNear } from './organizations';
import { toMediation } from './rows';

type Trx = Knex.Transaction;
/** What a step writes besides the status (columns of `mediations`); it may insert related rows itself. */
type Effect = (trx: Trx, m: Mediation, at: { now: Date; today: string }) => Promise<Record<string, unknown>>;

const MAX_TEXT = 2000;

/**
 * Legal-services staff move a mediation through its states. Each step runs in one transaction: the row is read
 * in the viewer's scope (else NOT_FOUND) and locked, the lifecycle decides (else ILLEGAL_TRANSITION, nothing
 * written), the row changes only from the state it was read in, and the progress report to governance is
 * written to the outbox in the same transaction.
 */
export class MediationWorkflowRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, private readonly viewer: Viewer) {
    this.scope = regionScope(viewer, 'LEGAL_SERVICES');
  }

  accept(id: string): Promise<Mediation> {
    return this.move(id, 'accept', async () => ({}), (m) => `${TIER_NAME[m.tier]}已受理`);
  }

  start(id: string, mediatorId: string | null | undefined): Promise<Mediation> {
    const mediator = idArgument(mediatorId, 'mediatorId');
    return this.move(id, 'start', async (trx, m) => {
      if (!mediator) return {};
      const found = await trx('mediators').where({ id: mediator, organization_id: m.organizationId }).first('id');
      if (!found) throw badUserInput('mediatorId', 'is not a mediator of the organization that mediates');
      return { mediator_id: mediator };
    }, (m) => `${TIER_NAME[m.tier]}开始调解`);
  }

  recordAgreement(id: string, terms: string, amount: string | null | undefined): Promise<Mediation> {
    const summary = requiredText(terms, 'terms', MAX_TEXT);
    const yuan = amountArgument(amount, 'amount');
    return this.move(id, 'agree', async (trx, m, { today }) => {
      const agreementId = `MA-${randomUUID()}`;
      await trx('mediation_agreements').insert({
        id: agreementId, mediation_id: m.id, appeal_id: m.appealId, region_code: m.regionCode, grid_code: m.gridCode,
        signed_date: today, terms_summary: summary, amount: yuan, performance_status: 'PENDING',
        judicial_confirmation_deadline: judicialConfirmationDeadline(today), judicial_confirmation_requested: false,
      });
      return { agreement_id: agreementId, end_date: today };
    }, () => `达成调解协议：${summary}`);
  }

  recordFailure(id: string, legalRoutesTold: string, escalate: boolean): Promise<Mediation> {
    const routes = requiredText(legalRoutesTold, 'legalRoutesTold', MAX_TEXT);
    return this.move(id, escalate ? 'escalate' : 'fail', async (trx, m, { now, today }) => {
      if (escalate) await this.escalate(trx, m, now, today);
      return { legal_routes_told: routes, end_date: today };
    }, () => routes);
  }

  close(id: string): Promise<Mediation> {
    return this.move(id, 'close', async () => ({}), () => '调解案件已结案');
  }

  /** The next tier's mediation of the same dispute, received today by the organization of that tier. */
  private async escalate(trx: Trx, m: Mediation, now: Date, today: string): Promise<void> {
    const next = nextTier(m.tier, m.category, m.regionCode, await organizationsNear(trx, m.regionCode));
    if (!next) throw illegalTransition(m.status, 'ESCALATED', 'mediation at the last tier');
    await trx('mediations').insert({
      id: `MED-${randomUUID()}`, dispatch_id: null, referral_dispatch_id: m.referralDispatchId, appeal_id: m.appealId,
      region_code: m.regionCode, grid_code: m.gridCode, category: m.category, title: m.title, description: m.description,
      applicant_name: m.applicantName, applicant_id_number: m.applicantIdNumber, applicant_phone: m.applicantPhone,
      confidential: m.confidential, tier: next.tier, status: 'RECEIVED', organization_id: next.organization.id, start_date: today, deadline: mediationDeadline(today),
      previous_mediation_id: m.id, created_at: now.toISOString(),
    });
  }

  private async move(id: string, action: MediationAction, effect: Effect, note: (m: Mediation) => string): Promise<Mediation> {
    const canWork = this.viewer.role === 'ADMIN' || (this.viewer.role === 'AGENCY_STAFF' && this.viewer.agency === 'LEGAL_SERVICES');
    if (!canWork) throw notAllowed('mediations are handled by legal-services staff');
    const mediationId = idArgument(id, 'id') as string;
    return this.db.transaction(async (trx) => {
      const row = await whereInScope(trx('mediations'), 'region_code', this.scope).where('id', mediationId).forUpdate().first();
      if (!row) throw notFound('Mediation');
      const m = toMediation(row);
      const step = transition(m.status, action, m.previousMediationId !== null);
      const now = new Date();
      const changes = await effect(trx, m, { now, today: chinaDateOf(now) });
      const changed = await trx('mediations').where({ id: m.id, status: step.from }).update({ ...changes, status: step.to });
      if (changed !== 1) throw illegalTransition(m.status, step.to, 'mediation');
      if (step.report && m.referralDispatchId) {
        const at = now.toISOString();
        await enqueue(trx, progressMessage('LEGAL_SERVICES', { eventId: `${m.id}:${step.report}`, dispatchId: m.referralDispatchId, state: step.report, at, note: note(m), recordId: m.id }), now);
      }
      return toMediation(await trx('mediations').where('id', m.id).first());
    });
  }
}
