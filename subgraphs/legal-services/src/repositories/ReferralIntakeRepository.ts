import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { notAllowed, notFound } from '../../../kit/errors';
import { parseReferralIntake, type ReferralIntakeInput } from '../../../kit/referralIntake';
import { isService, type Viewer } from '../../../kit/viewer';
import { chinaDateOf, mediationDeadline } from '../domain/deadlines';
import { firstTier } from '../domain/tiers';
import type { Mediation } from '../model';
import { organizationsNear } from './organizations';
import { toMediation } from './rows';

/** How an anonymous applicant is named on the mediation record. */
export const ANONYMOUS_APPLICANT = '匿名';

/**
 * Referrals from governance (调解 referral intake): only the hub's governance service may write here. Idempotent
 * on the dispatch id: the unique index decides, so the same referral (also sent concurrently) makes one mediation.
 */
export class ReferralIntakeRepository {
  constructor(private readonly db: Knex, private readonly viewer: Viewer) {}

  async receive(raw: ReferralIntakeInput, now = new Date()): Promise<Mediation> {
    if (!isService(this.viewer, 'governance')) throw notAllowed('only the hub\'s governance service refers matters to legal services');
    const input = parseReferralIntake(raw, now);
    const existing = await this.byDispatchId(input.dispatchId);
    if (existing) return existing;
    const choice = firstTier(input.category, input.regionCode, await organizationsNear(this.db, input.regionCode));
    if (!choice) throw notFound(`Mediation organization for region ${input.regionCode}`);
    const startDate = chinaDateOf(input.referredAt);
    await this.db('mediations')
      .insert({
        id: `MED-${randomUUID()}`,
        dispatch_id: input.dispatchId,
        referral_dispatch_id: input.dispatchId,
        appeal_id: input.appealId,
        region_code: input.regionCode,
        grid_code: input.gridCode,
        category: input.category,
        title: input.title,
        description: input.description,
        applicant_name: input.applicantName ?? ANONYMOUS_APPLICANT,
        applicant_id_number: input.applicantIdNumber,
        applicant_phone: input.applicantPhone,
        confidential: input.confidential,
        tier: choice.tier,
        status: 'RECEIVED',
        organization_id: choice.organization.id,
        start_date: startDate,
        deadline: mediationDeadline(startDate),
        created_at: now.toISOString(),
      })
      .onConflict('dispatch_id')
      .ignore();
    const stored = await this.byDispatchId(input.dispatchId);
    if (!stored) throw new Error(`Mediation for dispatch ${input.dispatchId} vanished after insert`);
    return stored;
  }

  private async byDispatchId(dispatchId: string): Promise<Mediation | null> {
    const row = await this.db('mediations').where('dispatch_id', dispatchId).first();
    return row ? toMediation(row) : null;
  }
}
