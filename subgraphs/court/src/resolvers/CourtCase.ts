import { maskFreeText } from '../../../kit/pii';
import type { Context } from '../context';
import type { CourtCase as Case } from '../model';

export const CourtCase = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.caseById.load(ref.id),
  grid: (c: Case) => ({ code: c.gridCode }),
  appeal: (c: Case) => (c.appealId ? { id: c.appealId } : null),
  referral: (c: Case, _: unknown, ctx: Context) => (c.referralId ? ctx.loaders.referralById.load(c.referralId) : null),
  hearingVenue: (c: Case, _: unknown, ctx: Context) => (c.hearingVenueId ? ctx.loaders.venueById.load(c.hearingVenueId) : null),
  /** Free text about the matter: ID and mobile numbers in it are masked. */
  judgmentNote: (c: Case) => maskFreeText(c.judgmentNote),
  judicialConfirmation: (c: Case, _: unknown, ctx: Context) => (c.type === 'JUDICIAL_CONFIRMATION' ? ctx.loaders.confirmationByCase.load(c.id) : null),
};
