import type { Context } from '../context';
import type { LegalConsultation as ConsultationRecord } from '../model';

export const LegalConsultation = {
  appeal: (c: ConsultationRecord) => (c.appealId ? { id: c.appealId } : null),
  workstation: (c: ConsultationRecord, _: unknown, ctx: Context) => (c.workstationId ? ctx.loaders.workstationById.load(c.workstationId) : null),
};
