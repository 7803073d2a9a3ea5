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
  title: (p: PetitionRecord) => maskFreeText(p.title),
  legalRoute: (p: PetitionRecord) => maskFreeText(p.legalRoute),
  result: (p: PetitionRecord) => maskFreeText(p.result),
  extension: (p: PetitionRecord) => (p.extension ? { days: p.extension.days, reason: maskFreeText(p.extension.reason) } : null),
};
