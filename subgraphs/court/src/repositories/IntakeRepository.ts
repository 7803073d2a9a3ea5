import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { badUserInput, notAllowed } from '../../../kit/errors';
import { parseReferralIntake, type ReferralIntakeInput } from '../../../kit/referralIntake';
import { isService, type Viewer } from '../../../kit/viewer';
import { addDays, chinaDate } from '../domain/dates';
import { MEDIATION_DAYS, referralKindOf } from '../domain/referrals';
import type { CourtReferral } from '../model';
import { REFERRAL_COLUMNS, toReferral } from './ReferralRepository';

/**
 * Referral intake (委派/移送接收): only the hub's governance service may deliver; idempotent on the dispatch id, also
 * under concurrent deliveries (the unique index on `dispatch_id` decides, `ON CONFLICT DO NOTHING`, then we read).
 */
export class IntakeRepository {
  constructor(
    private readonly db: Knex,
    private readonly viewer: Viewer,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async receive(input: ReferralIntakeInput): Promise<CourtReferral> {
    if (!isService(this.viewer, 'governance')) throw notAllowed('receiveCourtReferral');
    const now = this.now();
    const clean = parseReferralIntake(input, now);
    const court = await this.db('courts').select('code', 'name').where({ region_prefix: clean.regionCode.slice(0, 6), level: 'BASIC' }).first();
    if (!court) throw badUserInput('input.regionCode', 'no basic court serves this region');
    const kind = referralKindOf(clean.litigation, clean.category);
    const receivedAt = now.toISOString();
    await this.db('court_referrals')
      .insert({
        id: `CR-${randomUUID()}`,
        dispatch_id: clean.dispatchId,
        appeal_id: clean.appealId,
        kind,
        status: 'RECEIVED',
        title: clean.title,
        category: clean.category,
        applicant_name: clean.applicantName,
        applicant_id_number: clean.applicantIdNumber,
        applicant_phone: clean.applicantPhone,
        anonymous: clean.anonymous,
        court_name: court.name,
        court_code: court.code,
        region_code: clean.regionCode,
        grid_code: clean.gridCode,
        received_at: receivedAt,
        updated_at: receivedAt,
        mediation_deadline: kind === 'PRE_LITIGATION_MEDIATION' ? addDays(chinaDate(receivedAt), MEDIATION_DAYS) : null,
        referred_at: clean.referredAt,
        description: clean.description ?? '',
        nature: clean.nature,
        litigation: clean.litigation,
        urgency: clean.urgency,
        confidential: clean.confidential,
      })
      .onConflict('dispatch_id')
      .ignore();
    const row = await this.db('court_referrals').select(REFERRAL_COLUMNS).where('dispatch_id', clean.dispatchId).first();
    return toReferral(row);
  }
}
