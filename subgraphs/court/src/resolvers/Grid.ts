import type { Context } from '../context';

type GridRef = { code: string };

/** Governance owns the grid: the reference is the code itself, no database call. */
export const Grid = {
  __resolveReference: (ref: GridRef): GridRef => ({ code: ref.code }),
  courtVenues: (grid: GridRef, _: unknown, ctx: Context) => ctx.loaders.venuesByGrid.load(grid.code),
};
