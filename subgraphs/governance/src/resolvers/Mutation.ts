import { notAllowed } from '../../../kit/errors';
import type { MutationResolvers } from '../generated/graphql';
import { RoutingRepository } from '../repositories/RoutingRepository';
import { extendWorkOrder, setDeadlinePolicy } from '../services/deadlines';
import { recordFeedback } from '../services/feedback';
import { submitAppeal } from '../services/intake';
import { revealAppealParty } from '../services/privacy';
import { reportPartnerProgress } from '../services/progress';
import { replySupervision, superviseWorkOrder } from '../services/supervision';
import { acceptWorkOrder, checkTargets, closeAppeal, recordProgress, redispatchAppeal, replyWorkOrder, returnWorkOrder } from '../services/workOrders';

export const Mutation: MutationResolvers = {
  submitAppeal: (_, { input }, ctx) => submitAppeal(ctx.db, ctx.viewer, input),
  acceptWorkOrder: (_, { id }, ctx) => acceptWorkOrder(ctx.db, ctx.viewer, id),
  returnWorkOrder: (_, { id, reason }, ctx) => returnWorkOrder(ctx.db, ctx.viewer, id, reason),
  recordWorkOrderProgress: (_, { id, note }, ctx) => recordProgress(ctx.db, ctx.viewer, id, note),
  replyWorkOrder: (_, { id, reply }, ctx) => replyWorkOrder(ctx.db, ctx.viewer, id, reply),
  redispatchAppeal: (_, { id, targets, note }, ctx) => redispatchAppeal(ctx.db, ctx.viewer, id, targets, note ?? ''),
  closeAppeal: (_, { id, note }, ctx) => closeAppeal(ctx.db, ctx.viewer, id, note ?? ''),
  reportPartnerProgress: (_, { input }, ctx) => reportPartnerProgress(ctx.db, ctx.viewer, input),
  setDeadlinePolicy: (_, { input }, ctx) => setDeadlinePolicy(ctx.db, ctx.viewer, input),
  extendWorkOrder: (_, { id, days, reason }, ctx) => extendWorkOrder(ctx.db, ctx.viewer, id, days, reason),
  superviseWorkOrder: (_, a, ctx) => superviseWorkOrder(ctx.db, ctx.viewer, a.id, a.kind, a.note, a.dueAt),
  replySupervision: (_, { id, reply }, ctx) => replySupervision(ctx.db, ctx.viewer, id, reply),
  recordFeedback: (_, a, ctx) => recordFeedback(ctx.db, ctx.viewer, a.appealId, a.rating, a.comment, a.via),
  revealAppealPartyPersonalData: (_, a, ctx) => revealAppealParty(ctx.db, ctx.viewer, ctx.maxPageSize, a.id, a.fields, a.purpose, ctx.requestId),
  setRoutingRule: async (_, { input }, ctx) => {
    if (ctx.viewer.role !== 'ADMIN') throw notAllowed('only administrators edit the routing catalogue');
    const version = await ctx.db.transaction(async (trx) => {
      await checkTargets(trx, input.targets);
      return new RoutingRepository(trx).replace(trx, input.jurisdiction, input.category, input.targets, ctx.viewer.sub, input.note ?? '');
    });
    return { version, rules: await new RoutingRepository(ctx.db).rules(version, { jurisdiction: input.jurisdiction }) };
  },
};
