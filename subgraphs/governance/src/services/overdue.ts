import type { Knex } from 'knex';
import type { Logger } from '../../../kit/log';
import { toDispatch } from '../repositories/rows';
import { writeEvent, type Actor } from '../repositories/timeline';
import { raiseAutomatic } from './supervision';

const OPEN_ORDER = ['PENDING', 'ACCEPTED'];
export const OVERDUE_ACTOR = 'SYSTEM:overdue-job';

export interface OverdueRun {
  /** Work orders whose breach this run recorded. */
  breached: string[];
  /** Supervisions this run raised. */
  supervised: string[];
}

/**
 * The overdue job: find work orders past due and not replied, record each breach once (a conditional
 * `UPDATE ... WHERE breached_at IS NULL`: with several processes exactly one wins each row), write an OVERDUE event
 * and raise one supervision per breach, all in the row's transaction. Safe to run again and from many processes.
 */
export async function runOverdueCheck(db: Knex, now: string = new Date().toISOString(), limit = 500): Promise<OverdueRun> {
  const out: OverdueRun = { breached: [], supervised: [] };
  const candidates: { id: string }[] = await db('dispatches').select('id').where('due_at', '<', now).whereNull('breached_at').whereNull('replied_at')
    .whereIn('status', OPEN_ORDER).orderBy([{ column: 'due_at' }, { column: 'id' }]).limit(limit);
  for (const { id } of candidates) {
    await db.transaction(async (trx) => {
      const claimed = await trx('dispatches').where({ id }).whereNull('breached_at').whereNull('replied_at').whereIn('status', OPEN_ORDER).where('due_at', '<', now).update({ breached_at: now });
      if (claimed !== 1) return;
      const order = toDispatch(await trx('dispatches').where({ id }).first());
      const appeal = await trx('appeals').select('center_id').where({ id: order.appealId }).first();
      const actor: Actor = { actor: OVERDUE_ACTOR, centerId: appeal?.center_id ?? null };
      await writeEvent(trx, actor, { appealId: order.appealId, kind: 'OVERDUE', dispatchId: order.id, at: now, note: `${order.targetId} 超过办理期限（${order.dueAt}）未答复` });
      const s = await raiseAutomatic(trx, actor, order, 'OVERDUE', `OVERDUE:${order.id}`, '超期未办，请说明原因并限期办结。', now);
      out.breached.push(order.id);
      if (s) out.supervised.push(s.id);
    });
  }
  return out;
}

/** Run the job every `intervalMs` (main.ts); returns a stop function. Errors are logged, the next tick retries. */
export function startOverdueJob(db: Knex, logger: Logger, intervalMs: number): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const r = await runOverdueCheck(db);
      if (r.breached.length) logger.info({ breached: r.breached.length, supervised: r.supervised.length }, 'overdue work orders recorded');
    } catch (err) {
      logger.error({ err }, 'overdue job failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
