import { maskFreeText } from '../../../kit/pii';
import type { Context } from '../context';
import type { LegalConsultation as ConsultationRecord } from '../model';

/** The question is the citizen's own words and the answer may quote them: both through `maskFreeText`. */
export const LegalConsultation = {
  appeal: (c: ConsultationRecord) => (c.appealId ? { id: c.appealId } : null),
  workstation: (c: ConsultationRecord, _: unknown, ctx: Context) => (c.workstationId ? ctx.loaders.workstationById.load(c.workstationId) : null),
  question: (c: ConsultationRecord) => maskFreeText(c.question),
  answer: (c: ConsultationRecord) => maskFreeText(c.answer),
};
