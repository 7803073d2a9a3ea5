import { CITY_SCALE, SMALL_SCALE, generateCity } from './city';
import { generateAppeals } from './appeals';
import type { DemoWorld } from './model';

export interface WorldOptions {
  /** `city`: the whole demo city (≈18,000 appeals); `small`: two counties, a few hundred appeals (tests). */
  scale?: 'city' | 'small';
  seed?: number;
  /** The world's "now" (ISO); fixed by default so every run is identical. */
  now?: string;
  /** Override the number of appeals. */
  appeals?: number;
  /** Small scale only: which county codes to include (default 220302 and 220323). */
  counties?: string[];
}

export const DEFAULT_NOW = '2026-11-25T00:00:00.000Z';

/** Generate the deterministic demo world: the same options give the same city, appeals and referrals. */
export function generateWorld(opts: WorldOptions = {}): DemoWorld {
  const scale = opts.scale ?? 'city';
  const seed = opts.seed ?? 20261125;
  const now = opts.now ?? DEFAULT_NOW;
  const city = generateCity(scale === 'city' ? CITY_SCALE : opts.counties ? { ...SMALL_SCALE, counties: opts.counties } : SMALL_SCALE, seed);
  const { appeals, referrals } = generateAppeals(city, {
    count: opts.appeals ?? (scale === 'city' ? 18_000 : 400),
    now: new Date(now),
    seed,
    allFourEvery: scale === 'city' ? 300 : 100,
  });
  return { now, city, appeals, referrals };
}
