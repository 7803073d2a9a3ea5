import type { Context } from '../context';
import type { ProcuratorateMatter as Matter } from '../model';

export const ProcuratorateMatter = {
  __resolveReference: (ref: { id: string }, _: unknown, ctx: Context) => ctx.loaders.matterById.load(ref.id),
  appeal: (matter: Matter) => ({ id: matter.appealId }),
  followUps: (matter: Matter, _: unknown, ctx: Context) => ctx.loaders.followUpsByMatterId.load(matter.id),
};
