import type { Context } from '../context';
import type { Mediator as MediatorRecord } from '../model';

export const Mediator = {
  organization: (m: MediatorRecord, _: unknown, ctx: Context) => ctx.loaders.organizationById.load(m.organizationId),
};
