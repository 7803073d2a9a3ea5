import type { Knex } from 'knex';
import { badUserInput } from '../../../kit/errors';
import type { LocationInput } from '../domain/validation';
import { toAppeal, toCenter, toGrid, type AppealRecord, type CenterRecord, type GridRecord } from './rows';

/** Degrees around a point searched for grid centres (≈ 5 km). */
const NEAR = 0.05;

/** Reads the intake needs before it writes: the grid, the receiving center, repeats and possible duplicates. */
export class IntakeRepository {
  constructor(private readonly db: Knex) {}

  async byIdempotencyKey(submittedBy: string, key: string): Promise<AppealRecord | null> {
    const row = await this.db('appeals').where({ submitted_by: submittedBy, idempotency_key: key }).first();
    return row ? toAppeal(row) : null;
  }

  /** Resolve a location to a grid: the grid code, else the nearest grid centre to the coordinates, else an address match. */
  async resolveGrid(loc: LocationInput): Promise<GridRecord> {
    if (loc.gridCode) {
      const row = await this.db('grids').where({ code: loc.gridCode }).first();
      if (!row) throw badUserInput('input.location.gridCode', `no grid ${loc.gridCode} in this city`);
      return toGrid(row);
    }
    if (loc.latitude !== null && loc.latitude !== undefined && loc.longitude !== null && loc.longitude !== undefined) {
      const { latitude: lat, longitude: lng } = loc as { latitude: number; longitude: number };
      const rows = await this.db('grids').whereBetween('lat', [lat - NEAR, lat + NEAR]).whereBetween('lng', [lng - NEAR, lng + NEAR]).where('type', 'COMPREHENSIVE');
      if (!rows.length) throw badUserInput('input.location.latitude', 'is outside every grid of this city');
      const d = (r: Record<string, any>) => (Number(r.lat) - lat) ** 2 + ((Number(r.lng) - lng) * Math.cos((lat * Math.PI) / 180)) ** 2;
      return toGrid(rows.reduce((a, b) => (d(b) < d(a) ? b : a)));
    }
    const address = loc.address ?? '';
    // The longest village/community name the address contains, preferring one whose township is named too.
    // Only the villages the address names come back (the match runs in SQL, not over every village per request).
    const hits: Record<string, any>[] = await this.db('regions as v')
      .join('regions as t', 't.code', 'v.parent_code')
      .where('v.level', 'VILLAGE')
      .whereRaw("? like '%' || v.name || '%'", [address])
      .select('v.code', 'v.name', 't.name as township');
    if (!hits.length) throw badUserInput('input.location.address', 'could not be resolved to a grid; give a grid code or coordinates');
    const score = (v: Record<string, any>) => (address.includes(v.township) ? 1000 : 0) + v.name.length;
    const best = hits.reduce((a, b) => (score(b) > score(a) ? b : a));
    const grid = await this.db('grids').where({ region_code: best.code, type: 'COMPREHENSIVE' }).orderBy('code').first();
    if (!grid) throw badUserInput('input.location.address', 'could not be resolved to a grid');
    return toGrid(grid);
  }

  async center(id: string): Promise<CenterRecord | null> {
    const row = await this.db('centers').where({ id }).first();
    return row ? toCenter(row) : null;
  }

  /** Whether an id names a department or a center (the unit a whistle-blower reports on). */
  async unitExists(id: string): Promise<boolean> {
    const [d, c] = await Promise.all([this.db('departments').where({ id }).first('id'), this.db('centers').where({ id }).first('id')]);
    return Boolean(d || c);
  }

  /** The nearest center above a region: its own (village) center, else township, county, city. */
  async centerFor(regionCode: string): Promise<CenterRecord> {
    const codes = [regionCode, `${regionCode.slice(0, 9)}000`, `${regionCode.slice(0, 6)}000000`, `${regionCode.slice(0, 4)}00000000`];
    const rows = (await this.db('centers').whereIn('region_code', codes)).map(toCenter);
    const found = codes.map((c) => rows.find((r) => r.regionCode === c)).find(Boolean);
    if (!found) throw badUserInput('input.location', 'no governance center serves this place');
    return found;
  }

}
