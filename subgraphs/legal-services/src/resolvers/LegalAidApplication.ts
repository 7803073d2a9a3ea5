import type { Context } from '../context';
import type { LegalAidApplication as ApplicationRecord } from '../model';

export const LegalAidApplication = {
  appeal: (a: ApplicationRecord) => (a.appealId ? { id: a.appealId } : null),
  workstation: (a: ApplicationRecord, _: unknown, ctx: Context) => (a.workstationId ? ctx.loaders.workstationById.load(a.workstationId) : null),
};
