import type { Context } from '../context';

/** The governance-owned appeal, as far as this subgraph knows it: its id. */
export interface AppealRef {
  id: string;
}

export const Appeal = {
  /** Governance owns the appeal: no lookup here, only the key. */
  __resolveReference: (ref: AppealRef) => ({ id: ref.id }),
  procuratorateMatters: (appeal: AppealRef, _: unknown, ctx: Context) => ctx.loaders.mattersByAppealId.load(appeal.id),
};
