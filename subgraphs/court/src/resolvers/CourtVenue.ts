import type { Context } from '../context';
import type { CourtVenue as Venue } from '../model';

export const CourtVenue = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.venueById.load(ref.id),
  grid: (venue: Venue) => ({ code: venue.gridCode }),
};
