import type { CourtVenueResolvers } from '../generated/graphql';

/** A venue's name and address are the court's own, public information, not a citizen's personal data: served clear. */
export const CourtVenue: CourtVenueResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.venueById.load(ref.id),
  grid: (venue) => ({ code: venue.gridCode }),
};
