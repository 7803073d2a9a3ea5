import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { badUserInput } from '../../../kit/errors';
import { enqueue } from '../../../kit/outbox';
import { inJurisdiction, type Viewer } from '../../../kit/viewer';
import { classify } from '../domain/classification';
import { handlingDueAt, returnDueAt } from '../domain/deadlines';
import { DeadlineRepository } from '../repositories/DeadlineRepository';
import { intakeMutation, PARTNER_SUBGRAPH, type PartnerCenter } from '../domain/partners';
import { route, type RouteTarget } from '../domain/routing';
import { validateSubmission, type CleanParty, type SubmitAppealInput } from '../domain/validation';
import { AppealRepository } from '../repositories/AppealRepository';
import { IntakeRepository } from '../repositories/IntakeRepository';
import { RoutingRepository } from '../repositories/RoutingRepository';
import type { AppealRecord, CenterRecord, GridRecord } from '../repositories/rows';
import { toAppeal } from '../repositories/rows';
import { writeEvent, type Actor } from '../repositories/timeline';

export type SubmissionOutcome = 'ACCEPTED' | 'REJECTED' | 'REPEAT' | 'HANDLED_BELOW';

export interface SubmitResult {
  appeal: AppealRecord;
  outcome: SubmissionOutcome;
  replayed: boolean;
  linkedAppeal: AppealRecord | null;
  legalRoute: string | null;
  possibleDuplicates: AppealRecord[];
}

const CITIZEN_CHANNELS = new Set(['MINI_PROGRAM', 'ONLINE']);
const LEVEL_DEPTH: Record<string, number> = { CITY: 0, COUNTY: 1, TOWNSHIP: 2, VILLAGE: 3 };
/** How much of a center's region code names its jurisdiction. */
export const PREFIX_LENGTH: Record<string, number> = { CITY: 4, COUNTY: 6, TOWNSHIP: 9, VILLAGE: 12 };

export function actorOf(viewer: Viewer, centerId: string | null): Actor {
  return { actor: `${viewer.role}:${viewer.sub}`, centerId: viewer.centerId ?? centerId };
}

/** Roles that take in appeals on behalf of a jurisdiction (their location must lie inside it). */
const JURISDICTION_BOUND = new Set(['CENTER_STAFF', 'GRID_WORKER', 'AGENCY_STAFF']);

function checkChannel(viewer: Viewer, channel: string): void {
  if ((viewer.role === 'ANONYMOUS' || viewer.role === 'CITIZEN') && !CITIZEN_CHANNELS.has(channel)) throw badUserInput('input.channel', 'citizens submit through MINI_PROGRAM or ONLINE');
  if (channel === 'GRID_PATROL' && !['GRID_WORKER', 'CENTER_STAFF', 'ADMIN'].includes(viewer.role)) throw badUserInput('input.channel', 'GRID_PATROL is for grid workers');
  if (channel === 'PARTNER_REFERRAL' && !['AGENCY_STAFF', 'SERVICE', 'ADMIN'].includes(viewer.role)) throw badUserInput('input.channel', 'PARTNER_REFERRAL is for partner centers');
}

async function receivingCenter(repo: IntakeRepository, viewer: Viewer, input: SubmitAppealInput, grid: GridRecord): Promise<CenterRecord> {
  const wanted = input.receivingCenterId ?? (viewer.role === 'CENTER_STAFF' ? viewer.centerId : undefined);
  if (wanted) {
    const center = await repo.center(wanted);
    if (!center || !grid.regionCode.startsWith(center.regionCode.slice(0, PREFIX_LENGTH[center.level]))) {
      throw badUserInput('input.receivingCenterId', 'is not a center whose jurisdiction covers this grid');
    }
    return center;
  }
  return repo.centerFor(grid.regionCode);
}

function partyRows(appealId: string, applicant: CleanParty | null, reps: CleanParty[], respondents: CleanParty[]) {
  const rows: Record<string, unknown>[] = [];
  const add = (p: CleanParty, role: string) => rows.push({ id: `${appealId}-P${rows.length + 1}`, appeal_id: appealId, seq: rows.length, role, name: p.name, id_number: p.idNumber, phone: p.phone, address: p.address });
  if (applicant) add(applicant, 'APPLICANT');
  reps.forEach((p) => add(p, 'REPRESENTATIVE'));
  respondents.forEach((p) => add(p, 'RESPONDENT'));
  return rows;
}

/**
 * Unified intake (一站式接收): validate, resolve the grid, classify, catch repeats, route through the catalogue, and
 * write the appeal, its parties, its dispatches, its timeline and the partners' outbox rows in ONE transaction.
 * A retry with the same idempotency key returns the same appeal and writes nothing.
 */
export async function submitAppeal(db: Knex, viewer: Viewer, input: SubmitAppealInput): Promise<SubmitResult> {
  const clean = validateSubmission(input);
  checkChannel(viewer, input.channel);
  const submittedBy = viewer.sub;
  const repo = new IntakeRepository(db);
  const replay = async (): Promise<SubmitResult | null> => {
    const existing = await repo.byIdempotencyKey(submittedBy, clean.idempotencyKey);
    if (!existing) return null;
    const [linked] = existing.parentAppealId ? await new AppealRepository(db, viewer, 100).byIds([existing.parentAppealId]) : [];
    const outcome: SubmissionOutcome = existing.status === 'MERGED' ? 'REPEAT' : existing.status === 'REJECTED' ? (existing.parentAppealId ? 'HANDLED_BELOW' : 'REJECTED') : 'ACCEPTED';
    return { appeal: existing, outcome, replayed: true, linkedAppeal: linked ?? null, legalRoute: existing.legalRoute, possibleDuplicates: [] };
  };
  const earlier = await replay();
  if (earlier) return earlier;

  const grid = await repo.resolveGrid(input.location);
  // Staff take in appeals for their own jurisdiction only; citizens may report any place in the city.
  if (JURISDICTION_BOUND.has(viewer.role) && !inJurisdiction(viewer, grid.regionCode)) throw badUserInput('input.location', 'is outside your jurisdiction');
  const center = await receivingCenter(repo, viewer, input, grid);
  const appeals = new AppealRepository(db, viewer, 100);
  if (clean.reportedUnitId && !(await repo.unitExists(clean.reportedUnitId))) throw badUserInput('input.reportedUnitId', 'is not a known department or center');
  const cls = classify(input);
  const now = new Date().toISOString();
  const appealId = randomUUID();
  const actor = actorOf(viewer, center.id);
  const repeatOf = clean.applicant ? await appeals.openAppealOfPerson(clean.applicant, cls.category.code) : null;
  const openCenter = repeatOf ? await repo.center(repeatOf.centerId) : null;
  const handledBelow = !!(repeatOf && openCenter && LEVEL_DEPTH[openCenter.level] > LEVEL_DEPTH[center.level]);
  const routing = new RoutingRepository(db);
  const version = await routing.currentVersion();
  const targets: RouteTarget[] = cls.rejectedWith || repeatOf ? [] : route(await routing.candidates(grid.regionCode, cls.category.code), grid.regionCode, cls.category.code, cls.litigationPartner).targets;
  const duplicates = repeatOf ? [] : await appeals.possibleDuplicates(grid.code, cls.category.code);

  const status = cls.rejectedWith ? 'REJECTED' : handledBelow ? 'REJECTED' : repeatOf ? 'MERGED' : 'DISPATCHED';
  const legalRoute = cls.rejectedWith ?? (handledBelow ? `该事项正由${openCenter!.name}办理中，按规定不在上级重复受理；办理进展可通过原诉求查询。` : null);
  try {
    await db.transaction(async (trx) => {
      await trx('appeals').insert({
        id: appealId, title: clean.title, description: clean.description, channel: input.channel, category: cls.category.code,
        nature: cls.nature, litigation: cls.litigation, urgency: input.urgency ?? 'NORMAL', status, grid_code: grid.code,
        region_code: grid.regionCode, center_id: center.id, received_at: now, closed_at: null, anonymous: clean.anonymous,
        confidential: clean.confidential, satisfaction: null, citizen_sub: viewer.role === 'CITIZEN' ? viewer.sub : null,
        submitted_by: submittedBy, idempotency_key: clean.idempotencyKey, parent_appeal_id: repeatOf?.id ?? null,
        legal_route: legalRoute, procedural_status: input.proceduralStatus ?? 'NONE', updated_at: now,
        health_details: clean.healthDetails, reported_unit_id: clean.reportedUnitId,
      });
      const parties = partyRows(appealId, clean.applicant, clean.representatives, clean.respondents);
      if (parties.length) await trx('parties').insert(parties);
      await writeEvent(trx, actor, { appealId, kind: 'RECEIVED', to: 'RECEIVED', note: `channel ${input.channel}`, at: now });
      if (repeatOf) {
        const kind = handledBelow ? 'REJECTED' : 'MERGED';
        await writeEvent(trx, actor, { appealId, kind, from: 'RECEIVED', to: kind, note: legalRoute ?? `重复反映，已关联在办诉求 ${repeatOf.id}（不重新计时）`, at: now });
        await writeEvent(trx, actor, { appealId: repeatOf.id, kind: 'REPEAT_CONTACT', note: `同一当事人经${input.channel}再次反映（${appealId}）`, at: now });
        return;
      }
      if (cls.rejectedWith) {
        await writeEvent(trx, actor, { appealId, kind: 'REJECTED', from: 'RECEIVED', to: 'REJECTED', note: cls.rejectedWith, at: now });
        return;
      }
      await writeEvent(trx, actor, { appealId, kind: 'CLASSIFIED', from: 'RECEIVED', to: 'CLASSIFIED', note: `${cls.category.name} · ${cls.nature} · 涉诉:${cls.litigation}`, at: now });
      await writeDispatches(trx, actor, { id: appealId, title: clean.title, description: clean.description, categoryCode: cls.category.code, nature: cls.nature, litigation: cls.litigation, urgency: input.urgency ?? 'NORMAL', channel: input.channel, anonymous: clean.anonymous, confidential: clean.confidential, regionCode: grid.regionCode, gridCode: grid.code, applicant: clean.applicant }, targets, version, true, now);
      await writeEvent(trx, actor, { appealId, kind: 'DISPATCHED', from: 'CLASSIFIED', to: 'DISPATCHED', note: targets.map((t) => `${t.role}:${t.targetId}`).join(', '), at: now });
    });
  } catch (err) {
    // A concurrent retry with the same key won the race: answer with its appeal.
    const again = await replay();
    if (again) return again;
    throw err;
  }
  const appeal = toAppeal(await db('appeals').where({ id: appealId }).first());
  return { appeal, outcome: cls.rejectedWith ? 'REJECTED' : handledBelow ? 'HANDLED_BELOW' : repeatOf ? 'REPEAT' : 'ACCEPTED', replayed: false, linkedAppeal: repeatOf, legalRoute, possibleDuplicates: duplicates };
}

export interface DispatchSubject {
  id: string; title: string; description: string; categoryCode: string; nature: string; litigation: string; urgency: string; channel: string;
  anonymous: boolean; confidential: boolean; regionCode: string; gridCode: string; applicant: CleanParty | null;
}

/** Write work orders for the targets (lead first), each due under the deadline policy table, and an outbox row for every partner target. */
export async function writeDispatches(trx: Knex.Transaction, actor: Actor, appeal: DispatchSubject, targets: RouteTarget[], version: number, returnable: boolean, now: string): Promise<string[]> {
  const ordered = [...targets].sort((a, b) => (a.role === b.role ? 0 : a.role === 'LEAD' ? -1 : 1));
  const [{ n }] = await trx('dispatches').where({ appeal_id: appeal.id }).count({ n: '*' });
  const leadId = `${appeal.id}-D${Number(n) + 1}`;
  const ids: string[] = [];
  const policies = await new DeadlineRepository(trx).policies();
  for (const [i, t] of ordered.entries()) {
    const id = `${appeal.id}-D${Number(n) + i + 1}`;
    ids.push(id);
    const subject = { category: appeal.categoryCode, urgency: appeal.urgency, channel: appeal.channel, partner: t.targetType === 'PARTNER' ? t.targetId : null };
    const { dueAt, policy } = handlingDueAt(policies, subject, now);
    await trx('dispatches').insert({
      id, appeal_id: appeal.id, region_code: appeal.regionCode, category: appeal.categoryCode, target_type: t.targetType, target_id: t.targetId, role: t.role, status: 'PENDING',
      dispatched_at: now, due_at: dueAt, clock_kind: policy.clockKind, clock_amount: policy.amount, policy_id: policy.id,
      routing_version: version, lead_dispatch_id: t.role === 'LEAD' ? null : leadId,
      returnable, return_due_at: returnable ? returnDueAt(now) : null,
    });
    if (t.targetType === 'PARTNER') {
      const partner = t.targetId as PartnerCenter;
      await enqueue(trx, {
        id: `referral:${id}`,
        target: PARTNER_SUBGRAPH[partner],
        kind: 'referral',
        query: intakeMutation(partner),
        variables: {
          input: {
            dispatchId: id, appealId: appeal.id, regionCode: appeal.regionCode, gridCode: appeal.gridCode, category: appeal.categoryCode,
            title: appeal.title, description: appeal.description, nature: appeal.nature, litigation: appeal.litigation, urgency: appeal.urgency,
            anonymous: appeal.anonymous, confidential: appeal.confidential, applicantName: appeal.applicant?.name ?? null,
            applicantIdNumber: appeal.applicant?.idNumber ?? null, applicantPhone: appeal.applicant?.phone ?? null, referredAt: now,
          },
        },
      }, new Date(now));
    }
  }
  return ids;
}
