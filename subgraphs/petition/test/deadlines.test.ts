import {
  acceptanceNoticeDueOn,
  addDays,
  chinaDateOf,
  daysBetween,
  handlingDueOn,
  isCalendarDate,
  registrationDueOn,
  stageDecisionDueOn,
  stageRequestDueOn,
} from '../src/domain/deadlines';

describe('petition deadlines (natural days, start day not counted)', () => {
  it('counts periods from the day after the start day', () => {
    expect(registrationDueOn('2026-03-03')).toBe('2026-03-18');
    expect(acceptanceNoticeDueOn('2026-03-03')).toBe('2026-03-18');
    expect(stageRequestDueOn('2026-01-10')).toBe('2026-02-09');
    expect(stageDecisionDueOn('2026-02-09')).toBe('2026-03-11');
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(registrationDueOn('2026-12-25')).toBe('2027-01-09');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('gives 60 days for handling plus an extension of at most 30', () => {
    expect(handlingDueOn('2026-01-01')).toBe('2026-03-02');
    expect(handlingDueOn('2026-01-01', 30)).toBe('2026-04-01');
    expect(() => handlingDueOn('2026-01-01', 31)).toThrow(RangeError);
    expect(() => handlingDueOn('2026-01-01', -1)).toThrow(RangeError);
    expect(() => handlingDueOn('2026-01-01', 1.5)).toThrow(RangeError);
  });

  it('does not move a deadline off a weekend or holiday yet (holiday calendar comes later)', () => {
    // 2026-10-01 is National Day (a statutory holiday); natural-day arithmetic keeps it.
    expect(registrationDueOn('2026-09-16')).toBe('2026-10-01');
  });

  it('validates calendar dates and takes the China date of an instant', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-2-28')).toBe(false);
    expect(isCalendarDate('2026-02-28T00:00:00Z')).toBe(false);
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
    expect(chinaDateOf('2026-11-24T15:59:59.000Z')).toBe('2026-11-24');
    expect(chinaDateOf('2026-11-24T16:00:00.000Z')).toBe('2026-11-25');
  });
});
