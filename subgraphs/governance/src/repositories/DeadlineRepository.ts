import type { Knex } from 'knex';
import type { ClockKind } from '../../../kit/clock';
import type { DeadlinePolicy } from '../domain/deadlines';

type Row = Record<string, any>;
export interface DeadlinePolicyRecord extends DeadlinePolicy { updatedAt: string; updatedBy: string }

const toPolicy = (r: Row): DeadlinePolicyRecord => ({
  id: r.id, category: r.category, urgency: r.urgency, channel: r.channel, partner: r.partner, clockKind: r.clock_kind as ClockKind,
  amount: Number(r.amount), source: r.source, updatedAt: new Date(r.updated_at).toISOString(), updatedBy: r.updated_by,
});

/** The deadline policy table (data, editable by an administrator). */
export class DeadlineRepository {
  constructor(private readonly db: Knex | Knex.Transaction) {}

  async policies(): Promise<DeadlinePolicyRecord[]> {
    return (await this.db('deadline_policies').orderBy('id')).map(toPolicy);
  }

  /** Insert or replace the row of one key (category × urgency × channel × partner). */
  async upsert(p: Omit<DeadlinePolicy, 'id'> & { id?: string }, by: string): Promise<DeadlinePolicyRecord> {
    const now = new Date().toISOString();
    const existing = await this.db('deadline_policies').where({ category: p.category, urgency: p.urgency, channel: p.channel, partner: p.partner }).first();
    if (existing) {
      await this.db('deadline_policies').where({ id: existing.id }).update({ clock_kind: p.clockKind, amount: p.amount, source: p.source, updated_at: now, updated_by: by });
      return toPolicy(await this.db('deadline_policies').where({ id: existing.id }).first());
    }
    const id = p.id ?? `P-${p.partner}-${p.category}-${p.urgency}-${p.channel}`.slice(0, 64);
    await this.db('deadline_policies').insert({ id, category: p.category, urgency: p.urgency, channel: p.channel, partner: p.partner, clock_kind: p.clockKind, amount: p.amount, source: p.source, updated_at: now, updated_by: by });
    return toPolicy(await this.db('deadline_policies').where({ id }).first());
  }
}
