import { maskFreeText } from '../../../kit/pii';
import type { Context } from '../context';
import type { PetitionRecord } from '../domain/types';
import { personView, seesPetitionerIdentity } from '../personalData';

export const Petition = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.petitionById.load(ref.id),
  appeal: (p: PetitionRecord) => ({ id: p.appealId }),
  grid: (p: PetitionRecord) => ({ code: p.gridCode }),
  stages: (p: PetitionRecord, _: unknown, ctx: Context) => ctx.loaders.stagesByPetitionId.load(p.id),
  // Personal data leaves masked for every viewer (the reveal mutations give clear values, audit-logged); a
  // confidential petition's people are null for anyone but the petition center's own staff.
  petitioner: (p: PetitionRecord, _: unknown, ctx: Context) => ({ ...personView(p.petitioner, seesPetitionerIdentity(ctx.viewer, p.confidential)), representativeId: null }),
  representatives: async (p: PetitionRecord, _: unknown, ctx: Context) => {
    const visible = seesPetitionerIdentity(ctx.viewer, p.confidential);
    return (await ctx.loaders.representativesByPetitionId.load(p.id)).map((r) => ({ ...personView(r, visible), representativeId: r.id }));
  },
  // Free text written by the petitioner or to them: ID and mobile numbers in it are masked.
  title: (p: PetitionRecord, _: unknown, ctx: Context) => text(p, p.title, ctx),
  legalRoute: (p: PetitionRecord, _: unknown, ctx: Context) => text(p, p.legalRoute, ctx),
  result: (p: PetitionRecord, _: unknown, ctx: Context) => text(p, p.result, ctx),
  extension: (p: PetitionRecord, _: unknown, ctx: Context) => (p.extension ? { days: p.extension.days, reason: text(p, p.extension.reason, ctx) } : null),
};

/** Numbers and the petitioner's name in the petition's texts: masked (withheld where the identity is). */
function text(p: PetitionRecord, value: string | null, ctx: Context): string | null {
  return maskFreeText(value, [p.petitioner.name], !seesPetitionerIdentity(ctx.viewer, p.confidential));
}
