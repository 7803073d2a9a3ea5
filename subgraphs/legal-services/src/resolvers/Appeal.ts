import type { Context } from '../context';

/** An appeal is owned by governance: the reference is the id itself, the added fields batch by appeal id. */
export const Appeal = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  mediations: (appeal: { id: string }, _: unknown, ctx: Context) => ctx.loaders.mediationsByAppealId.load(appeal.id),
  legalAidApplications: (appeal: { id: string }, _: unknown, ctx: Context) => ctx.loaders.legalAidByAppealId.load(appeal.id),
  consultations: (appeal: { id: string }, _: unknown, ctx: Context) => ctx.loaders.consultationsByAppealId.load(appeal.id),
};
