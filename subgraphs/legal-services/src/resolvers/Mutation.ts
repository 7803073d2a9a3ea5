import { checkRevealRequest } from '../../../kit/pii';
import type { ReferralIntakeInput } from '../../../kit/referralIntake';
import type { Context } from '../context';

type Id = { id: string };
type RevealArgs = Id & { fields: unknown; purpose: unknown };

/** Root mutations: each one delegates to a repository that checks the viewer, the scope and the lifecycle. */
export const Mutation = {
  receiveLegalServicesReferral: (_: unknown, args: { input: ReferralIntakeInput }, ctx: Context) => ctx.repos.intake.receive(args.input),
  acceptMediation: (_: unknown, args: Id, ctx: Context) => ctx.repos.workflow.accept(args.id),
  startMediation: (_: unknown, args: Id & { mediatorId?: string | null }, ctx: Context) => ctx.repos.workflow.start(args.id, args.mediatorId),
  recordMediationAgreement: (_: unknown, args: Id & { terms: string; amount?: string | null }, ctx: Context) => ctx.repos.workflow.recordAgreement(args.id, args.terms, args.amount),
  recordMediationFailure: (_: unknown, args: Id & { legalRoutesTold: string; escalate: boolean }, ctx: Context) => ctx.repos.workflow.recordFailure(args.id, args.legalRoutesTold, args.escalate),
  closeMediation: (_: unknown, args: Id, ctx: Context) => ctx.repos.workflow.close(args.id),
  revealMediationPersonalData: (_: unknown, args: RevealArgs, ctx: Context) =>
    ctx.repos.reveals.revealMediationApplicant(args.id, checkRevealRequest(ctx.viewer, args.fields, args.purpose), ctx.requestId),
  revealLegalAidApplicantPersonalData: (_: unknown, args: RevealArgs, ctx: Context) =>
    ctx.repos.reveals.revealLegalAidApplicant(args.id, checkRevealRequest(ctx.viewer, args.fields, args.purpose), ctx.requestId),
};
