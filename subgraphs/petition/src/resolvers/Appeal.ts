import type { Context } from '../context';

/** Governance owns the appeal: the reference is all we need, the added field goes through a loader. */
export const Appeal = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  petition: (appeal: { id: string }, _: unknown, ctx: Context) => ctx.loaders.petitionByAppealId.load(appeal.id),
};
