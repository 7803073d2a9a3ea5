import { CalendarDataError, chinaCalendar, chinaCalendarData, createCalendar, isWeekend, spanDays } from '../clock';

const cal = chinaCalendar;

function days(from: string, to: string): string[] {
  return spanDays({ name: 'range', from, to });
}

describe('clock: the State Council holiday calendar', () => {
  it('2025 National Day and Mid-Autumn: Oct 1–8 off, make-up Sun Sep 28 and Sat Oct 11', () => {
    for (const d of days('2025-10-01', '2025-10-08')) {
      expect(cal.isRestDay(d)).toBe(true);
      expect(cal.holidayOf(d)).toMatch(/National Day/);
    }
    expect(cal.isWorkingDay('2025-09-28')).toBe(true);
    expect(cal.isMakeUpWorkday('2025-09-28')).toBe(true);
    expect(cal.isWorkingDay('2025-10-11')).toBe(true);
    expect(cal.isRestDay('2025-09-27')).toBe(true); // an ordinary Saturday
    expect(cal.isRestDay('2025-10-12')).toBe(true); // an ordinary Sunday
    expect(cal.isWorkingDay('2025-10-09')).toBe(true);
  });

  it('2025: Spring Festival Jan 28–Feb 4 with make-up Jan 26 and Feb 8; Labour Day May 1–5 with Apr 27', () => {
    expect(days('2025-01-28', '2025-02-04').every((d) => cal.isRestDay(d))).toBe(true);
    expect(['2025-01-26', '2025-02-08', '2025-04-27'].every((d) => cal.isWorkingDay(d))).toBe(true);
    expect(days('2025-05-01', '2025-05-05').every((d) => cal.isRestDay(d))).toBe(true);
    expect(cal.isRestDay('2025-01-01')).toBe(true);
    expect(cal.isWorkingDay('2025-01-02')).toBe(true);
  });

  it('2026: New Year Jan 1–3, Spring Festival Feb 15–23, National Day Oct 1–7 and their make-up days', () => {
    expect(days('2026-01-01', '2026-01-03').every((d) => cal.isRestDay(d))).toBe(true);
    expect(cal.isWorkingDay('2026-01-04')).toBe(true);
    expect(days('2026-02-15', '2026-02-23').every((d) => cal.isRestDay(d))).toBe(true);
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
    expect(cal.holidayOf('2026-09-25')).toMatch(/Mid-Autumn/);
    expect(days('2026-10-01', '2026-10-07').every((d) => cal.isRestDay(d))).toBe(true);
    expect(cal.isWorkingDay('2026-09-20')).toBe(true);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    expect(cal.isWorkingDay('2026-10-08')).toBe(true);
    expect(cal.isWorkingDay('2026-05-09')).toBe(true);
  });

  it('holds the notices day for day: rest-day and make-up counts per year, make-up days all on weekends', () => {
    const count = (year: number) => {
      const y = chinaCalendarData.years.find((x) => x.year === year)!;
      return [y.restDays.flatMap((s) => spanDays(s)).length, y.makeUpWorkdays.length];
    };
    expect(count(2025)).toEqual([28, 5]);
    expect(count(2026)).toEqual([33, 6]);
    expect(count(2027)).toEqual([13, 0]); // the 13 statutory days only
    for (const y of chinaCalendarData.years) for (const m of y.makeUpWorkdays) expect(isWeekend(m.date)).toBe(true);
  });

  it('2027 is provisional: statutory days only (Spring Festival eve Feb 5 to 3rd day Feb 8), no make-up days', () => {
    expect(cal.coverage('2027-02-06')).toBe('PROVISIONAL');
    expect(cal.coverage('2026-02-06')).toBe('OFFICIAL');
    expect(days('2027-02-05', '2027-02-08').every((d) => cal.isRestDay(d))).toBe(true);
    expect(cal.isWorkingDay('2027-02-09')).toBe(true);
    for (const d of ['2027-01-01', '2027-04-05', '2027-05-01', '2027-06-09', '2027-09-15', '2027-10-03']) expect(cal.isRestDay(d)).toBe(true);
  });

  it('outside the data: weekends only by default, or refuses when asked to', () => {
    expect(cal.coverage('2028-01-03')).toBe('NONE');
    expect(cal.isRestDay('2028-01-01')).toBe(true); // a Saturday
    expect(cal.isWorkingDay('2028-01-03')).toBe(true);
    const strict = createCalendar(chinaCalendarData, { outsideCoverage: 'throw' });
    expect(strict.isRestDay('2026-10-03')).toBe(true);
    expect(() => strict.isRestDay('2028-01-03')).toThrow(/does not cover 2028/);
  });

  it('counts working days', () => {
    expect(cal.workingDayOnOrAfter('2026-10-01')).toBe('2026-10-08');
    expect(cal.workingDayOnOrAfter('2026-10-10')).toBe('2026-10-10');
    expect(cal.addWorkingDays('2026-09-29', 5)).toBe('2026-10-12');
    expect(cal.addWorkingDays('2026-09-29', 0)).toBe('2026-09-29');
    expect(cal.workingDaysBetween('2026-09-29', '2026-10-12')).toBe(5);
  });
});

describe('clock: extending the calendar at run time', () => {
  const official2027 = {
    years: [
      {
        year: 2027,
        replace: true,
        source: 'test fixture standing in for the 2027 notice',
        restDays: [{ name: '国庆节 National Day', from: '2027-10-01', to: '2027-10-07' }],
        makeUpWorkdays: [{ date: '2027-09-26', name: '国庆节 National Day' }],
      },
    ],
  };

  it('adds a year, replaces a provisional one, and leaves the original calendar as it was', () => {
    const extended = cal.extend(official2027);
    expect(extended.coverage('2027-10-05')).toBe('OFFICIAL');
    expect(extended.isRestDay('2027-10-05')).toBe(true);
    expect(extended.isWorkingDay('2027-09-26')).toBe(true);
    expect(extended.isRestDay('2027-02-08')).toBe(false); // replaced: the fixture has no Spring Festival
    expect(cal.isRestDay('2027-10-05')).toBe(false);
    expect(cal.coverage('2027-10-05')).toBe('PROVISIONAL');

    const more = extended.extend({ years: [{ year: 2028, source: 'fixture', restDays: [{ name: 'New Year', from: '2028-01-01' }], makeUpWorkdays: [] }] });
    expect(more.coverage('2028-06-01')).toBe('OFFICIAL');
    expect(more.data.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028]);
  });

  it('adds days to a year it already has', () => {
    const extended = cal.extend({ years: [{ year: 2026, source: 'local order', restDays: [{ name: 'local day', from: '2026-03-09' }], makeUpWorkdays: [] }] });
    expect(extended.isRestDay('2026-03-09')).toBe(true);
    expect(extended.isRestDay('2026-10-03')).toBe(true);
    expect(extended.data.years.find((y) => y.year === 2026)!.source).toMatch(/; local order$/);
  });

  const bad = (entry: object) => ({ years: [{ year: 2028, source: 'fixture', restDays: [], makeUpWorkdays: [], ...entry }] });
  function error(extra: unknown): CalendarDataError {
    try {
      cal.extend(extra);
    } catch (e) {
      if (e instanceof CalendarDataError) return e;
      throw e;
    }
    throw new Error('no error');
  }

  it.each([
    ['a date not written YYYY-MM-DD', bad({ restDays: [{ name: 'x', from: '2028-1-1' }] }), 'years[0].restDays[0].from', /not a date/],
    ['a day that does not exist', bad({ makeUpWorkdays: [{ date: '2028-02-30' }] }), 'years[0].makeUpWorkdays[0].date', /not a date/],
    ['a make-up day on a weekday', bad({ makeUpWorkdays: [{ date: '2028-01-04' }] }), 'years[0].makeUpWorkdays[0].date', /not a Saturday or Sunday/],
    ['a span that ends before it starts', bad({ restDays: [{ name: 'x', from: '2028-05-05', to: '2028-05-01' }] }), 'years[0].restDays[0].to', /before/],
    ['a span far too long', bad({ restDays: [{ name: 'x', from: '2028-01-01', to: '2028-12-31' }] }), 'years[0].restDays[0]', /at most 31/],
    ['a misspelt field', bad({ makeupWorkdays: [] }), 'years[0].makeupWorkdays', /unknown field/],
    ['a year that is not one', bad({ year: '2028' }), 'years[0].year', /not a year/],
    ['a date far from its year', bad({ restDays: [{ name: 'x', from: '2030-01-01' }] }), 'years[0].restDays[0].from', /too far/],
    ['a year listed twice', { years: [bad({}).years[0], bad({}).years[0]] }, '2028', /twice/],
    [
      'a day both holiday and make-up',
      bad({ restDays: [{ name: 'New Year', from: '2028-01-01', to: '2028-01-03' }], makeUpWorkdays: [{ date: '2028-01-02', name: 'New Year' }] }),
      '2028-01-02',
      /both a rest day \(New Year, 2028\) and a make-up workday/,
    ],
    [
      'a make-up day on a holiday already in the calendar',
      { years: [{ year: 2026, source: 'x', restDays: [], makeUpWorkdays: [{ date: '2026-10-03', name: 'oops' }] }] },
      '2026-10-03',
      /both a rest day \(国庆节 National Day, 2026\)/,
    ],
  ])('rejects %s, naming the entry', (_what, extra, entry, reason) => {
    const e = error(extra);
    expect(e.entry).toBe(entry);
    expect(e.message).toMatch(reason);
    expect(e.message).toContain(entry);
  });
});
