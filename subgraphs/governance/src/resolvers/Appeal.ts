import type { Context } from '../context';
import { mayReadHealthDetails, presentParty, presentText } from '../domain/privacy';
import type { AppealRecord } from '../repositories/rows';

export const Appeal = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.appeal.load(ref.id),
  title: async (a: AppealRecord, _: unknown, ctx: Context) => presentText(ctx.viewer, a, await ctx.loaders.parties.load(a.id), a.title),
  description: async (a: AppealRecord, _: unknown, ctx: Context) => presentText(ctx.viewer, a, await ctx.loaders.parties.load(a.id), a.description),
  category: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.category.load(a.category),
  grid: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.grid.load(a.gridCode),
  region: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.region.load(a.regionCode),
  center: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.center.load(a.centerId),
  parties: async (a: AppealRecord, _: unknown, ctx: Context) => (await ctx.loaders.parties.load(a.id)).map((p) => presentParty(ctx.viewer, a, p)),
  dispatches: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.dispatches.load(a.id),
  timeline: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.timeline.load(a.id),
  supervisions: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.supervisions.load(a.id),
  feedback: (a: AppealRecord, _: unknown, ctx: Context) => ctx.loaders.feedback.load(a.id),
  healthDetails: async (a: AppealRecord, _: unknown, ctx: Context) =>
    a.healthDetails !== null && mayReadHealthDetails(ctx.viewer, a, await ctx.loaders.dispatches.load(a.id)) ? a.healthDetails : null,
};
