import type { PageArgs } from '../../../kit/pagination';
import type { RevealFilter } from '../../../kit/pii';
import type { Context } from '../context';
import type { MatterFilterInput } from '../filters';

interface MattersArgs {
  filter?: MatterFilterInput | null;
  first?: number | null;
  after?: string | null;
}

export const Query = {
  procuratorateMatters: (_: unknown, args: MattersArgs, ctx: Context) => ctx.repos.matters.page(args.filter, args.first, args.after),
  procuratorateMatter: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.matterById.load(args.id),
  procuratoratePersonalDataReveals: (_: unknown, args: PageArgs & { filter?: RevealFilter | null }, ctx: Context) => ctx.repos.revealAudit.list(args.filter ?? {}, args),
};
