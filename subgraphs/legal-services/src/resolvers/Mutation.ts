import { checkRevealRequest } from '../../../kit/pii';
import type { MutationResolvers } from '../generated/graphql';

/** Root mutations: each one delegates to a repository that checks the viewer, the scope and the lifecycle. */
export const Mutation: MutationResolvers = {
  receiveLegalServicesReferral: (_, args, ctx) => ctx.repos.intake.receive(args.input),
  acceptMediation: (_, args, ctx) => ctx.repos.workflow.accept(args.id),
  startMediation: (_, args, ctx) => ctx.repos.workflow.start(args.id, args.mediatorId),
  recordMediationAgreement: (_, args, ctx) => ctx.repos.workflow.recordAgreement(args.id, args.terms, args.amount),
  recordMediationFailure: (_, args, ctx) => ctx.repos.workflow.recordFailure(args.id, args.legalRoutesTold, args.escalate),
  closeMediation: (_, args, ctx) => ctx.repos.workflow.close(args.id),
  revealMediationPersonalData: (_, args, ctx) =>
    ctx.repos.reveals.revealMediationApplicant(args.id, checkRevealRequest(ctx.viewer, args.fields, args.purpose), ctx.requestId),
  revealLegalAidApplicantPersonalData: (_, args, ctx) =>
    ctx.repos.reveals.revealLegalAidApplicant(args.id, checkRevealRequest(ctx.viewer, args.fields, args.purpose), ctx.requestId),
};
