import type { AppealResolvers } from '../generated/graphql';

/** Governance owns the appeal: the reference is the id itself, no database call. */
export const Appeal: AppealResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  courtReferral: (appeal, _, ctx) => ctx.loaders.referralByAppeal.load(appeal.id),
  courtCases: (appeal, _, ctx) => ctx.loaders.casesByAppeal.load(appeal.id),
};
