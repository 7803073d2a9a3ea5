import type { DemoReferral } from '../../../../demo/model';
import { createRandom, type Random } from '../../../../demo/random';
import { chinaDateOf, outcomeReplyDueOn, proceduralReplyDueOn } from '../domain/deadlines';
import { cityCodeOf, countyCodeOf, procuratorateOf } from '../domain/procuratorates';
import { statusFromProgress } from '../domain/status';
import type { Department, MatterKind } from '../model';
import { planLifecycle } from './lifecycle';

type Weights<T> = readonly (readonly [T, number])[];

/** Which kinds of 12309 matter an appeal category tends to become. */
const KINDS_BY_CATEGORY: Record<string, Weights<MatterKind>> = {
  'ENVIRONMENT.POLLUTION': [['PUBLIC_INTEREST_CLUE', 8], ['REPORT', 2]],
  'FINANCE.ILLEGAL_FUNDRAISING': [['REPORT', 7], ['COMPLAINT', 3]],
  'LITIGATION.CRIMINAL': [['COMPLAINT', 4], ['APPEAL', 4], ['REPORT', 1], ['JUVENILE_PROTECTION', 1]],
  'PUBLIC.EDUCATION': [['JUVENILE_PROTECTION', 8], ['COMPLAINT', 2]],
};
const DEFAULT_KINDS: Weights<MatterKind> = [['COMPLAINT', 4], ['APPEAL', 3], ['REPORT', 2], ['PUBLIC_INTEREST_CLUE', 0.5], ['JUVENILE_PROTECTION', 0.5]];

function departmentFor(kind: MatterKind, rng: Random): Department {
  if (kind === 'PUBLIC_INTEREST_CLUE') return 'PUBLIC_INTEREST';
  if (kind === 'JUVENILE_PROTECTION') return 'JUVENILE';
  if (kind === 'APPEAL') return rng.weighted([['COMPLAINT_AND_APPEAL', 7], ['CRIMINAL', 1], ['CIVIL', 1], ['ADMINISTRATIVE', 1]] as const);
  return rng.weighted([['COMPLAINT_AND_APPEAL', 6], ['CRIMINAL', 3], ['CIVIL', 0.5], ['ADMINISTRATIVE', 0.5]] as const);
}

const FOLLOW_UP_NOTES = ['案件正在依法审查中', '已调取相关材料，正在核实', '已听取当事人意见，正在办理', '已与相关单位沟通，正在督促落实'];

export interface MatterRows {
  matter: Record<string, unknown>;
  followUps: Record<string, unknown>[];
}

/**
 * The rows of one 12309 matter built from a PROCURATORATE referral. Deterministic: every choice is drawn,
 * in a fixed order, from `createRandom(referral.seed)`; `today` is the world's "now" in China.
 */
export function matterRows(referral: DemoReferral, today: string, regionName: (code: string) => string | null): MatterRows {
  const rng = createRandom(referral.seed);
  const id = `PM-${referral.dispatchId}`;
  if (id.length > 60) throw new Error(`Dispatch id too long for a matter id: ${referral.dispatchId}`);
  const kind = rng.weighted(KINDS_BY_CATEGORY[referral.category] ?? DEFAULT_KINDS);
  const department = departmentFor(kind, rng);
  const atCity = rng.chance(kind === 'APPEAL' ? 0.3 : 0.12);
  const office = procuratorateOf(atCity ? cityCodeOf(referral.regionCode) : countyCodeOf(referral.regionCode), regionName);
  const unreachable = !referral.anonymous && (referral.applicantPhone === null || rng.chance(0.04));
  const status = statusFromProgress(referral.progress);
  const receivedAt = new Date(referral.referredAt).toISOString();
  const receivedOn = chinaDateOf(receivedAt);
  const plan = planLifecycle(receivedOn, today, status, rng);
  const matter = {
    id,
    dispatch_id: referral.dispatchId,
    appeal_id: referral.appealId,
    kind,
    status,
    title: referral.title,
    category: referral.category,
    petitioner_name: referral.anonymous ? null : referral.applicantName,
    petitioner_id_number: referral.anonymous ? null : referral.applicantIdNumber,
    petitioner_phone: referral.anonymous ? null : referral.applicantPhone,
    anonymous: referral.anonymous,
    unreachable,
    region_code: referral.regionCode,
    grid_code: referral.gridCode,
    procuratorate_code: office.code,
    procuratorate_name: office.name,
    department,
    received_at: receivedAt,
    received_on: receivedOn,
    procedural_reply_due_on: proceduralReplyDueOn(receivedOn),
    procedural_replied_on: plan.proceduralRepliedOn,
    outcome_reply_due_on: outcomeReplyDueOn(receivedOn),
    outcome_replied_on: plan.outcomeRepliedOn,
    outcome_reply_kind: plan.outcomeReplyKind,
    result_replied_on: plan.resultRepliedOn,
    closed_on: plan.closedOn,
    updated_at: receivedAt,
  };
  const followUps = plan.followUps.map((f) => ({
    id: `${id}-F${f.sequence}`,
    matter_id: id,
    region_code: referral.regionCode,
    sequence: f.sequence,
    due_on: f.dueOn,
    replied_on: f.repliedOn,
    note: f.repliedOn ? `第${f.sequence}次进展答复：${rng.pick(FOLLOW_UP_NOTES)}` : null,
  }));
  return { matter, followUps };
}
