import type { GridResolvers } from '../generated/graphql';

/** Governance owns the grid: the reference is the code itself, no database call. */
export const Grid: GridResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  courtVenues: (grid, _, ctx) => ctx.loaders.venuesByGrid.load(grid.code),
};
