import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { conflict } from '../../../kit/errors';
import { assertTransition, canTransition, type AppealStatus } from '../domain/lifecycle';

/** Who did something, for the timeline: the viewer and the center they act for. */
export interface Actor {
  actor: string;
  centerId: string | null;
}

export interface TimelineWrite {
  appealId: string;
  kind: string;
  from?: AppealStatus | null;
  to?: AppealStatus | null;
  note?: string;
  dispatchId?: string | null;
  at?: string;
}

let counter = 0;
/** Time-ordered event ids: events written in the same millisecond keep their order (the timeline sorts by at, id). */
function eventId(): string {
  counter = (counter + 1) % 1_000_000;
  return `E${Date.now().toString().padStart(14, '0')}${counter.toString().padStart(6, '0')}${randomBytes(3).toString('hex')}`;
}

/** Write one timeline event (inside the caller's transaction). */
export async function writeEvent(trx: Knex.Transaction, actor: Actor, e: TimelineWrite): Promise<void> {
  await trx('timeline_events').insert({
    id: eventId(),
    appeal_id: e.appealId,
    at: e.at ?? new Date().toISOString(),
    kind: e.kind,
    from_status: e.from ?? null,
    to_status: e.to ?? null,
    actor: actor.actor,
    center_id: actor.centerId,
    note: e.note ?? '',
    dispatch_id: e.dispatchId ?? null,
  });
}

/**
 * Move an appeal to a new state: checks the transition (ILLEGAL_TRANSITION otherwise), updates the row only if it
 * still holds the state we read (a concurrent change makes this a conflict, never a lost update), writes the event.
 */
export async function transition(trx: Knex.Transaction, actor: Actor, appealId: string, from: AppealStatus, to: AppealStatus, note = '', dispatchId: string | null = null): Promise<void> {
  assertTransition(from, to);
  const now = new Date().toISOString();
  const changed = await trx('appeals')
    .where({ id: appealId, status: from })
    .update({ status: to, updated_at: now, ...(to === 'CLOSED' ? { closed_at: now } : {}), ...(to === 'REOPENED' ? { closed_at: null } : {}) });
  if (changed !== 1) throw conflict('The appeal changed meanwhile; reload it and try again', 'STALE_STATE');
  await writeEvent(trx, actor, { appealId, kind: to, from, to, note, dispatchId, at: now });
}

/** Walk an appeal along a path of states, taking each step that is legal from where it stands. */
export async function walk(trx: Knex.Transaction, actor: Actor, appealId: string, current: AppealStatus, path: AppealStatus[], note: string, dispatchId: string | null): Promise<AppealStatus> {
  let status = current;
  for (const step of path) {
    if (step === status) continue;
    if (!canTransition(status, step)) continue;
    await transition(trx, actor, appealId, status, step, note, dispatchId);
    status = step;
  }
  return status;
}
