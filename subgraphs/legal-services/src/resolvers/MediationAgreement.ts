import { maskFreeText } from '../../../kit/pii';
import type { Context } from '../context';
import type { MediationAgreement as AgreementRecord } from '../model';

/** Owned here; the court extends it with `judicialConfirmation`, so references go through a scoped loader. */
export const MediationAgreement = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.agreementById.load(ref.id),
  mediation: (a: AgreementRecord, _: unknown, ctx: Context) => ctx.loaders.mediationById.load(a.mediationId),
  appeal: (a: AgreementRecord) => ({ id: a.appealId }),
  /** The terms are about the parties and may quote their numbers. */
  termsSummary: (a: AgreementRecord) => maskFreeText(a.termsSummary),
};
