import type { ReferralIntakeInput } from '../../../kit/referralIntake';
import type { Context } from '../context';

type Id = { id: string };
type RevealArgs = Id & { fields: unknown; purpose: unknown };

export const Mutation = {
  receivePetitionReferral: (_: unknown, args: { input: ReferralIntakeInput }, ctx: Context) => ctx.repos.intake.receive(args.input),
  acceptPetition: (_: unknown, args: Id & { noticeSentOn?: string | null }, ctx: Context) => ctx.repos.workflow.accept(args.id, args.noticeSentOn),
  divertPetition: (_: unknown, args: Id & { legalRoute: string }, ctx: Context) => ctx.repos.workflow.divert(args.id, args.legalRoute),
  replyPetition: (_: unknown, args: Id & { result: string }, ctx: Context) => ctx.repos.workflow.reply(args.id, args.result),
  revealPetitionerPersonalData: (_: unknown, args: RevealArgs, ctx: Context) => ctx.repos.reveals.revealPetitioner(args.id, args.fields, args.purpose, ctx.requestId),
  revealPetitionRepresentativePersonalData: (_: unknown, args: RevealArgs, ctx: Context) =>
    ctx.repos.reveals.revealRepresentative(args.id, args.fields, args.purpose, ctx.requestId),
  concludePetition: (_: unknown, args: Id, ctx: Context) => ctx.repos.workflow.conclude(args.id),
};
