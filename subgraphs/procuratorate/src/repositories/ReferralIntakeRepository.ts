import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { badUserInput, notAllowed } from '../../../kit/errors';
import { parseReferralIntake, type ReferralIntakeInput } from '../../../kit/referralIntake';
import { isService, type Viewer } from '../../../kit/viewer';
import { chinaDateOf, outcomeReplyDueOn, PROCEDURAL_REPLY_DAYS, proceduralReplyDueOn, type ProceduralReplyCounting } from '../domain/deadlines';
import { departmentOf, matterKindOf } from '../domain/intake';
import { countyProcuratorateOf } from '../domain/procuratorates';
import type { ProcuratorateMatter } from '../model';
import { MATTER_COLUMNS, parseMatter } from './rows';

/**
 * Referrals from governance (受理转办) become 12309 matters: only the hub's governance service may write here.
 * Idempotent on the dispatch id: the unique index decides, so the same referral (also sent concurrently) makes
 * one matter. Every clock starts on the day the referral was dispatched.
 */
export class ReferralIntakeRepository {
  constructor(
    private readonly db: Knex,
    private readonly viewer: Viewer,
    /** How the procedural reply's 7 days are counted (config `proceduralReplyCounting`; natural days by default). */
    private readonly options: { proceduralReplyCounting?: ProceduralReplyCounting } = {},
  ) {}

  async receive(raw: ReferralIntakeInput, now = new Date()): Promise<ProcuratorateMatter> {
    if (!isService(this.viewer, 'governance')) throw notAllowed('only the hub\'s governance service refers matters to the procuratorate');
    const input = parseReferralIntake(raw, now);
    const existing = await this.byDispatchId(input.dispatchId);
    if (existing) return existing;
    const office = countyProcuratorateOf(input.regionCode);
    if (!office) throw badUserInput('input.regionCode', 'lies outside the city this 12309 platform serves');
    const kind = matterKindOf(input);
    const receivedOn = chinaDateOf(input.referredAt);
    await this.db('procuratorate_matters')
      .insert({
        id: `PM-${randomUUID()}`,
        dispatch_id: input.dispatchId,
        appeal_id: input.appealId,
        kind,
        status: 'RECEIVED',
        title: input.title,
        category: input.category,
        description: input.description,
        petitioner_name: input.applicantName,
        petitioner_id_number: input.applicantIdNumber,
        petitioner_phone: input.applicantPhone,
        anonymous: input.anonymous,
        // Nobody can reply to a named petitioner without a phone (无法联系): excluded from the reply-rate statistics.
        unreachable: !input.anonymous && input.applicantPhone === null,
        confidential: input.confidential,
        region_code: input.regionCode,
        grid_code: input.gridCode,
        procuratorate_code: office.code,
        procuratorate_name: office.name,
        department: departmentOf(kind, input.litigation),
        received_at: input.referredAt,
        received_on: receivedOn,
        procedural_reply_due_on: proceduralReplyDueOn(receivedOn, PROCEDURAL_REPLY_DAYS, this.options.proceduralReplyCounting),
        outcome_reply_due_on: outcomeReplyDueOn(receivedOn),
        updated_at: now.toISOString(),
      })
      .onConflict('dispatch_id')
      .ignore();
    const stored = await this.byDispatchId(input.dispatchId);
    if (!stored) throw new Error(`Matter for dispatch ${input.dispatchId} vanished after insert`);
    return stored;
  }

  private async byDispatchId(dispatchId: string): Promise<ProcuratorateMatter | null> {
    const row = await this.db('procuratorate_matters').select(MATTER_COLUMNS).where('dispatch_id', dispatchId).first();
    return row ? parseMatter(row) : null;
  }
}
