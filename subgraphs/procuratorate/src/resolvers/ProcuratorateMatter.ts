import { maskFreeText } from '../../../kit/pii';
import type { Context } from '../context';
import type { ProcuratorateMatter as Matter } from '../model';
import { petitionerView } from '../pii/petitioner';

/**
 * Personal data leaves masked: the petitioner through `petitionerView` (null identity for a confidential one), and
 * the texts written by or to the petitioner through `maskFreeText` (ID and mobile numbers inside them).
 */
export const ProcuratorateMatter = {
  __resolveReference: (ref: { id: string }, _: unknown, ctx: Context) => ctx.loaders.matterById.load(ref.id),
  appeal: (matter: Matter) => ({ id: matter.appealId }),
  followUps: (matter: Matter, _: unknown, ctx: Context) => ctx.loaders.followUpsByMatterId.load(matter.id),
  petitioner: (matter: Matter, _: unknown, ctx: Context) => petitionerView(matter.petitioner, ctx.viewer),
  title: (matter: Matter) => maskFreeText(matter.title),
  description: (matter: Matter) => maskFreeText(matter.description),
  resultReply: (matter: Matter) => maskFreeText(matter.resultReply),
};
