import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  courtCases: (_, args, ctx) => ctx.repos.cases.list(args),
  courtReferrals: (_, args, ctx) => ctx.repos.referrals.list(args),
  courtVenues: (_, args, ctx) => ctx.repos.venues.list(args),
  courtCase: (_, args, ctx) => ctx.loaders.caseById.load(args.id),
  courtPersonalDataReveals: (_, args, ctx) => ctx.repos.revealAudit.list(args.filter ?? {}, args),
};
