import { notAllowed } from '../../../kit/errors';
import type { Context } from '../context';
import type { RouteTarget } from '../domain/routing';
import type { SubmitAppealInput } from '../domain/validation';
import { RoutingRepository } from '../repositories/RoutingRepository';
import { reportPartnerProgress, type PartnerProgressInput } from '../services/progress';
import { submitAppeal } from '../services/intake';
import { acceptWorkOrder, closeAppeal, recordProgress, redispatchAppeal, replyWorkOrder, returnWorkOrder } from '../services/workOrders';
import { checkTargets } from '../services/workOrders';
import { extendWorkOrder, setDeadlinePolicy, type DeadlinePolicyInput } from '../services/deadlines';
import { replySupervision, superviseWorkOrder } from '../services/supervision';
import type { SupervisionKind } from '../domain/supervision';
import { recordFeedback } from '../services/feedback';
import { revealAppealParty } from '../services/privacy';
import type { FeedbackVia, Rating } from '../domain/feedback';

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
  setDeadlinePolicy: (_: unknown, { input }: { input: DeadlinePolicyInput }, ctx: Context) => setDeadlinePolicy(ctx.db, ctx.viewer, input),
  extendWorkOrder: (_: unknown, { id, days, reason }: Id & { days: number; reason: string }, ctx: Context) => extendWorkOrder(ctx.db, ctx.viewer, id, days, reason),
  superviseWorkOrder: (_: unknown, a: Id & { kind: SupervisionKind; note: string; dueAt?: string | null }, ctx: Context) => superviseWorkOrder(ctx.db, ctx.viewer, a.id, a.kind, a.note, a.dueAt),
  replySupervision: (_: unknown, { id, reply }: Id & { reply: string }, ctx: Context) => replySupervision(ctx.db, ctx.viewer, id, reply),
  recordFeedback: (_: unknown, a: { appealId: string; rating: Rating; comment?: string | null; via: FeedbackVia }, ctx: Context) => recordFeedback(ctx.db, ctx.viewer, a.appealId, a.rating, a.comment, a.via),
  revealAppealPartyPersonalData: (_: unknown, a: Id & { fields: unknown; purpose: unknown }, ctx: Context) =>
    revealAppealParty(ctx.db, ctx.viewer, ctx.maxPageSize, a.id, a.fields, a.purpose, ctx.requestId),
  setRoutingRule: async (_: unknown, { input }: { input: { jurisdiction: string; category: string; targets: RouteTarget[]; note?: string } }, ctx: Context) => {
    if (ctx.viewer.role !== 'ADMIN') throw notAllowed('only administrators edit the routing catalogue');
    const version = await ctx.db.transaction(async (trx) => {
      await checkTargets(trx, input.targets);
      return new RoutingRepository(trx).replace(trx, input.jurisdiction, input.category, input.targets, ctx.viewer.sub, input.note ?? '');
    });
    return { version, rules: await new RoutingRepository(ctx.db).rules(version, { jurisdiction: input.jurisdiction }) };
  },
};
