import { maskFreeText } from '../../../kit/pii';
import type { MediationAgreementResolvers } from '../generated/graphql';
import type { Mediation as MediationRecord } from '../model';

/** Owned here; the court extends it with `judicialConfirmation`, so references go through a scoped loader. */
export const MediationAgreement: MediationAgreementResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.agreementById.load(ref.id),
  // The loader is `null` for a mediation out of scope; an agreement in scope has its mediation in scope (same region code).
  mediation: (a, _, ctx) => ctx.loaders.mediationById.load(a.mediationId) as Promise<MediationRecord>,
  appeal: (a) => ({ id: a.appealId }),
  /** The terms are about the parties and may quote their numbers. */
  termsSummary: (a) => maskFreeText(a.termsSummary),
};
