import { basicCourt, caseWord, createCourtDirectory, formatCaseNumber, intermediateCourt } from '../src/domain/courts';
import { caseTypeOf, causeOfAction } from '../src/domain/causes';
import { addDays, chinaDate, officeTime } from '../src/domain/dates';
import { parseCaseFilter, parseDate, parseJurisdiction } from '../src/filters';

describe('courts and case numbers', () => {
  it('names the basic court of a district, a county and a county-level city', () => {
    expect(basicCourt('220302', '铁西区', '四平市')).toEqual({ code: '吉0302', name: '四平市铁西区人民法院', level: 'BASIC' });
    expect(basicCourt('220323', '伊通满族自治县', '四平市')).toEqual({ code: '吉0323', name: '伊通满族自治县人民法院', level: 'BASIC' });
    expect(basicCourt('220382', '双辽市', '四平市')).toEqual({ code: '吉0382', name: '双辽市人民法院', level: 'BASIC' });
    expect(intermediateCourt('220300000000', '四平市')).toEqual({ code: '吉03', name: '四平市中级人民法院', level: 'INTERMEDIATE' });
  });

  it('finds the court of any region code in the city', () => {
    const courts = createCourtDirectory([
      { code: '220300000000', name: '四平市', level: 'CITY' },
      { code: '220323000000', name: '伊通满族自治县', level: 'COUNTY' },
    ]);
    expect(courts.basicFor('220323100201').name).toBe('伊通满族自治县人民法院');
    expect(courts.intermediate.code).toBe('吉03');
    expect(() => courts.basicFor('220399100201')).toThrow(/No county/);
  });

  it('writes case numbers in the usual form', () => {
    expect(formatCaseNumber(2026, '吉0302', caseWord('CIVIL'), 1234)).toBe('(2026)吉0302民初1234号');
    expect(formatCaseNumber(2026, '吉03', caseWord('CIVIL', 2), 56)).toBe('(2026)吉03民终56号');
    expect([caseWord('ADMINISTRATIVE'), caseWord('CRIMINAL'), caseWord('JUDICIAL_CONFIRMATION')]).toEqual(['行初', '刑初', '民特']);
  });

  it('derives case type and cause of action from the appeal category', () => {
    const first = { pick: <T>(xs: readonly T[]) => xs[0] };
    expect(caseTypeOf('LITIGATION.ADMINISTRATIVE')).toBe('ADMINISTRATIVE');
    expect(caseTypeOf('FINANCE.ILLEGAL_FUNDRAISING')).toBe('CRIMINAL');
    expect(caseTypeOf('LABOUR.WAGE_ARREARS')).toBe('CIVIL');
    expect(causeOfAction('LABOUR.WAGE_ARREARS', 'CIVIL', first)).toBe('追索劳动报酬纠纷');
    expect(causeOfAction('MEDICAL.DISPUTE', 'CIVIL', first)).toBe('医疗损害责任纠纷');
    expect(causeOfAction('LITIGATION.CIVIL', 'CIVIL', first)).toBe('合同纠纷');
    expect(causeOfAction('X', 'JUDICIAL_CONFIRMATION', first)).toBe('申请司法确认调解协议');
  });
});

describe('dates (China Standard Time)', () => {
  it('takes the CST calendar day of an instant and counts days without the start day', () => {
    expect(chinaDate('2026-03-01T15:59:59.000Z')).toBe('2026-03-01');
    expect(chinaDate('2026-03-01T16:00:00.000Z')).toBe('2026-03-02');
    expect(addDays('2026-03-01', 30)).toBe('2026-03-31');
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
    expect(officeTime('2026-03-02', 30)).toBe('2026-03-02T01:30:00.000Z');
  });
});

describe('filters', () => {
  it('accepts digit prefixes and real dates only', () => {
    expect(parseJurisdiction('220302', 'j')).toBe('220302');
    expect(parseJurisdiction(undefined, 'j')).toBeNull();
    for (const bad of ['2', '22a', '22%', '2203020000001', ' 2203']) expect(() => parseJurisdiction(bad, 'j')).toThrow(/j: /);
    expect(parseDate('2024-02-29', 'd')).toBe('2024-02-29');
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-01', '2026-01-01T00:00:00Z']) expect(() => parseDate(bad, 'd')).toThrow(/d: /);
  });

  it('names the field of a reversed date range', () => {
    try {
      parseCaseFilter({ filedFrom: '2026-02-01', filedTo: '2026-01-01' });
      throw new Error('expected a BAD_USER_INPUT');
    } catch (err) {
      expect((err as { extensions: Record<string, unknown> }).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.filedTo' });
    }
  });
});
