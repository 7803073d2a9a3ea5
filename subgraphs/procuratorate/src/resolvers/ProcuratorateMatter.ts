import { maskFreeText } from '../../../kit/pii';
import type { Context } from '../context';
import type { ProcuratorateMatter as Matter } from '../model';
import { maySeeIdentity, petitionerView } from '../pii/petitioner';
import type { MercuriusEntityResolvers } from './mercurius';

/**
 * Personal data leaves masked: the petitioner through `petitionerView` (null identity for a confidential one), and
 * the texts written by or to the petitioner through `maskFreeText` (ID and mobile numbers inside them).
 */
export const ProcuratorateMatter: MercuriusEntityResolvers<'ProcuratorateMatter'> = {
  /** mercurius' signature `(reference, args, context)`: see `MercuriusReferenceResolver`. */
  __resolveReference: (ref, _, ctx) => ctx.loaders.matterById.load(ref.id),
  appeal: (matter) => ({ id: matter.appealId }),
  followUps: (matter, _, ctx) => ctx.loaders.followUpsByMatterId.load(matter.id),
  petitioner: (matter, _, ctx) => petitionerView(matter.petitioner, ctx.viewer),
  title: (matter, _, ctx) => text(matter, matter.title, ctx),
  description: (matter, _, ctx) => text(matter, matter.description, ctx),
  resultReply: (matter, _, ctx) => text(matter, matter.resultReply, ctx),
};

/** Numbers and the petitioner's name in the matter's texts: masked (withheld where the identity is); null stays null. */
function text(matter: Matter, value: string, ctx: Context): string;
function text(matter: Matter, value: string | null, ctx: Context): string | null;
function text(matter: Matter, value: string | null, ctx: Context): string | null {
  return maskFreeText(value, [matter.petitioner.name], !maySeeIdentity(matter.petitioner, ctx.viewer));
}
