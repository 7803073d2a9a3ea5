import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { toIso } from './rows';
import type { Logger } from './log';

/**
 * The transactional outbox. Work that crosses centers (a referral to a partner, a partner's progress back to
 * governance) is written as an outbox row in the same transaction as the change that caused it, then delivered
 * by a worker that retries with backoff until the receiver acknowledges. Receivers are idempotent (on the
 * dispatch id or the event id), so a retry never makes a second record.
 *
 * Several workers (processes) may share one outbox: a worker claims rows by setting a lease in one UPDATE
 * (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite serialises writers), so a row is delivered by one worker at a time.
 */
export const OUTBOX_TABLE = 'outbox';

/** The outbox table, for each subgraph's migrations. */
export async function createOutboxTable(knex: Knex): Promise<void> {
  await knex.schema.createTable(OUTBOX_TABLE, (t) => {
    t.string('id', 64).primary();
    /** The subgraph to deliver to. */
    t.string('target', 64).notNullable();
    /** What it is, e.g. `referral` or `progress` (for operations and dead-letter review). */
    t.string('kind', 64).notNullable();
    /** The GraphQL request to send: `{ query, variables }` as JSON. */
    t.text('payload').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('next_attempt_at', { useTz: true }).notNullable();
    t.timestamp('locked_until', { useTz: true });
    t.string('locked_by', 64);
    t.timestamp('delivered_at', { useTz: true });
    /** A permanent refusal by the receiver (dead letter): kept for review, never retried. */
    t.timestamp('failed_at', { useTz: true });
    t.text('last_error');
    t.index(['delivered_at', 'failed_at', 'next_attempt_at']);
  });
}

export interface OutboxMessage {
  id: string;
  target: string;
  kind: string;
  query: string;
  variables: Record<string, unknown>;
  attempts: number;
}

export type DeliveryResult = { ok: true } | { ok: false; permanent: boolean; error: string };

/** Write a message in the caller's transaction; it is delivered only if the transaction commits. */
export async function enqueue(trx: Knex | Knex.Transaction, msg: { target: string; kind: string; query: string; variables: Record<string, unknown>; id?: string }, now = new Date()): Promise<string> {
  const id = msg.id ?? randomUUID();
  await trx(OUTBOX_TABLE).insert({
    id,
    target: msg.target,
    kind: msg.kind,
    payload: JSON.stringify({ query: msg.query, variables: msg.variables }),
    created_at: now.toISOString(),
    attempts: 0,
    next_attempt_at: now.toISOString(),
  });
  return id;
}

export interface OutboxWorkerOptions {
  db: Knex;
  deliver: (msg: OutboxMessage) => Promise<DeliveryResult>;
  logger: Logger;
  workerId?: string;
  batchSize?: number;
  /** How long a claim protects a row from other workers. Longer than a delivery's timeout. */
  leaseMs?: number;
  pollMs?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
}

/** Exponential backoff with full jitter, capped. */
export function backoffMs(attempts: number, base: number, max: number, random = Math.random): number {
  const ceiling = Math.min(max, base * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export class OutboxWorker {
  readonly workerId: string;
  private readonly o: Required<Omit<OutboxWorkerOptions, 'workerId'>>;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  /** Messages this worker delivered (ids), for operations and tests. */
  readonly delivered: string[] = [];

  constructor(opts: OutboxWorkerOptions) {
    this.workerId = opts.workerId ?? randomUUID();
    this.o = { batchSize: 20, leaseMs: 30_000, pollMs: 200, baseBackoffMs: 500, maxBackoffMs: 60_000, ...opts } as Required<Omit<OutboxWorkerOptions, 'workerId'>>;
  }

  private get isPostgres(): boolean {
    return this.o.db.client.config.client === 'pg';
  }

  /** Claim up to a batch of due rows with a lease. */
  async claim(now = new Date()): Promise<OutboxMessage[]> {
    const { db } = this.o;
    const nowIso = now.toISOString();
    const due = db(OUTBOX_TABLE)
      .select('id')
      .whereNull('delivered_at')
      .whereNull('failed_at')
      .where('next_attempt_at', '<=', nowIso)
      .where((w) => w.whereNull('locked_until').orWhere('locked_until', '<', nowIso))
      // Longest-waiting first: rows retried often never starve rows not yet tried.
      .orderBy([{ column: 'next_attempt_at', order: 'asc' }, { column: 'created_at', order: 'asc' }])
      .limit(this.o.batchSize);
    if (this.isPostgres) due.forUpdate().skipLocked();
    const rows: Record<string, unknown>[] = await db(OUTBOX_TABLE)
      .whereIn('id', due)
      .update({ locked_until: new Date(now.getTime() + this.o.leaseMs).toISOString(), locked_by: this.workerId, attempts: db.raw('attempts + 1') })
      .returning('*');
    return rows.map((r) => {
      const payload = JSON.parse(String(r.payload)) as { query: string; variables: Record<string, unknown> };
      return { id: String(r.id), target: String(r.target), kind: String(r.kind), attempts: Number(r.attempts), ...payload };
    });
  }

  /** Claim one batch and deliver it; resolves with how many were delivered. */
  async runOnce(): Promise<number> {
    const batch = await this.claim();
    let ok = 0;
    await Promise.all(
      batch.map(async (msg) => {
        let result: DeliveryResult;
        try {
          result = await this.o.deliver(msg);
        } catch (err) {
          result = { ok: false, permanent: false, error: (err as Error).message };
        }
        const mine = this.o.db(OUTBOX_TABLE).where({ id: msg.id, locked_by: this.workerId });
        const now = new Date();
        if (result.ok) {
          ok++;
          this.delivered.push(msg.id);
          await mine.update({ delivered_at: now.toISOString(), locked_until: null, last_error: null });
        } else if (result.permanent) {
          this.o.logger.error({ id: msg.id, target: msg.target, kind: msg.kind, error: result.error }, 'outbox message refused permanently');
          await mine.update({ failed_at: now.toISOString(), locked_until: null, last_error: result.error.slice(0, 2000) });
        } else {
          const wait = backoffMs(msg.attempts, this.o.baseBackoffMs, this.o.maxBackoffMs);
          this.o.logger.warn({ id: msg.id, target: msg.target, attempts: msg.attempts, retryInMs: wait, error: result.error }, 'outbox delivery failed; will retry');
          await mine.update({ next_attempt_at: new Date(now.getTime() + wait).toISOString(), locked_until: null, last_error: result.error.slice(0, 2000) });
        }
      }),
    );
    return ok;
  }

  /** Poll until stopped; a full batch is followed at once by the next. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = async () => {
      if (this.stopped) return;
      let delivered = 0;
      let claimedFull = false;
      try {
        const before = this.delivered.length;
        delivered = await this.runOnce();
        claimedFull = this.delivered.length - before >= this.o.batchSize;
      } catch (err) {
        this.o.logger.error({ err }, 'outbox worker cycle failed');
      }
      if (!this.stopped) this.timer = setTimeout(() => (this.running = loop()), claimedFull && delivered > 0 ? 0 : this.o.pollMs);
    };
    this.running = loop();
  }

  /** Stop polling and wait for the cycle in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}

/** Counts of the outbox by state, for operations. */
export async function outboxStats(db: Knex): Promise<{ pending: number; delivered: number; failed: number; oldestPendingAt: string | null }> {
  const [row] = await db(OUTBOX_TABLE).select(
    db.raw('sum(case when delivered_at is null and failed_at is null then 1 else 0 end) as pending'),
    db.raw('sum(case when delivered_at is not null then 1 else 0 end) as delivered'),
    db.raw('sum(case when failed_at is not null then 1 else 0 end) as failed'),
    db.raw('min(case when delivered_at is null and failed_at is null then created_at end) as oldest'),
  );
  const r = row as Record<string, unknown>;
  return { pending: Number(r.pending ?? 0), delivered: Number(r.delivered ?? 0), failed: Number(r.failed ?? 0), oldestPendingAt: toIso(r.oldest) };
}
