import type { Context } from '../context';

type AppealRef = { id: string };

/** Governance owns the appeal: the reference is the id itself, no database call. */
export const Appeal = {
  __resolveReference: (ref: AppealRef): AppealRef => ({ id: ref.id }),
  courtReferral: (appeal: AppealRef, _: unknown, ctx: Context) => ctx.loaders.referralByAppeal.load(appeal.id),
  courtCases: (appeal: AppealRef, _: unknown, ctx: Context) => ctx.loaders.casesByAppeal.load(appeal.id),
};
