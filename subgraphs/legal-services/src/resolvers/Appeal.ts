import type { AppealResolvers } from '../generated/graphql';

/** An appeal is owned by governance: the reference is the id itself, the added fields batch by appeal id. */
export const Appeal: AppealResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  mediations: (appeal, _, ctx) => ctx.loaders.mediationsByAppealId.load(appeal.id),
  legalAidApplications: (appeal, _, ctx) => ctx.loaders.legalAidByAppealId.load(appeal.id),
  consultations: (appeal, _, ctx) => ctx.loaders.consultationsByAppealId.load(appeal.id),
};
