import type { Context } from '../context';
import type { AppealFilter } from '../repositories/AppealRepository';
import type { PageArgs } from '../../../kit/pagination';

type Args<T = object> = T & PageArgs;

export const Query = {
  appeal: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.appeal.load(id),
  appeals: (_: unknown, { filter, ...page }: Args<{ filter?: AppealFilter }>, ctx: Context) => ctx.repos.appeals.list(filter ?? {}, page),
  grid: (_: unknown, { code }: { code: string }, ctx: Context) => ctx.loaders.grid.load(code),
  grids: (_: unknown, { jurisdiction, type, ...page }: Args<{ jurisdiction: string; type?: string }>, ctx: Context) => ctx.repos.directory.grids(jurisdiction, type, page),
  region: (_: unknown, { code }: { code: string }, ctx: Context) => ctx.loaders.region.load(code),
  centers: (_: unknown, { jurisdiction, level, ...page }: Args<{ jurisdiction?: string; level?: string }>, ctx: Context) => ctx.repos.directory.centers(jurisdiction, level, page),
  departments: (_: unknown, { jurisdiction, ...page }: Args<{ jurisdiction?: string }>, ctx: Context) => ctx.repos.directory.departments(jurisdiction, page),
  categories: (_: unknown, __: unknown, ctx: Context) => ctx.repos.directory.categories(),
};
