import type { AppealResolvers } from '../generated/graphql';

/** Governance owns the appeal: the reference is all we need, the added field goes through a loader. */
export const Appeal: AppealResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  petition: (appeal, _, ctx) => ctx.loaders.petitionByAppealId.load(appeal.id),
};
