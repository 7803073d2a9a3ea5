import type { Context } from '../context';
import type { JudicialConfirmation as Confirmation } from '../model';

export const JudicialConfirmation = {
  agreement: (j: Confirmation) => ({ id: j.agreementId }),
  appeal: (j: Confirmation) => ({ id: j.appealId }),
  courtCase: (j: Confirmation, _: unknown, ctx: Context) => ctx.loaders.caseById.load(j.courtCaseId),
};
