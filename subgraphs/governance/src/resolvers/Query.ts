import { badUserInput, notAllowed } from '../../../kit/errors';
import { coversPrefix } from '../../../kit/viewer';
import { classify } from '../domain/classification';
import { route } from '../domain/routing';
import type { QueryResolvers } from '../generated/graphql';
import { checkJurisdiction } from '../repositories/AppealRepository';
import { DeadlineRepository } from '../repositories/DeadlineRepository';
import { RoutingRepository } from '../repositories/RoutingRepository';
import { statistics } from '../services/statistics';

export const Query: QueryResolvers = {
  appeal: (_, { id }, ctx) => ctx.loaders.appeal.load(id),
  appeals: (_, { filter, ...page }, ctx) => ctx.repos.appeals.list(filter ?? {}, page),
  grid: (_, { code }, ctx) => ctx.loaders.grid.load(code),
  grids: (_, { jurisdiction, type, ...page }, ctx) => ctx.repos.directory.grids(jurisdiction, type, page),
  region: (_, { code }, ctx) => ctx.loaders.region.load(code),
  centers: (_, { jurisdiction, level, ...page }, ctx) => ctx.repos.directory.centers(jurisdiction, level, page),
  departments: (_, { jurisdiction, ...page }, ctx) => ctx.repos.directory.departments(jurisdiction, page),
  categories: (_, __, ctx) => ctx.repos.directory.categories(),
  workOrders: (_, { status, ...page }, ctx) => ctx.repos.workOrders.list(status, page),
  supervisions: (_, { status, ...page }, ctx) => ctx.repos.supervisions.list(status, page),
  personalDataReveals: (_, { filter, ...page }, ctx) => ctx.repos.reveals.list(filter ?? {}, page),
  statistics: (_, args, ctx) => statistics(ctx.db, ctx.viewer, args),
  followUpsDue: async (_, { jurisdiction, ...page }, ctx) => {
    if (!['ADMIN', 'CENTER_STAFF'].includes(ctx.viewer.role)) throw notAllowed('follow-ups are for center staff');
    if (jurisdiction && (checkJurisdiction(jurisdiction, 'jurisdiction'), ctx.viewer.role !== 'ADMIN' && !coversPrefix(ctx.viewer, jurisdiction))) throw notAllowed('that jurisdiction is outside yours');
    const res = await ctx.repos.feedback.followUpsDue(new Date().toISOString(), jurisdiction, page);
    const wrap = (a: (typeof res.nodes)[number]) => ({ appeal: a, dueAt: a.followUpDueAt });
    return { nodes: res.nodes.map(wrap), edges: res.edges.map((e) => ({ cursor: e.cursor, node: wrap(e.node) })), pageInfo: res.pageInfo };
  },
  deadlinePolicies: (_, __, ctx) => {
    if (!['ADMIN', 'CENTER_STAFF', 'DEPARTMENT_STAFF', 'AGENCY_STAFF', 'AUDITOR'].includes(ctx.viewer.role)) throw notAllowed('the deadline policy table is for staff');
    return new DeadlineRepository(ctx.db).policies();
  },
  routingCatalogue: async (_, args, ctx) => {
    if (!['ADMIN', 'CENTER_STAFF'].includes(ctx.viewer.role)) throw notAllowed('the routing catalogue is for center staff and administrators');
    const repo = new RoutingRepository(ctx.db);
    const version = args.version ?? (await repo.currentVersion());
    return { version, rules: await repo.rules(version, { jurisdiction: args.jurisdiction ?? undefined, category: args.category ?? undefined }) };
  },
  routePreview: async (_, { gridCode, category }, ctx) => {
    if (!['ADMIN', 'CENTER_STAFF'].includes(ctx.viewer.role)) throw notAllowed('routing previews are for center staff and administrators');
    const grid = await ctx.loaders.grid.load(gridCode);
    if (!grid) throw badUserInput('gridCode', `no grid ${gridCode}`);
    const cls = classify({ title: '', description: '', category });
    return route(await new RoutingRepository(ctx.db).candidates(grid.regionCode, category), grid.regionCode, category, cls.litigationPartner).targets;
  },
};
