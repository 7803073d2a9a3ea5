import { parsePetitionFilter } from '../domain/filter';
import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  petitions: (_, args, ctx) => ctx.repos.petitions.list(parsePetitionFilter(args.filter), args),
  petition: (_, args, ctx) => ctx.loaders.petitionById.load(args.id),
  petitionPersonalDataReveals: (_, args, ctx) => ctx.repos.revealAudit.list(args.filter ?? {}, args),
};
