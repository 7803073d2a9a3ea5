import { maskFreeText } from '../../../kit/pii';
import type { Context } from '../context';
import type { PetitionRecord } from '../domain/types';
import type { PetitionResolvers } from '../generated/graphql';
import { personView, seesPetitionerIdentity } from '../personalData';

export const Petition: PetitionResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.petitionById.load(ref.id),
  appeal: (p) => ({ id: p.appealId }),
  grid: (p) => ({ code: p.gridCode }),
  stages: (p, _, ctx) => ctx.loaders.stagesByPetitionId.load(p.id),
  // Personal data leaves masked for every viewer (the reveal mutations give clear values, audit-logged); a
  // confidential petition's people are null for anyone but the petition center's own staff.
  petitioner: (p, _, ctx) => ({ ...personView(p.petitioner, seesPetitionerIdentity(ctx.viewer, p.confidential)), representativeId: null }),
  representatives: async (p, _, ctx) => {
    const visible = seesPetitionerIdentity(ctx.viewer, p.confidential);
    return (await ctx.loaders.representativesByPetitionId.load(p.id)).map((r) => ({ ...personView(r, visible), representativeId: r.id }));
  },
  // Free text written by the petitioner or to them: ID and mobile numbers in it are masked.
  title: (p, _, ctx) => text(p, p.title, ctx),
  legalRoute: (p, _, ctx) => text(p, p.legalRoute, ctx),
  result: (p, _, ctx) => text(p, p.result, ctx),
  extension: (p, _, ctx) => (p.extension ? { days: p.extension.days, reason: text(p, p.extension.reason, ctx) } : null),
};

/**
 * Numbers and the petitioner's name in the petition's texts: masked (withheld where the identity is). maskFreeText
 * gives null only for a null value, so a non-null text (`title`, an extension's `reason`) stays non-null.
 */
function text(p: PetitionRecord, value: string, ctx: Context): string;
function text(p: PetitionRecord, value: string | null, ctx: Context): string | null;
function text(p: PetitionRecord, value: string | null, ctx: Context): string | null {
  return maskFreeText(value, [p.petitioner.name], !seesPetitionerIdentity(ctx.viewer, p.confidential));
}
