import type { Knex } from 'knex';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../../kit/pagination';
import { whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { parseVenueFilter, type VenueFilterInput } from '../filters';
import type { CourtVenue, CourtVenueKind } from '../model';
import { whereRegionPrefix } from './keyset';

const COLUMNS = ['id', 'kind', 'name', 'address', 'court_name', 'court_code', 'region_code', 'grid_code'];

type Row = Record<string, unknown>;

function toVenue(r: Row): CourtVenue {
  return {
    id: String(r.id),
    kind: r.kind as CourtVenueKind,
    name: String(r.name),
    address: String(r.address),
    courtName: String(r.court_name),
    courtCode: String(r.court_code),
    regionCode: String(r.region_code),
    gridCode: String(r.grid_code),
  };
}

/**
 * Venues are public information (where a citizen can get help: the court's own names and addresses, no personal data):
 * every viewer sees all of them, ANONYMOUS included. The viewer is still the input, so a narrower rule has one place to go.
 */
export function venueScope(_viewer: Viewer): RegionScope {
  return { kind: 'all' };
}

/** Court venues (shared courts, judge studios, circuit trial points, judge-explains-law points). */
export class VenueRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, viewer: Viewer, private readonly maxPageSize: number) {
    this.scope = venueScope(viewer);
  }

  private scoped(): Knex.QueryBuilder {
    return whereInScope(this.db('court_venues').select(COLUMNS), 'region_code', this.scope);
  }

  /** A page of venues, ordered by id. */
  async list(args: PageArgs & { filter?: VenueFilterInput | null }): Promise<Page<CourtVenue>> {
    const size = pageSize(args.first, this.maxPageSize);
    const after = decodeCursor(args.after, 1);
    const filter = parseVenueFilter(args.filter);
    const q = whereRegionPrefix(this.scoped(), filter.jurisdiction).orderBy('id').limit(size + 1);
    if (filter.kind) q.where('kind', filter.kind);
    if (after) q.where('id', '>', after[0]);
    const rows: Row[] = await q;
    return toPage(rows.map(toVenue), size, (v) => [v.id]);
  }

  async byIds(ids: readonly string[]): Promise<CourtVenue[]> {
    const rows: Row[] = await this.scoped().whereIn('id', ids);
    return rows.map(toVenue);
  }

  async byGridCodes(gridCodes: readonly string[]): Promise<CourtVenue[]> {
    const rows: Row[] = await this.scoped().whereIn('grid_code', gridCodes).orderBy('id');
    return rows.map(toVenue);
  }
}
