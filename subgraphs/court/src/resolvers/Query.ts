import type { PageArgs } from '../../../kit/pagination';
import type { RevealFilter } from '../../../kit/pii';
import type { Context } from '../context';
import type { CaseFilterInput, ReferralFilterInput, VenueFilterInput } from '../filters';

type ListArgs<F> = PageArgs & { filter?: F | null };

export const Query = {
  courtCases: (_: unknown, args: ListArgs<CaseFilterInput>, ctx: Context) => ctx.repos.cases.list(args),
  courtReferrals: (_: unknown, args: ListArgs<ReferralFilterInput>, ctx: Context) => ctx.repos.referrals.list(args),
  courtVenues: (_: unknown, args: ListArgs<VenueFilterInput>, ctx: Context) => ctx.repos.venues.list(args),
  courtCase: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.caseById.load(args.id),
  courtPersonalDataReveals: (_: unknown, args: ListArgs<RevealFilter>, ctx: Context) => ctx.repos.revealAudit.list(args.filter ?? {}, args),
};
