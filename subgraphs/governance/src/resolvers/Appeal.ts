import type { Context } from '../context';
import type { AppealRecord } from '../repositories/rows';

export const Appeal = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.appeal.load(ref.id),
  category: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.category.load(a.category),
  grid: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.grid.load(a.gridCode),
  region: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.region.load(a.regionCode),
  center: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.center.load(a.centerId),
  parties: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.parties.load(a.id),
  dispatches: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.dispatches.load(a.id),
  timeline: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.timeline.load(a.id),
  supervisions: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.supervisions.load(a.id),
  feedback: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.feedback.load(a.id),
};
