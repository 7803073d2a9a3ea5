import { maskFreeText } from '../../../kit/pii';
import type { Context } from '../context';
import type { ProcuratorateMatter as Matter } from '../model';
import { maySeeIdentity, petitionerView } from '../pii/petitioner';

/**
 * Personal data leaves masked: the petitioner through `petitionerView` (null identity for a confidential one), and
 * the texts written by or to the petitioner through `maskFreeText` (ID and mobile numbers inside them).
 */
export const ProcuratorateMatter = {
  __resolveReference: (ref: { id: string }, _: unknown, ctx: Context) => ctx.loaders.matterById.load(ref.id),
  appeal: (matter: Matter) => ({ id: matter.appealId }),
  followUps: (matter: Matter, _: unknown, ctx: Context) => ctx.loaders.followUpsByMatterId.load(matter.id),
  petitioner: (matter: Matter, _: unknown, ctx: Context) => petitionerView(matter.petitioner, ctx.viewer),
  title: (matter: Matter, _: unknown, ctx: Context) => text(matter, matter.title, ctx),
  description: (matter: Matter, _: unknown, ctx: Context) => text(matter, matter.description, ctx),
  resultReply: (matter: Matter, _: unknown, ctx: Context) => text(matter, matter.resultReply, ctx),
};

/** Numbers and the petitioner's name in the matter's texts: masked (withheld where the identity is). */
function text(matter: Matter, value: string | null, ctx: Context): string | null {
  return maskFreeText(value, [matter.petitioner.name], !maySeeIdentity(matter.petitioner, ctx.viewer));
}
