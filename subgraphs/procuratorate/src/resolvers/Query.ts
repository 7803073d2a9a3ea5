import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  procuratorateMatters: (_, args, ctx) => ctx.repos.matters.page(args.filter, args.first, args.after),
  procuratorateMatter: (_, args, ctx) => ctx.loaders.matterById.load(args.id),
  procuratoratePersonalDataReveals: (_, args, ctx) => ctx.repos.revealAudit.list(args.filter ?? {}, args),
};
