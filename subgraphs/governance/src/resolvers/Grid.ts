import type { Context } from '../context';
import type { GridRecord, GridWorkerRecord } from '../repositories/rows';

export const Grid = {
  __resolveReference: (ref: { code: string }, ctx: Context) => ctx.loaders.grid.load(ref.code),
  region: (g: GridRecord, _: unknown, ctx: Context) => ctx.loaders.region.load(g.regionCode),
  workers: (g: GridRecord, _: unknown, ctx: Context) => ctx.loaders.gridWorkers.load(g.code),
};

export const GridWorker = {
  grid: (w: GridWorkerRecord, _: unknown, ctx: Context) => ctx.loaders.grid.load(w.gridCode),
};
