import { COUNTIES } from '../../../../demo/city';
import type { DemoCity, DemoGrid, DemoRegion } from '../../../../demo/model';
import { createRandom, hashSeed } from '../../../../demo/random';
import type { CourtDirectory } from '../domain/courts';
import type { CourtVenueKind } from '../model';
import type { VenueRow } from './rows';

/** The whole city's network: 129 circuit trial points and 44 judge-explains-law points over its 75 townships. */
export const CITY_VENUE_COUNTS = { CIRCUIT_TRIAL_POINT: 129, JUDGE_EXPLAINS_LAW_POINT: 44 } as const;
const CITY_TOWNSHIPS = COUNTIES.reduce((n, c) => n + c.townships.length, 0);
const SHARED_COURT_SHARE = 0.8;
const JUDGE_STUDIO_SHARE = 0.25;
const INTERMEDIATE_LAW_POINT_SHARE = 0.2;

/** `n` items spread evenly over a sorted list, starting `offset` (0..1) of a step in. */
function spreadOver<T>(items: readonly T[], n: number, offset: number): T[] {
  const count = Math.min(n, items.length);
  return Array.from({ length: count }, (_, i) => items[Math.floor(((i + offset) * items.length) / count)]);
}

/**
 * The court's venues, derived deterministically from the city's grids: circuit trial points and judge-explains-law
 * points spread evenly over the comprehensive grids; a shared court in most townships and a judge studio in the
 * first township of each county (and in some others), at the township's first grid. A smaller world gets
 * proportionally fewer points (by its share of the city's townships).
 */
export function planVenues(city: DemoCity, courts: CourtDirectory, createdAt: string): VenueRow[] {
  const rng = createRandom(hashSeed('court-venues'));
  const regions = new Map(city.regions.map((r) => [r.code, r]));
  const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const townships = city.regions.filter((r) => r.level === 'TOWNSHIP').sort(byCode);
  const grids = city.grids.filter((g) => g.type === 'COMPREHENSIVE').sort(byCode);
  const share = Math.min(1, townships.length / CITY_TOWNSHIPS);
  const scaled = (n: number) => Math.max(1, Math.round(n * share));

  const placeOf = (grid: DemoGrid) => {
    const village = regions.get(grid.regionCode) as DemoRegion;
    const township = regions.get(village.parentCode ?? '') as DemoRegion;
    const county = regions.get(township.parentCode ?? '') as DemoRegion;
    const city0 = regions.get(county.parentCode ?? '') as DemoRegion;
    const province = regions.get(city0.parentCode ?? '');
    return { village, township, county, prefix: `${province?.name ?? ''}${city0.name}${county.name}${township.name}` };
  };
  const venue = (kind: CourtVenueKind, code: string, grid: DemoGrid, name: string, address: string, intermediate = false): VenueRow => {
    const court = intermediate ? courts.intermediate : courts.basicFor(grid.regionCode);
    return {
      id: `CV-${code}-${grid.code}`, kind, name: name.replace('{court}', court.name), address,
      court_name: court.name, court_code: court.code, region_code: grid.regionCode, grid_code: grid.code, created_at: createdAt,
    };
  };

  const venues: VenueRow[] = [];
  for (const grid of spreadOver(grids, scaled(CITY_VENUE_COUNTS.CIRCUIT_TRIAL_POINT), 0)) {
    const { village, township, prefix } = placeOf(grid);
    const office = village.name.endsWith('社区') ? '党群服务中心' : '村民委员会';
    venues.push(venue('CIRCUIT_TRIAL_POINT', 'CTP', grid, `{court}${township.name}${village.name}巡回审判点`, `${prefix}${village.name}${office}`));
  }
  for (const grid of spreadOver(grids, scaled(CITY_VENUE_COUNTS.JUDGE_EXPLAINS_LAW_POINT), 0.5)) {
    const { village, prefix } = placeOf(grid);
    const intermediate = rng.chance(INTERMEDIATE_LAW_POINT_SHARE);
    venues.push(venue('JUDGE_EXPLAINS_LAW_POINT', 'JLP', grid, `{court}${village.name}法官说法点`, `${prefix}${village.name}新时代文明实践站`, intermediate));
  }
  const seenCounty = new Set<string>();
  for (const township of townships) {
    const seat = grids.find((g) => g.regionCode.startsWith(township.code.slice(0, 9)));
    const shared = rng.chance(SHARED_COURT_SHARE);
    const studio = rng.chance(JUDGE_STUDIO_SHARE) || !seenCounty.has(township.code.slice(0, 6));
    seenCounty.add(township.code.slice(0, 6));
    if (!seat) continue;
    const { county, prefix } = placeOf(seat);
    if (shared) venues.push(venue('SHARED_COURT', 'SC', seat, `${county.name}${township.name}共享法庭`, `${prefix}综治中心`));
    if (studio) venues.push(venue('JUDGE_STUDIO', 'JS', seat, `{court}${township.name}法官工作室`, `${prefix}综治中心`));
  }
  return venues;
}
