import { maskFreeText } from '../../../kit/pii';
import type { LegalConsultationResolvers } from '../generated/graphql';

/** The question is the citizen's own words and the answer may quote them: both through `maskFreeText`. */
export const LegalConsultation: LegalConsultationResolvers = {
  appeal: (c) => (c.appealId ? { id: c.appealId } : null),
  workstation: (c, _, ctx) => (c.workstationId ? ctx.loaders.workstationById.load(c.workstationId) : null),
  question: (c) => maskFreeText(c.question),
  answer: (c) => maskFreeText(c.answer),
};
