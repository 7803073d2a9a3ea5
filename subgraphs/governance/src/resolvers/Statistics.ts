import { badUserInput } from '../../../kit/errors';
import type { ComplainedUnitResolvers, StatisticsResolvers } from '../generated/graphql';
import { StatisticsRepository } from '../repositories/StatisticsRepository';
import { partnerOf } from './partner';

export const Statistics: StatisticsResolvers = {
  jurisdiction: (s) => s.args.jurisdiction,
  category: (s) => s.args.category,
  from: (s) => s.args.from,
  to: (s) => s.args.to,
  asOf: (s) => s.args.asOf,
  mostComplainedUnits: (s, { top }, ctx) => {
    if (!Number.isInteger(top) || top < 1 || top > 100) throw badUserInput('top', 'must be 1 to 100');
    return new StatisticsRepository(ctx.db).mostComplained(s.args, top);
  },
};

export const ComplainedUnit: ComplainedUnitResolvers = {
  department: (u, _, ctx) => (u.targetType === 'DEPARTMENT' ? ctx.loaders.department.load(u.targetId) : null),
  center: (u, _, ctx) => (u.targetType === 'CENTER' ? ctx.loaders.center.load(u.targetId) : null),
  partner: (u) => partnerOf(u),
};
