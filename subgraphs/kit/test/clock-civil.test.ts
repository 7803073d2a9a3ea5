import {
  addCivilDays,
  chinaDateOf,
  civilDaysBetween,
  endOfChinaDay,
  isCivilDate,
  isInstant,
  startOfChinaDay,
  weekdayOf,
} from '../clock';

describe('clock: civil dates and China time', () => {
  it('reads the China date of an instant (UTC+8, no daylight saving)', () => {
    expect(chinaDateOf('2026-09-29T15:59:59.999Z')).toBe('2026-09-29');
    expect(chinaDateOf('2026-09-29T16:00:00Z')).toBe('2026-09-30');
    expect(chinaDateOf('2026-09-30T00:30:00+08:00')).toBe('2026-09-30');
    expect(chinaDateOf('2026-07-01T23:00:00-05:00')).toBe('2026-07-02');
  });

  it('gives the first and last instant of a China day', () => {
    expect(startOfChinaDay('2026-10-12')).toBe('2026-10-11T16:00:00.000Z');
    expect(endOfChinaDay('2026-10-12')).toBe('2026-10-12T15:59:59.999Z');
    expect(endOfChinaDay('2025-12-31')).toBe('2025-12-31T15:59:59.999Z');
  });

  it('adds and counts civil days across months, years and leap days', () => {
    expect(addCivilDays('2026-09-16', 15)).toBe('2026-10-01');
    expect(addCivilDays('2025-12-25', 10)).toBe('2026-01-04');
    expect(addCivilDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCivilDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(civilDaysBetween('2026-09-16', '2026-10-01')).toBe(15);
    expect(weekdayOf('2026-10-10')).toBe(6);
    expect(weekdayOf('2025-09-28')).toBe(0);
  });

  it('rejects what is not a date or a zoned instant', () => {
    expect(isCivilDate('2026-02-30')).toBe(false);
    expect(isCivilDate('2026-2-3')).toBe(false);
    expect(isCivilDate('2028-02-29')).toBe(true);
    // A zoneless string would be read in the machine's time zone: refused.
    expect(isInstant('2026-09-29T10:00:00')).toBe(false);
    expect(isInstant('2026-09-29')).toBe(false);
    expect(isInstant('2026-09-29T10:00:00.123+08:00')).toBe(true);
    expect(() => chinaDateOf('2026-09-29T10:00:00')).toThrow(/zone/);
    expect(() => addCivilDays('2026-13-01', 1)).toThrow(/2026-13-01/);
    expect(() => addCivilDays('2026-01-01', 1.5)).toThrow(/whole/);
  });
});
