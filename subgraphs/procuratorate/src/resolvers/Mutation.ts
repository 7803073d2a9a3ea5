import { checkRevealRequest } from '../../../kit/pii';
import type { ReferralIntakeInput } from '../../../kit/referralIntake';
import type { Context } from '../context';

type Id = { id: string };
type RevealArgs = Id & { fields: unknown; purpose: unknown };

/** Root mutations: each one delegates to a repository that checks the viewer, the scope and the lifecycle. */
export const Mutation = {
  receiveProcuratorateReferral: (_: unknown, args: { input: ReferralIntakeInput }, ctx: Context) => ctx.repos.intake.receive(args.input),
  acceptProcuratorateMatter: (_: unknown, args: Id, ctx: Context) => ctx.repos.workflow.accept(args.id),
  replyProcuratorateMatter: (_: unknown, args: Id & { reply: string }, ctx: Context) => ctx.repos.workflow.reply(args.id, args.reply),
  closeProcuratorateMatter: (_: unknown, args: Id, ctx: Context) => ctx.repos.workflow.close(args.id),
  revealProcuratoratePetitionerPersonalData: (_: unknown, args: RevealArgs, ctx: Context) =>
    ctx.repos.petitionerReveals.reveal(args.id, checkRevealRequest(ctx.viewer, args.fields, args.purpose), ctx.requestId),
};
