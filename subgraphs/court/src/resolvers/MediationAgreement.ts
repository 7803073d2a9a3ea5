import type { Context } from '../context';

type AgreementRef = { id: string };

/** Legal services owns the agreement: the reference is the id itself, no database call. */
export const MediationAgreement = {
  __resolveReference: (ref: AgreementRef): AgreementRef => ({ id: ref.id }),
  judicialConfirmation: (agreement: AgreementRef, _: unknown, ctx: Context) => ctx.loaders.confirmationByAgreement.load(agreement.id),
};
