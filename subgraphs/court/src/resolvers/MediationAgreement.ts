import type { MediationAgreementResolvers } from '../generated/graphql';

/** Legal services owns the agreement: the reference is the id itself, no database call. */
export const MediationAgreement: MediationAgreementResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  judicialConfirmation: (agreement, _, ctx) => ctx.loaders.confirmationByAgreement.load(agreement.id),
};
