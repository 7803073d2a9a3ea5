import { mayReadHealthDetails, presentParty, presentText } from '../domain/privacy';
import type { AppealResolvers } from '../generated/graphql';
import { required } from './required';

export const Appeal: AppealResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.appeal.load(ref.id),
  title: async (a, _, ctx) => presentText(ctx.viewer, a, await ctx.loaders.parties.load(a.id), a.title),
  description: async (a, _, ctx) => presentText(ctx.viewer, a, await ctx.loaders.parties.load(a.id), a.description),
  category: (a, _, ctx) => required(ctx.loaders.category.load(a.category)),
  grid: (a, _, ctx) => ctx.loaders.grid.load(a.gridCode),
  region: (a, _, ctx) => ctx.loaders.region.load(a.regionCode),
  center: (a, _, ctx) => ctx.loaders.center.load(a.centerId),
  parties: async (a, _, ctx) => (await ctx.loaders.parties.load(a.id)).map((p) => presentParty(ctx.viewer, a, p)),
  dispatches: (a, _, ctx) => ctx.loaders.dispatches.load(a.id),
  timeline: (a, _, ctx) => ctx.loaders.timeline.load(a.id),
  supervisions: (a, _, ctx) => ctx.loaders.supervisions.load(a.id),
  feedback: (a, _, ctx) => ctx.loaders.feedback.load(a.id),
  healthDetails: async (a, _, ctx) =>
    a.healthDetails !== null && mayReadHealthDetails(ctx.viewer, a, await ctx.loaders.dispatches.load(a.id)) ? a.healthDetails : null,
};
