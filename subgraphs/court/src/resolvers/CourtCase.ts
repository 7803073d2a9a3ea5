import { maskFreeText } from '../../../kit/pii';
import type { CourtCaseResolvers } from '../generated/graphql';

export const CourtCase: CourtCaseResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.caseById.load(ref.id),
  grid: (c) => ({ code: c.gridCode }),
  appeal: (c) => (c.appealId ? { id: c.appealId } : null),
  referral: (c, _, ctx) => (c.referralId ? ctx.loaders.referralById.load(c.referralId) : null),
  hearingVenue: (c, _, ctx) => (c.hearingVenueId ? ctx.loaders.venueById.load(c.hearingVenueId) : null),
  /** Free text about the matter: ID and mobile numbers in it are masked. */
  judgmentNote: (c) => maskFreeText(c.judgmentNote),
  judicialConfirmation: (c, _, ctx) => (c.type === 'JUDICIAL_CONFIRMATION' ? ctx.loaders.confirmationByCase.load(c.id) : null),
};
