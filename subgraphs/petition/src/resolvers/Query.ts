import type { PageArgs } from '../../../kit/pagination';
import type { RevealFilter } from '../../../kit/pii';
import type { Context } from '../context';
import { parsePetitionFilter, type PetitionFilterInput } from '../domain/filter';

export const Query = {
  petitions: (_: unknown, args: PageArgs & { filter?: PetitionFilterInput | null }, ctx: Context) => ctx.repos.petitions.list(parsePetitionFilter(args.filter), args),
  petition: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.petitionById.load(args.id),
  petitionPersonalDataReveals: (_: unknown, args: PageArgs & { filter?: RevealFilter | null }, ctx: Context) => ctx.repos.revealAudit.list(args.filter ?? {}, args),
};
