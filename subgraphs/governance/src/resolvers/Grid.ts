import type { GridResolvers, GridWorkerResolvers } from '../generated/graphql';
import { required } from './required';

export const Grid: GridResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.grid.load(ref.code),
  region: (g, _, ctx) => required(ctx.loaders.region.load(g.regionCode)),
  workers: (g, _, ctx) => ctx.loaders.gridWorkers.load(g.code),
};

export const GridWorker: GridWorkerResolvers = {
  grid: (w, _, ctx) => required(ctx.loaders.grid.load(w.gridCode)),
};
