import type { JudicialConfirmationResolvers } from '../generated/graphql';

export const JudicialConfirmation: JudicialConfirmationResolvers = {
  agreement: (j) => ({ id: j.agreementId }),
  appeal: (j) => ({ id: j.appealId }),
  courtCase: (j, _, ctx) => ctx.loaders.caseById.load(j.courtCaseId),
};
