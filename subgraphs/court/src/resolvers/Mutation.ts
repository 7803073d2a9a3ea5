import type { ReferralIntakeInput } from '../../../kit/referralIntake';
import type { Context } from '../context';
import type { CourtCaseType } from '../model';

type Id = { id: string };

export const Mutation = {
  receiveCourtReferral: (_: unknown, args: { input: ReferralIntakeInput }, ctx: Context) => ctx.repos.intake.receive(args.input),
  acceptCourtReferral: (_: unknown, args: Id, ctx: Context) => ctx.repos.workflow.accept(args.id),
  startCourtMediation: (_: unknown, args: Id, ctx: Context) => ctx.repos.workflow.startMediation(args.id),
  recordCourtMediationResult: (_: unknown, args: Id & { agreed: boolean; note?: string | null }, ctx: Context) =>
    ctx.repos.workflow.recordMediationResult(args.id, args.agreed, args.note),
  fileCourtCase: (_: unknown, args: { referralId: string; type: CourtCaseType; causeOfAction: string }, ctx: Context) =>
    ctx.repos.workflow.fileCase(args.referralId, args.type, args.causeOfAction),
  recordCourtJudgment: (_: unknown, args: { caseId: string; note?: string | null }, ctx: Context) => ctx.repos.workflow.recordJudgment(args.caseId, args.note),
  revealCourtReferralPersonalData: (_: unknown, args: Id & { fields: unknown; purpose: unknown }, ctx: Context) =>
    ctx.repos.reveals.revealReferral(args.id, args.fields, args.purpose, ctx.requestId),
  closeCourtReferral: (_: unknown, args: Id & { note?: string | null }, ctx: Context) => ctx.repos.workflow.close(args.id, args.note),
};
