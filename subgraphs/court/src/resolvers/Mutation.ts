import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  receiveCourtReferral: (_, args, ctx) => ctx.repos.intake.receive(args.input),
  acceptCourtReferral: (_, args, ctx) => ctx.repos.workflow.accept(args.id),
  startCourtMediation: (_, args, ctx) => ctx.repos.workflow.startMediation(args.id),
  recordCourtMediationResult: (_, args, ctx) => ctx.repos.workflow.recordMediationResult(args.id, args.agreed, args.note),
  fileCourtCase: (_, args, ctx) => ctx.repos.workflow.fileCase(args.referralId, args.type, args.causeOfAction),
  recordCourtJudgment: (_, args, ctx) => ctx.repos.workflow.recordJudgment(args.caseId, args.note),
  revealCourtReferralPersonalData: (_, args, ctx) => ctx.repos.reveals.revealReferral(args.id, args.fields, args.purpose, ctx.requestId),
  closeCourtReferral: (_, args, ctx) => ctx.repos.workflow.close(args.id, args.note),
};
