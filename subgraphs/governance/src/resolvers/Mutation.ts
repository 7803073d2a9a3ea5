import { notAllowed } from '../../../kit/errors';
import type { Context } from '../context';
import type { RouteTarget } from '../domain/routing';
import type { SubmitAppealInput } from '../domain/validation';
import { RoutingRepository } from '../repositories/RoutingRepository';
import { reportPartnerProgress, type PartnerProgressInput } from '../services/progress';
import { submitAppeal } from '../services/intake';
import { acceptWorkOrder, closeAppeal, recordProgress, redispatchAppeal, replyWorkOrder, returnWorkOrder } from '../services/workOrders';
import { checkTargets } from '../services/workOrders';

type Id = { id: string };

export const Mutation = {
  submitAppeal: (_: unknown, { input }: { input: SubmitAppealInput }, ctx: Context) => submitAppeal(ctx.db, ctx.viewer, input),
  acceptWorkOrder: (_: unknown, { id }: Id, ctx: Context) => acceptWorkOrder(ctx.db, ctx.viewer, id),
  returnWorkOrder: (_: unknown, { id, reason }: Id & { reason: string }, ctx: Context) => returnWorkOrder(ctx.db, ctx.viewer, id, reason),
  recordWorkOrderProgress: (_: unknown, { id, note }: Id & { note: string }, ctx: Context) => recordProgress(ctx.db, ctx.viewer, id, note),
  replyWorkOrder: (_: unknown, { id, reply }: Id & { reply: string }, ctx: Context) => replyWorkOrder(ctx.db, ctx.viewer, id, reply),
  redispatchAppeal: (_: unknown, { id, targets, note }: Id & { targets: RouteTarget[]; note?: string }, ctx: Context) => redispatchAppeal(ctx.db, ctx.viewer, id, targets, note ?? ''),
  closeAppeal: (_: unknown, { id, note }: Id & { note?: string }, ctx: Context) => closeAppeal(ctx.db, ctx.viewer, id, note ?? ''),
  reportPartnerProgress: (_: unknown, { input }: { input: PartnerProgressInput }, ctx: Context) => reportPartnerProgress(ctx.db, ctx.viewer, input),
  setRoutingRule: async (_: unknown, { input }: { input: { jurisdiction: string; category: string; targets: RouteTarget[]; note?: string } }, ctx: Context) => {
    if (ctx.viewer.role !== 'ADMIN') throw notAllowed('only administrators edit the routing catalogue');
    const version = await ctx.db.transaction(async (trx) => {
      await checkTargets(trx, input.targets);
      return new RoutingRepository(trx).replace(trx, input.jurisdiction, input.category, input.targets, ctx.viewer.sub, input.note ?? '');
    });
    return { version, rules: await new RoutingRepository(ctx.db).rules(version, { jurisdiction: input.jurisdiction }) };
  },
};
