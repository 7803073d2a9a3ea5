import { addCivilMonths, chinaCalendar as cal, dueHours, dueNaturalDays, dueWorkingDays, monthsDueOn, naturalDaysDueOn, workingDaysDueOn } from '../clock';

/** An instant given in China time. */
const cst = (date: string, time = '10:00') => `${date}T${time}:00+08:00`;
/** The end of a China day, as the engine writes it. */
const end = (date: string) => new Date(Date.parse(`${date}T23:59:59.999+08:00`)).toISOString();

describe('clock: natural-day deadlines (民法典 Arts. 201, 203)', () => {
  it('does not count the start day', () => {
    expect(dueNaturalDays(cst('2026-03-03'), 15, cal)).toBe(end('2026-03-18'));
    expect(dueNaturalDays(cst('2026-03-03', '00:00'), 15, cal)).toBe('2026-03-18T15:59:59.999Z');
    // 23:30 and 00:30 China time are different start days, though both are 2 March in UTC.
    expect(dueNaturalDays('2026-03-02T15:30:00Z', 1, cal)).toBe(end('2026-03-03'));
    expect(dueNaturalDays('2026-03-02T16:30:00Z', 1, cal)).toBe(end('2026-03-04'));
  });

  it('moves a deadline on a holiday to the next working day: 15 days from 2026-09-16 → Oct 1 → Oct 8', () => {
    expect(dueNaturalDays(cst('2026-09-16'), 15, cal)).toBe(end('2026-10-08'));
    expect(naturalDaysDueOn('2026-09-16', 15, cal)).toBe('2026-10-08');
  });

  it('moves a deadline on a Saturday to Monday', () => {
    expect(dueNaturalDays(cst('2026-03-04'), 10, cal)).toBe(end('2026-03-16'));
  });

  it('keeps a deadline on a make-up Saturday (a working day)', () => {
    expect(dueNaturalDays(cst('2026-02-13'), 15, cal)).toBe(end('2026-02-28'));
    expect(dueNaturalDays(cst('2026-09-30'), 10, cal)).toBe(end('2026-10-10'));
  });

  it('2025: a deadline in National Day week (Oct 1–8) moves to Oct 9; the make-up Sunday Sep 28 stays', () => {
    expect(dueNaturalDays(cst('2025-09-24'), 7, cal)).toBe(end('2025-10-09'));
    expect(dueNaturalDays(cst('2025-09-13'), 15, cal)).toBe(end('2025-09-28'));
  });

  it('a deadline in the 2026 Spring Festival (Feb 15–23) moves to Feb 24', () => {
    expect(dueNaturalDays(cst('2026-02-01'), 15, cal)).toBe(end('2026-02-24'));
  });

  it('refuses a period that is not a whole number of days ≥ 1', () => {
    expect(() => dueNaturalDays(cst('2026-03-03'), 0, cal)).toThrow(RangeError);
    expect(() => dueNaturalDays(cst('2026-03-03'), 2.5, cal)).toThrow(RangeError);
  });
});

describe('clock: working-day deadlines', () => {
  it('5 working days across National Day 2026: Sep 30, Oct 8, 9, Sat Oct 10 (make-up), Oct 12', () => {
    expect(dueWorkingDays(cst('2026-09-29'), 5, cal)).toBe(end('2026-10-12'));
    expect(dueWorkingDays(cst('2026-09-29', '23:59'), 5, cal)).toBe(end('2026-10-12'));
    // 00:30 on Sep 30 in China: Sep 30 is the start day, not counted.
    expect(dueWorkingDays('2026-09-29T16:30:00Z', 5, cal)).toBe(end('2026-10-13'));
  });

  it('5 working days across Spring Festival 2026 with the make-up Saturdays Feb 14 and Feb 28', () => {
    // Feb 13, Sat Feb 14 (make-up), [Feb 15–23 off], Feb 24, 25, 26.
    expect(workingDaysDueOn('2026-02-12', 5, cal)).toBe('2026-02-26');
    // Feb 26, 27, Sat Feb 28 (make-up), Mar 2, Mar 3.
    expect(workingDaysDueOn('2026-02-25', 5, cal)).toBe('2026-03-03');
  });

  it('2025 National Day: make-up Sun Sep 28 and Sat Oct 11 count, Oct 1–8 do not', () => {
    // Sun Sep 28, Sep 29, Sep 30, [Oct 1–8 off], Oct 9, Oct 10.
    expect(dueWorkingDays(cst('2025-09-26'), 5, cal)).toBe(end('2025-10-10'));
    // Oct 10, Sat Oct 11, Oct 13, 14, 15.
    expect(dueWorkingDays(cst('2025-10-09'), 5, cal)).toBe(end('2025-10-15'));
  });

  it('starts counting after a holiday when started on one', () => {
    expect(dueWorkingDays(cst('2026-10-03'), 5, cal)).toBe(end('2026-10-13'));
  });

  it('works across the new year: Jan 1–3 off, Sun Jan 4 worked', () => {
    // Dec 31, Sun Jan 4, Jan 5.
    expect(workingDaysDueOn('2025-12-30', 3, cal)).toBe('2026-01-05');
  });
});

describe('clock: hour clocks for urgent matters', () => {
  it('counts plain elapsed hours, holidays included', () => {
    expect(dueHours('2026-10-01T02:00:00Z', 2)).toBe('2026-10-01T04:00:00.000Z');
    expect(dueHours(cst('2026-10-01', '20:00'), 24)).toBe('2026-10-02T12:00:00.000Z');
    expect(dueHours('2026-10-01T02:00:00Z', 0.5)).toBe('2026-10-01T02:30:00.000Z');
    expect(() => dueHours('2026-10-01T02:00:00Z', 0)).toThrow(RangeError);
  });
});

describe('month periods (monthsDueOn)', () => {
  test('the same-numbered day, or the last day of a shorter month', () => {
    expect(addCivilMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCivilMonths('2026-01-31', 3)).toBe('2026-04-30');
    expect(addCivilMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addCivilMonths('2026-12-15', 2)).toBe('2027-02-15');
  });
  test('moved off a rest day; a make-up workday is kept', () => {
    expect(monthsDueOn('2026-07-01', 3, cal)).toBe('2026-10-08'); // National Day
    expect(monthsDueOn('2026-01-31', 1, cal)).toBe('2026-02-28'); // a make-up Saturday: a working day
    expect(monthsDueOn('2026-11-30', 3, cal)).toBe('2027-03-01'); // Sunday 2027-02-28 (2027 provisional)
    expect(() => monthsDueOn('2026-01-31', 0, cal)).toThrow(RangeError);
  });
});
