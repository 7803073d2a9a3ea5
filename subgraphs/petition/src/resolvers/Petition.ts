import type { Context } from '../context';
import type { PetitionRecord } from '../domain/types';

export const Petition = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.petitionById.load(ref.id),
  appeal: (p: PetitionRecord) => ({ id: p.appealId }),
  grid: (p: PetitionRecord) => ({ code: p.gridCode }),
  stages: (p: PetitionRecord, _: unknown, ctx: Context) => ctx.loaders.stagesByPetitionId.load(p.id),
  representatives: (p: PetitionRecord, _: unknown, ctx: Context) => ctx.loaders.representativesByPetitionId.load(p.id),
};
