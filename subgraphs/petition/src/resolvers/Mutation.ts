import type { ReferralIntakeInput } from '../../../kit/referralIntake';
import type { Context } from '../context';

type Id = { id: string };

export const Mutation = {
  receivePetitionReferral: (_: unknown, args: { input: ReferralIntakeInput }, ctx: Context) => ctx.repos.intake.receive(args.input),
  acceptPetition: (_: unknown, args: Id & { noticeSentOn?: string | null }, ctx: Context) => ctx.repos.workflow.accept(args.id, args.noticeSentOn),
  divertPetition: (_: unknown, args: Id & { legalRoute: string }, ctx: Context) => ctx.repos.workflow.divert(args.id, args.legalRoute),
  replyPetition: (_: unknown, args: Id & { result: string }, ctx: Context) => ctx.repos.workflow.reply(args.id, args.result),
  concludePetition: (_: unknown, args: Id, ctx: Context) => ctx.repos.workflow.conclude(args.id),
};
