import type { MercuriusEntityResolvers } from './mercurius';

/** The governance-owned appeal, as far as this subgraph knows it: its id. */
export const Appeal: MercuriusEntityResolvers<'Appeal'> = {
  /** Governance owns the appeal: no lookup here, only the key. */
  __resolveReference: (ref) => ({ id: ref.id }),
  procuratorateMatters: (appeal, _, ctx) => ctx.loaders.mattersByAppealId.load(appeal.id),
};
