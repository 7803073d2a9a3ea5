import { badUserInput } from '../../../kit/errors';
import type { Context } from '../context';
import type { ComplainedUnit as Unit } from '../domain/statistics';
import { StatisticsRepository, type StatisticsResult } from '../repositories/StatisticsRepository';

export const Statistics = {
  jurisdiction: (s: StatisticsResult) => s.args.jurisdiction,
  category: (s: StatisticsResult) => s.args.category,
  from: (s: StatisticsResult) => s.args.from,
  to: (s: StatisticsResult) => s.args.to,
  asOf: (s: StatisticsResult) => s.args.asOf,
  mostComplainedUnits: (s: StatisticsResult, { top }: { top: number }, ctx: Context) => {
    if (!Number.isInteger(top) || top < 1 || top > 100) throw badUserInput('top', 'must be 1 to 100');
    return new StatisticsRepository(ctx.db).mostComplained(s.args, top);
  },
};

export const ComplainedUnit = {
  department: (u: Unit, _: unknown, ctx: Context) => (u.targetType === 'DEPARTMENT' ? ctx.loaders.department.load(u.targetId) : null),
  center: (u: Unit, _: unknown, ctx: Context) => (u.targetType === 'CENTER' ? ctx.loaders.center.load(u.targetId) : null),
  partner: (u: Unit) => (u.targetType === 'PARTNER' ? u.targetId : null),
};
