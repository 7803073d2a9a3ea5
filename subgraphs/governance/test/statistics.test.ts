import { categoryMatches, rate, satisfiedRatings, topComplained } from '../src/domain/statistics';

describe('statistics (domain)', () => {
  it('a rate keeps its parts and is null over nothing', () => {
    expect(rate(3, 4)).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(rate(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null });
  });
  it('basically satisfied counts only when asked', () => {
    expect(satisfiedRatings(true)).toEqual(['SATISFIED', 'BASICALLY_SATISFIED']);
    expect(satisfiedRatings(false)).toEqual(['SATISFIED']);
  });
  it('a parent category covers its leaves only', () => {
    expect(categoryMatches('LABOUR', 'LABOUR.WAGE_ARREARS')).toBe(true);
    expect(categoryMatches('LABOUR', 'LABOURX.Y')).toBe(false);
    expect(categoryMatches(null, 'ANY.THING')).toBe(true);
  });
  it('ranks units by dissatisfied + returned, ties by id', () => {
    const top = topComplained(new Map([['DEPARTMENT|B', 2], ['DEPARTMENT|A', 1]]), new Map([['DEPARTMENT|A', 1], ['PARTNER|COURT', 1]]), 2);
    expect(top).toEqual([
      { targetType: 'DEPARTMENT', targetId: 'A', dissatisfied: 1, returned: 1, score: 2 },
      { targetType: 'DEPARTMENT', targetId: 'B', dissatisfied: 2, returned: 0, score: 2 },
    ]);
  });
});
