import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { notAllowed } from '../../../kit/errors';
import { parseReferralIntake, type ReferralIntakeInput } from '../../../kit/referralIntake';
import { isService, type Viewer } from '../../../kit/viewer';
import { acceptanceNoticeDueOn, chinaDateOf, registrationDueOn } from '../domain/deadlines';
import { TYPE_OF_NATURE, type PetitionRecord } from '../domain/types';
import { toPetition } from './rows';

/** What a petition records when the referral names nobody (a grid worker's report, an anonymous letter). */
export const UNNAMED_PETITIONER = '未留姓名';

/**
 * Referral intake: only the hub's governance service may deliver. The matter is registered (登记) on the day it
 * arrives, with its statutory dates; intake is idempotent on the dispatch id, also under concurrent deliveries (the
 * unique index on `dispatch_id` decides, `ON CONFLICT DO NOTHING`, then we read).
 */
export class IntakeRepository {
  constructor(
    private readonly db: Knex,
    private readonly viewer: Viewer,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async receive(input: ReferralIntakeInput): Promise<PetitionRecord> {
    if (!isService(this.viewer, 'governance')) throw notAllowed('receivePetitionReferral');
    const now = this.now();
    const clean = parseReferralIntake(input, now);
    const at = now.toISOString();
    const today = chinaDateOf(at);
    await this.db('petitions')
      .insert({
        id: `PT-${randomUUID()}`,
        dispatch_id: clean.dispatchId,
        appeal_id: clean.appealId,
        region_code: clean.regionCode,
        grid_code: clean.gridCode,
        title: clean.title,
        category: clean.category,
        // Transferred through the hub's information system (网上信访), whatever channel the appeal came by.
        form: 'ONLINE',
        type: TYPE_OF_NATURE[clean.nature],
        status: 'REGISTERED',
        group_visit: false,
        headcount: 1,
        anonymous: clean.anonymous,
        petitioner_name: clean.applicantName ?? UNNAMED_PETITIONER,
        petitioner_id_number: clean.applicantIdNumber,
        petitioner_phone: clean.applicantPhone,
        received_on: today,
        registered_on: today,
        registration_due_on: registrationDueOn(today),
        decision: 'PENDING',
        notice_due_on: acceptanceNoticeDueOn(today),
        created_at: at,
        updated_at: at,
        referred_at: clean.referredAt,
        description: clean.description ?? '',
        nature: clean.nature,
        litigation: clean.litigation,
        urgency: clean.urgency,
        confidential: clean.confidential,
      })
      .onConflict('dispatch_id')
      .ignore();
    return toPetition(await this.db('petitions').select('*').where('dispatch_id', clean.dispatchId).first());
  }
}
