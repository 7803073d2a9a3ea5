import { checkRevealRequest } from '../../../kit/pii';
import type { MutationResolvers } from '../generated/graphql';

/** Root mutations: each one delegates to a repository that checks the viewer, the scope and the lifecycle. */
export const Mutation: MutationResolvers = {
  receiveProcuratorateReferral: (_, args, ctx) => ctx.repos.intake.receive(args.input),
  acceptProcuratorateMatter: (_, args, ctx) => ctx.repos.workflow.accept(args.id),
  replyProcuratorateMatter: (_, args, ctx) => ctx.repos.workflow.reply(args.id, args.reply),
  closeProcuratorateMatter: (_, args, ctx) => ctx.repos.workflow.close(args.id),
  revealProcuratoratePetitionerPersonalData: (_, args, ctx) =>
    ctx.repos.petitionerReveals.reveal(args.id, checkRevealRequest(ctx.viewer, args.fields, args.purpose), ctx.requestId),
};
