import type { Knex } from 'knex';
import { rate, satisfiedRatings, topComplained, type ComplainedUnit, type Rate, type StatisticsArgs } from '../domain/statistics';

export interface StatisticsResult {
  args: StatisticsArgs;
  responseRate: Rate;
  resolutionRate: Rate;
  satisfactionRate: Rate;
  withinDeadlineShare: Rate;
  dispatched: number;
  overdue: number;
  overdueOpen: number;
}

const OPEN = "('PENDING', 'ACCEPTED')";

/** The dashboard's aggregates (definitions in domain/statistics.ts): each one GROUP BY / SUM statement over the scope. */
export class StatisticsRepository {
  constructor(private readonly db: Knex) {}

  /**
   * Rows of `alias` (appeals, or work orders and feedback, which carry their appeal's region and category) in the
   * jurisdiction prefix and category (code or its leaves). No join: each aggregate scans one table.
   */
  private scope(q: Knex.QueryBuilder, args: StatisticsArgs, alias = 'a'): Knex.QueryBuilder {
    q.where(`${alias}.region_code`, 'like', `${args.jurisdiction}%`);
    if (args.category) q.where((w) => w.where(`${alias}.category`, args.category!).orWhere(`${alias}.category`, 'like', `${args.category}.%`));
    return q;
  }

  async summary(args: StatisticsArgs): Promise<StatisticsResult> {
    const raw = (sql: string, b: unknown[] = []) => this.db.raw(sql, b as Knex.RawBinding[]);
    const dq = this.scope(this.db('dispatches as d'), args, 'd')
      .where('d.dispatched_at', '>=', args.from).where('d.dispatched_at', '<', args.to)
      .select(
        raw('COUNT(*) AS dispatched'),
        raw('SUM(CASE WHEN d.accepted_at IS NOT NULL AND d.accepted_at <= d.due_at THEN 1 ELSE 0 END) AS responded'),
        raw('SUM(CASE WHEN d.replied_at IS NOT NULL THEN 1 ELSE 0 END) AS replied'),
        raw('SUM(CASE WHEN d.replied_at IS NOT NULL AND d.replied_at <= d.due_at THEN 1 ELSE 0 END) AS replied_in_time'),
        raw(`SUM(CASE WHEN d.replied_at IS NULL AND d.status IN ${OPEN} AND d.due_at < ? THEN 1 ELSE 0 END) AS overdue_open`, [args.asOf]),
      );
    const aq = this.scope(this.db('appeals as a'), args).where('a.received_at', '>=', args.from).where('a.received_at', '<', args.to)
      .select(
        raw("SUM(CASE WHEN a.status = 'CLOSED' THEN 1 ELSE 0 END) AS handled"),
        raw("SUM(CASE WHEN a.status = 'CLOSED' AND (a.satisfaction IS NULL OR a.satisfaction <> 'DISSATISFIED') THEN 1 ELSE 0 END) AS resolved"),
      );
    const sat = satisfiedRatings(args.countBasicallySatisfied);
    const fq = this.scope(this.db('feedback as f'), args, 'f').where('f.at', '>=', args.from).where('f.at', '<', args.to)
      .select(raw('COUNT(*) AS received'), raw(`SUM(CASE WHEN f.rating IN (${sat.map(() => '?').join(', ')}) THEN 1 ELSE 0 END) AS satisfied`, sat));
    const [[d], [a], [f]] = await Promise.all([dq, aq, fq]);
    const replied = Number(d.replied ?? 0);
    const inTime = Number(d.replied_in_time ?? 0);
    const overdueOpen = Number(d.overdue_open ?? 0);
    return {
      args,
      responseRate: rate(d.responded ?? 0, d.dispatched ?? 0),
      resolutionRate: rate(a.resolved ?? 0, a.handled ?? 0),
      satisfactionRate: rate(f.satisfied ?? 0, f.received ?? 0),
      withinDeadlineShare: rate(inTime, replied),
      dispatched: Number(d.dispatched ?? 0),
      overdue: replied - inTime + overdueOpen,
      overdueOpen,
    };
  }

  /** Units by dissatisfied feedback on their work orders plus work orders they returned, in the period. */
  async mostComplained(args: StatisticsArgs, top: number): Promise<ComplainedUnit[]> {
    const dissatisfied = this.scope(this.db('feedback as f').join('dispatches as d', 'd.id', 'f.dispatch_id'), args, 'f')
      .where('f.rating', 'DISSATISFIED').where('f.at', '>=', args.from).where('f.at', '<', args.to)
      .groupBy('d.target_type', 'd.target_id').select('d.target_type', 'd.target_id').count({ n: '*' });
    const returned = this.scope(this.db('dispatches as d'), args, 'd')
      .where('d.returned_at', '>=', args.from).where('d.returned_at', '<', args.to)
      .groupBy('d.target_type', 'd.target_id').select('d.target_type', 'd.target_id').count({ n: '*' });
    const [ds, rs] = await Promise.all([dissatisfied, returned]);
    const toMap = (rows: Record<string, any>[]) => new Map(rows.map((r) => [`${r.target_type}|${r.target_id}`, Number(r.n)]));
    return topComplained(toMap(ds), toMap(rs), top);
  }
}
