import type { Knex } from 'knex';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../../kit/pagination';
import type { Viewer } from '../../../kit/viewer';
import { checkJurisdiction } from './AppealRepository';
import {
  toCategory, toCenter, toDepartment, toGrid, toGridWorker, toRegion,
  type CategoryRecord, type CenterRecord, type DepartmentRecord, type GridRecord, type GridWorkerRecord, type RegionRecord,
} from './rows';

/**
 * The directory of the city: regions, grids, grid workers, centers, departments and categories. It is
 * reference data every signed-in viewer may read; anonymous viewers read nothing here.
 */
export class DirectoryRepository {
  constructor(private readonly db: Knex, private readonly viewer: Viewer, private readonly maxPageSize: number) {}

  private get open(): boolean {
    return this.viewer.role !== 'ANONYMOUS';
  }

  private table(name: string): Knex.QueryBuilder {
    const q = this.db(name);
    return this.open ? q : q.whereRaw('1 = 0');
  }

  /** Keyset page over a single unique text column in ascending order. */
  private async pageBy<T>(q: Knex.QueryBuilder, column: string, args: PageArgs, parse: (r: Record<string, unknown>) => T, keyOf: (r: T) => string): Promise<Page<T>> {
    const size = pageSize(args.first, this.maxPageSize);
    const after = decodeCursor(args.after, 1);
    if (after) q.where(column, '>', String(after[0]));
    const rows = (await q.orderBy(column, 'asc').limit(size + 1)).map(parse);
    return toPage(rows, size, (r) => [keyOf(r)]);
  }

  async gridsByCodes(codes: readonly string[]): Promise<GridRecord[]> {
    return (await this.table('grids').whereIn('code', codes as string[])).map(toGrid);
  }

  async grids(jurisdiction: string, type: string | null | undefined, args: PageArgs): Promise<Page<GridRecord>> {
    const q = this.table('grids').where('code', 'like', `${checkJurisdiction(jurisdiction, 'jurisdiction')}%`);
    if (type) q.where('type', type);
    return this.pageBy(q, 'code', args, toGrid, (g) => g.code);
  }

  async workersOfGrids(gridCodes: readonly string[]): Promise<GridWorkerRecord[]> {
    return (await this.table('grid_workers').whereIn('grid_code', gridCodes as string[]).orderBy('id')).map(toGridWorker);
  }

  async regionsByCodes(codes: readonly string[]): Promise<RegionRecord[]> {
    return (await this.table('regions').whereIn('code', codes as string[])).map(toRegion);
  }

  async childrenOf(codes: readonly string[]): Promise<RegionRecord[]> {
    return (await this.table('regions').whereIn('parent_code', codes as string[]).orderBy('code')).map(toRegion);
  }

  async centersByIds(ids: readonly string[]): Promise<CenterRecord[]> {
    return (await this.table('centers').whereIn('id', ids as string[])).map(toCenter);
  }

  async centers(jurisdiction: string | null | undefined, level: string | null | undefined, args: PageArgs): Promise<Page<CenterRecord>> {
    const q = this.table('centers');
    if (jurisdiction) q.where('region_code', 'like', `${checkJurisdiction(jurisdiction, 'jurisdiction')}%`);
    if (level) q.where('level', level);
    return this.pageBy(q, 'id', args, toCenter, (c) => c.id);
  }

  async departmentsByIds(ids: readonly string[]): Promise<DepartmentRecord[]> {
    return (await this.table('departments').whereIn('id', ids as string[])).map(toDepartment);
  }

  async departments(jurisdiction: string | null | undefined, args: PageArgs): Promise<Page<DepartmentRecord>> {
    const q = this.table('departments');
    if (jurisdiction) q.where('region_code', 'like', `${checkJurisdiction(jurisdiction, 'jurisdiction')}%`);
    return this.pageBy(q, 'id', args, toDepartment, (d) => d.id);
  }

  // The category tree is public: the mini-program shows it before anyone signs in.
  async categoriesByCodes(codes: readonly string[]): Promise<CategoryRecord[]> {
    return (await this.db('categories').whereIn('code', codes as string[])).map(toCategory);
  }

  async categories(): Promise<CategoryRecord[]> {
    return (await this.db('categories').orderBy('code')).map(toCategory);
  }
}
