import type { CourtCaseType } from '../model';

/**
 * Courts and case numbers (案号), per the Supreme People's Court rules on case numbers: `(year)` + province
 * abbreviation + court code + case word (类型代字) + sequence + `号`, e.g. `(2026)吉0302民初1234号`.
 * A basic-level court's code is its county code without the province (`0302`); an intermediate court's is the
 * city's two digits (`03`).
 */
export interface Court {
  /** The court's code as written in case numbers, e.g. `吉0302`. */
  code: string;
  name: string;
  level: 'BASIC' | 'INTERMEDIATE';
}

const PROVINCE_ABBREVIATION: Record<string, string> = {
  '11': '京', '12': '津', '13': '冀', '14': '晋', '15': '内', '21': '辽', '22': '吉', '23': '黑', '31': '沪', '32': '苏',
  '33': '浙', '34': '皖', '35': '闽', '36': '赣', '37': '鲁', '41': '豫', '42': '鄂', '43': '湘', '44': '粤', '45': '桂',
  '46': '琼', '50': '渝', '51': '川', '52': '贵', '53': '云', '54': '藏', '61': '陕', '62': '甘', '63': '青', '64': '宁', '65': '新',
};

export function provinceAbbreviation(regionCode: string): string {
  const abbr = PROVINCE_ABBREVIATION[regionCode.slice(0, 2)];
  if (!abbr) throw new Error(`No province abbreviation for region ${regionCode}`);
  return abbr;
}

/** The basic-level court of a county: a district takes the city's name in front (四平市铁西区人民法院), a county does not. */
export function basicCourt(countyCode: string, countyName: string, cityName: string): Court {
  const name = countyName.endsWith('区') ? `${cityName}${countyName}人民法院` : `${countyName}人民法院`;
  return { code: `${provinceAbbreviation(countyCode)}${countyCode.slice(2, 6)}`, name, level: 'BASIC' };
}

/** The city's intermediate court (四平市中级人民法院, code 吉03), which hears appeals (民终). */
export function intermediateCourt(cityCode: string, cityName: string): Court {
  return { code: `${provinceAbbreviation(cityCode)}${cityCode.slice(2, 4)}`, name: `${cityName}中级人民法院`, level: 'INTERMEDIATE' };
}

export type CaseWord = '民初' | '民终' | '行初' | '刑初' | '民特';

/** The case word of a case type at first (1) or second (2) instance. */
export function caseWord(type: CourtCaseType, instance: 1 | 2 = 1): CaseWord {
  switch (type) {
    case 'CIVIL':
      return instance === 1 ? '民初' : '民终';
    case 'ADMINISTRATIVE':
      return '行初';
    case 'CRIMINAL':
      return '刑初';
    case 'JUDICIAL_CONFIRMATION':
      return '民特';
  }
}

export function formatCaseNumber(year: number, courtCode: string, word: CaseWord, sequence: number): string {
  return `(${year})${courtCode}${word}${sequence}号`;
}

/** The courts of a city, looked up by any region code inside it. */
export interface CourtDirectory {
  basicFor(regionCode: string): Court;
  intermediate: Court;
}

export function createCourtDirectory(regions: readonly { code: string; name: string; level: string }[]): CourtDirectory {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const city = regions.find((r) => r.level === 'CITY');
  if (!city) throw new Error('The city region is missing');
  const intermediate = intermediateCourt(city.code, city.name);
  const basic = new Map<string, Court>();
  return {
    intermediate,
    basicFor(regionCode) {
      const county6 = regionCode.slice(0, 6);
      let court = basic.get(county6);
      if (!court) {
        const county = byCode.get(`${county6}000000`);
        if (!county) throw new Error(`No county for region ${regionCode}`);
        court = basicCourt(county6, county.name, city.name);
        basic.set(county6, court);
      }
      return court;
    },
  };
}
