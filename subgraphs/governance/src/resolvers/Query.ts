import type { Context } from '../context';
import type { AppealFilter } from '../repositories/AppealRepository';
import type { PageArgs } from '../../../kit/pagination';
import { badUserInput, notAllowed } from '../../../kit/errors';
import { classify } from '../domain/classification';
import { route } from '../domain/routing';
import { RoutingRepository } from '../repositories/RoutingRepository';
import { DeadlineRepository } from '../repositories/DeadlineRepository';
import { checkJurisdiction } from '../repositories/AppealRepository';
import { statistics, type StatisticsInput } from '../services/statistics';
import { coversPrefix } from '../../../kit/viewer';
import type { RevealFilter } from '../../../kit/pii';

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
  workOrders: (_: unknown, { status, ...page }: Args<{ status?: string }>, ctx: Context) => ctx.repos.workOrders.list(status, page),
  supervisions: (_: unknown, { status, ...page }: Args<{ status?: string }>, ctx: Context) => ctx.repos.supervisions.list(status, page),
  personalDataReveals: (_: unknown, { filter, ...page }: Args<{ filter?: RevealFilter | null }>, ctx: Context) => ctx.repos.reveals.list(filter ?? {}, page),
  statistics: (_: unknown, args: StatisticsInput, ctx: Context) => statistics(ctx.db, ctx.viewer, args),
  followUpsDue: async (_: unknown, { jurisdiction, ...page }: Args<{ jurisdiction?: string | null }>, ctx: Context) => {
    if (!['ADMIN', 'CENTER_STAFF'].includes(ctx.viewer.role)) throw notAllowed('follow-ups are for center staff');
    if (jurisdiction && (checkJurisdiction(jurisdiction, 'jurisdiction'), ctx.viewer.role !== 'ADMIN' && !coversPrefix(ctx.viewer, jurisdiction))) throw notAllowed('that jurisdiction is outside yours');
    const res = await ctx.repos.feedback.followUpsDue(new Date().toISOString(), jurisdiction, page);
    const wrap = (a: (typeof res.nodes)[number]) => ({ appeal: a, dueAt: a.followUpDueAt });
    return { nodes: res.nodes.map(wrap), edges: res.edges.map((e) => ({ cursor: e.cursor, node: wrap(e.node) })), pageInfo: res.pageInfo };
  },
  deadlinePolicies: (_: unknown, __: unknown, ctx: Context) => {
    if (!['ADMIN', 'CENTER_STAFF', 'DEPARTMENT_STAFF', 'AGENCY_STAFF', 'AUDITOR'].includes(ctx.viewer.role)) throw notAllowed('the deadline policy table is for staff');
    return new DeadlineRepository(ctx.db).policies();
  },
  routingCatalogue: async (_: unknown, args: { version?: number; jurisdiction?: string; category?: string }, ctx: Context) => {
    if (!['ADMIN', 'CENTER_STAFF'].includes(ctx.viewer.role)) throw notAllowed('the routing catalogue is for center staff and administrators');
    const repo = new RoutingRepository(ctx.db);
    const version = args.version ?? (await repo.currentVersion());
    return { version, rules: await repo.rules(version, { jurisdiction: args.jurisdiction, category: args.category }) };
  },
  routePreview: async (_: unknown, { gridCode, category }: { gridCode: string; category: string }, ctx: Context) => {
    if (!['ADMIN', 'CENTER_STAFF'].includes(ctx.viewer.role)) throw notAllowed('routing previews are for center staff and administrators');
    const grid = await ctx.loaders.grid.load(gridCode);
    if (!grid) throw badUserInput('gridCode', `no grid ${gridCode}`);
    const cls = classify({ title: '', description: '', category });
    return route(await new RoutingRepository(ctx.db).candidates(grid.regionCode, category), grid.regionCode, category, cls.litigationPartner).targets;
  },
};
