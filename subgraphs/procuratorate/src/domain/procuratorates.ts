import type { OfficeLevel, ProcuratorateOffice } from '../model';

/**
 * The people's procuratorates of the city: one for the city (四平市人民检察院) and one per county-level
 * division. A district's procuratorate carries the city's name (四平市铁西区人民检察院); a county's or a
 * county-level city's does not (梨树县人民检察院, 双辽市人民检察院).
 */
export function cityCodeOf(regionCode: string): string {
  return regionCode.slice(0, 4).padEnd(12, '0');
}

export function countyCodeOf(regionCode: string): string {
  return regionCode.slice(0, 6).padEnd(12, '0');
}

export function officeLevelOf(code: string): OfficeLevel {
  return code.slice(4, 6) === '00' ? 'CITY' : 'COUNTY';
}

/** The procuratorate of a city or county, named from the region names (`nameOf` returns null when unknown). */
export function procuratorateOf(code: string, nameOf: (regionCode: string) => string | null): ProcuratorateOffice {
  const level = officeLevelOf(code);
  const city = nameOf(cityCodeOf(code)) ?? '';
  if (level === 'CITY') return { code, name: `${city}人民检察院`, level };
  const county = nameOf(code) ?? code.slice(0, 6);
  return { code, name: `${county.endsWith('区') ? city : ''}${county}人民检察院`, level };
}

/** The region names of the city's procuratorates (四平市 and its county-level divisions). */
const REGION_NAMES: Record<string, string> = {
  '220300000000': '四平市', '220302000000': '铁西区', '220303000000': '铁东区', '220322000000': '梨树县', '220323000000': '伊通满族自治县', '220382000000': '双辽市',
};

/** The county-level procuratorate of a village's region code; null outside the city. */
export function countyProcuratorateOf(regionCode: string): ProcuratorateOffice | null {
  const code = countyCodeOf(regionCode);
  return REGION_NAMES[code] && REGION_NAMES[cityCodeOf(regionCode)] ? procuratorateOf(code, (c) => REGION_NAMES[c] ?? null) : null;
}
