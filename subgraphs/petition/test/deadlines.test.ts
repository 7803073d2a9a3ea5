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
import { chinaCalendar, createCalendar } from '../../kit/clock';

describe('petition deadlines (natural days, start day not counted, moved off rest days)', () => {
  it('counts periods from the day after the start day', () => {
    expect(registrationDueOn('2026-03-03')).toBe('2026-03-18');
    expect(acceptanceNoticeDueOn('2026-03-03')).toBe('2026-03-18');
    expect(stageRequestDueOn('2026-01-10')).toBe('2026-02-09');
    expect(stageDecisionDueOn('2026-02-09')).toBe('2026-03-11');
  });

  it('crosses month, year and leap-day boundaries', () => {
    // 2027-01-09 is a Saturday (2027 is provisional in the calendar): the period ends on Monday 2027-01-11.
    expect(registrationDueOn('2026-12-25')).toBe('2027-01-11');
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

  it('moves a deadline that falls on a statutory holiday to the next working day (official 2026 calendar)', () => {
    // 2026-09-16 + 15 = 2026-10-01, National Day (rest 2026-10-01 to 10-07): due Thursday 2026-10-08.
    expect(registrationDueOn('2026-09-16')).toBe('2026-10-08');
    expect(acceptanceNoticeDueOn('2026-09-22')).toBe('2026-10-08'); // + 15 = 10-07, the last day of the span
    // 2025-12-17 + 60 = 2026-02-15, the first day of the Spring Festival rest (02-15 to 02-23): due 2026-02-24.
    expect(handlingDueOn('2025-12-17')).toBe('2026-02-24');
    // 2026-04-01 + 30 = 2026-05-01, Labour Day (rest 05-01 to 05-05): due Wednesday 2026-05-06.
    expect(stageDecisionDueOn('2026-04-01')).toBe('2026-05-06');
    expect(stageRequestDueOn('2026-04-01')).toBe('2026-05-06');
  });

  it('moves a deadline on a plain weekend to Monday, and keeps one on a make-up workday', () => {
    // 2026-03-06 + 15 = Saturday 2026-03-21: due Monday 2026-03-23; + 16 = Sunday 03-22: also Monday.
    expect(registrationDueOn('2026-03-06')).toBe('2026-03-23');
    expect(acceptanceNoticeDueOn('2026-03-07')).toBe('2026-03-23');
    // Make-up workdays (调休上班) count as working days: Saturday 2026-10-10, Saturday 2026-02-28, Sunday 2026-09-20.
    expect(registrationDueOn('2026-09-25')).toBe('2026-10-10');
    expect(registrationDueOn('2026-02-13')).toBe('2026-02-28');
    expect(acceptanceNoticeDueOn('2026-09-05')).toBe('2026-09-20');
    // An extended period is counted from acceptance too.
    expect(handlingDueOn('2026-01-01', 19)).toBe('2026-03-23'); // + 79 = Saturday 2026-03-21
  });

  it('takes another calendar when given one (an administrator\'s additions)', () => {
    const extra = createCalendar({ years: [{ year: 2026, source: 'test', restDays: [{ name: 'test', from: '2026-03-18' }], makeUpWorkdays: [] }] });
    expect(registrationDueOn('2026-03-03', extra)).toBe('2026-03-19');
    expect(registrationDueOn('2026-03-03', chinaCalendar)).toBe('2026-03-18');
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
