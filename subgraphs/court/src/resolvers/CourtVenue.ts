import type { Context } from '../context';
import type { CourtVenue as Venue } from '../model';

/** A venue's name and address are the court's own, public information, not a citizen's personal data: served clear. */
export const CourtVenue = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.venueById.load(ref.id),
  grid: (venue: Venue) => ({ code: venue.gridCode }),
};
