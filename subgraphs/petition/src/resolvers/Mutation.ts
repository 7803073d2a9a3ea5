import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  receivePetitionReferral: (_, args, ctx) => ctx.repos.intake.receive(args.input),
  acceptPetition: (_, args, ctx) => ctx.repos.workflow.accept(args.id, args.noticeSentOn),
  divertPetition: (_, args, ctx) => ctx.repos.workflow.divert(args.id, args.legalRoute),
  replyPetition: (_, args, ctx) => ctx.repos.workflow.reply(args.id, args.result),
  revealPetitionerPersonalData: (_, args, ctx) => ctx.repos.reveals.revealPetitioner(args.id, args.fields, args.purpose, ctx.requestId),
  revealPetitionRepresentativePersonalData: (_, args, ctx) => ctx.repos.reveals.revealRepresentative(args.id, args.fields, args.purpose, ctx.requestId),
  concludePetition: (_, args, ctx) => ctx.repos.workflow.conclude(args.id),
};
