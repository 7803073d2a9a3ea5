import DataLoader from 'dataloader';
import { byKey, groupByKey } from '../../kit/loaders';
import type { Repositories } from './context';

/** Per-request DataLoaders: each batch is one SQL statement, results in key order. */
export function createLoaders(repos: Repositories) {
  const { appeals, directory, supervisions, feedback } = repos;
  return {
    appeal: new DataLoader(async (ids: readonly string[]) => byKey(ids, await appeals.byIds(ids), (r) => r.id)),
    parties: new DataLoader(async (ids: readonly string[]) => groupByKey(ids, await appeals.partiesOf(ids), (r) => r.appealId)),
    dispatches: new DataLoader(async (ids: readonly string[]) => groupByKey(ids, await appeals.dispatchesOf(ids), (r) => r.appealId)),
    supervisions: new DataLoader(async (ids: readonly string[]) => groupByKey(ids, await supervisions.ofAppeals(ids), (r) => r.appealId)),
    feedback: new DataLoader(async (ids: readonly string[]) => groupByKey(ids, await feedback.ofAppeals(ids), (r) => r.appealId)),
    dispatch: new DataLoader(async (ids: readonly string[]) => byKey(ids, await appeals.dispatchesByIds(ids), (r) => r.id)),
    timeline: new DataLoader(async (ids: readonly string[]) => groupByKey(ids, await appeals.timelineOf(ids), (r) => r.appealId)),
    grid: new DataLoader(async (codes: readonly string[]) => byKey(codes, await directory.gridsByCodes(codes), (r) => r.code)),
    gridWorkers: new DataLoader(async (codes: readonly string[]) => groupByKey(codes, await directory.workersOfGrids(codes), (r) => r.gridCode)),
    region: new DataLoader(async (codes: readonly string[]) => byKey(codes, await directory.regionsByCodes(codes), (r) => r.code)),
    regionChildren: new DataLoader(async (codes: readonly string[]) => groupByKey(codes, await directory.childrenOf(codes), (r) => r.parentCode)),
    center: new DataLoader(async (ids: readonly string[]) => byKey(ids, await directory.centersByIds(ids), (r) => r.id)),
    department: new DataLoader(async (ids: readonly string[]) => byKey(ids, await directory.departmentsByIds(ids), (r) => r.id)),
    category: new DataLoader(async (codes: readonly string[]) => byKey(codes, await directory.categoriesByCodes(codes), (r) => r.code)),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
