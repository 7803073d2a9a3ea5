import {
  addCivilDays,
  chinaCalendar as cal,
  ClockKind,
  ClockState,
  clockStatus,
  deadlineOf,
  dueHours,
  dueNaturalDays,
  dueWorkingDays,
} from '../clock';

const cst = (date: string, time = '10:00') => `${date}T${time}:00+08:00`;
const end = (date: string) => new Date(Date.parse(`${date}T23:59:59.999+08:00`)).toISOString();
const DAY = 86_400_000;
const HOUR = 3_600_000;

function clock(kind: ClockKind, startedAt: string, amount: number, pauses: ClockState['pauses'] = []): ClockState {
  return { kind, startedAt, amount, pauses };
}

describe('clock: deadlines of pausable clocks', () => {
  it('agrees with the plain deadlines when nothing pauses, every day of 2025–2026', () => {
    for (let d = '2025-01-01'; d <= '2026-12-31'; d = addCivilDays(d, 1)) {
      const at = cst(d, '09:30');
      for (const n of [1, 5, 15]) {
        expect(deadlineOf(clock('NATURAL_DAYS', at, n), cal)).toBe(dueNaturalDays(at, n, cal));
        expect(deadlineOf(clock('WORKING_DAYS', at, n), cal)).toBe(dueWorkingDays(at, n, cal));
      }
      expect(deadlineOf(clock('HOURS', at, 24), cal)).toBe(dueHours(at, 24));
    }
  });

  it('natural days: a pause extends by the paused duration', () => {
    const start = cst('2026-03-02'); // 15 days → Tue Mar 17
    const threeDays = [{ from: cst('2026-03-05', '00:00'), to: cst('2026-03-08', '00:00') }];
    expect(deadlineOf(clock('NATURAL_DAYS', start, 15, threeDays), cal)).toBe(end('2026-03-20'));
    const sixHours = [{ from: cst('2026-03-05', '09:00'), to: cst('2026-03-05', '15:00') }];
    expect(deadlineOf(clock('NATURAL_DAYS', start, 15, sixHours), cal)).toBe('2026-03-17T21:59:59.999Z'); // Mar 18 05:59:59.999 CST
  });

  it('natural days: an extension that lands on a weekend moves to Monday', () => {
    // Mar 3 + 10 = Fri Mar 13; one day paused → Sat Mar 14 → Mon Mar 16.
    const oneDay = [{ from: cst('2026-03-05', '00:00'), to: cst('2026-03-06', '00:00') }];
    expect(deadlineOf(clock('NATURAL_DAYS', cst('2026-03-03'), 10, oneDay), cal)).toBe(end('2026-03-16'));
  });

  it('natural days: a pause on the start day, before the clock runs, adds nothing', () => {
    const sameDay = [{ from: cst('2026-03-03', '11:00'), to: cst('2026-03-03', '20:00') }];
    expect(deadlineOf(clock('NATURAL_DAYS', cst('2026-03-03'), 15, sameDay), cal)).toBe(end('2026-03-18'));
  });

  it('working days: whole working days paused are added; holidays paused add nothing', () => {
    const start = cst('2026-09-29'); // → Oct 12
    const overHoliday = [{ from: cst('2026-09-30', '00:00'), to: cst('2026-10-09', '00:00') }]; // Sep 30 and Oct 8 lost
    expect(deadlineOf(clock('WORKING_DAYS', start, 5, overHoliday), cal)).toBe(end('2026-10-14'));
    const holidayOnly = [{ from: cst('2026-10-01', '00:00'), to: cst('2026-10-08', '00:00') }];
    expect(deadlineOf(clock('WORKING_DAYS', start, 5, holidayOnly), cal)).toBe(end('2026-10-12'));
  });

  it('working days: part of a working day paused adds that part, not a whole day', () => {
    const twoHours = [{ from: cst('2026-10-09', '10:00'), to: cst('2026-10-09', '12:00') }];
    expect(deadlineOf(clock('WORKING_DAYS', cst('2026-09-29'), 5, twoHours), cal)).toBe('2026-10-12T17:59:59.999Z');
    // Fri 17:00 → Mon 09:00: 7 h of Friday and 9 h of Monday; the weekend adds nothing. Oct 21 end + 16 h.
    const weekend = [{ from: cst('2026-10-16', '17:00'), to: cst('2026-10-19', '09:00') }];
    expect(deadlineOf(clock('WORKING_DAYS', cst('2026-10-14'), 5, weekend), cal)).toBe('2026-10-22T07:59:59.999Z');
  });

  it('hours: a pause extends by its duration', () => {
    const pauses = [{ from: '2026-10-01T03:00:00Z', to: '2026-10-01T05:00:00Z' }];
    expect(deadlineOf(clock('HOURS', '2026-10-01T02:00:00Z', 24, pauses), cal)).toBe('2026-10-02T04:00:00.000Z');
  });

  it('an open pause counts up to asOf, and needs it', () => {
    const state = clock('HOURS', '2026-10-01T02:00:00Z', 4, [{ from: '2026-10-01T03:00:00Z', to: null }]);
    expect(() => deadlineOf(state, cal)).toThrow(/asOf/);
    expect(deadlineOf(state, cal, '2026-10-01T10:00:00Z')).toBe('2026-10-01T13:00:00.000Z');
  });

  it.each([
    ['a pause before the start', [{ from: '2026-10-01T01:00:00Z', to: '2026-10-01T03:00:00Z' }], /before the clock started/],
    ['a pause that ends before it begins', [{ from: '2026-10-01T04:00:00Z', to: '2026-10-01T03:00:00Z' }], /before its from/],
    ['overlapping pauses', [{ from: '2026-10-01T03:00:00Z', to: '2026-10-01T05:00:00Z' }, { from: '2026-10-01T04:00:00Z', to: null }], /previous pause/],
    ['an open pause that is not the last', [{ from: '2026-10-01T03:00:00Z', to: null }, { from: '2026-10-01T04:00:00Z', to: '2026-10-01T05:00:00Z' }], /not the last/],
  ])('rejects %s', (_what, pauses, message) => {
    expect(() => deadlineOf(clock('HOURS', '2026-10-01T02:00:00Z', 4, pauses), cal, '2026-10-02T00:00:00Z')).toThrow(message);
  });
});

describe('clock: status, warning at 25 %, breach', () => {
  const hours = clock('HOURS', '2026-10-01T00:00:00Z', 4);

  it('warns when a quarter of the time or less is left', () => {
    expect(clockStatus(hours, '2026-10-01T01:00:00Z', cal)).toEqual({
      dueAt: '2026-10-01T04:00:00.000Z',
      remainingMs: 3 * HOUR,
      fractionLeft: 0.75,
      warning: false,
      breached: false,
      breachedAt: null,
      paused: false,
    });
    expect(clockStatus(hours, '2026-10-01T02:59:59Z', cal).warning).toBe(false);
    expect(clockStatus(hours, '2026-10-01T03:00:00Z', cal)).toMatchObject({ fractionLeft: 0.25, warning: true });
    expect(clockStatus(hours, '2026-10-01T04:00:00Z', cal)).toMatchObject({ remainingMs: 0, warning: true, breached: false });
  });

  it('records the breach with the time it happened', () => {
    expect(clockStatus(hours, '2026-10-01T04:00:00.001Z', cal)).toMatchObject({
      remainingMs: 0,
      fractionLeft: 0,
      warning: false,
      breached: true,
      breachedAt: '2026-10-01T04:00:00.000Z',
    });
    const days = clock('WORKING_DAYS', cst('2026-09-29'), 5);
    expect(clockStatus(days, '2026-10-12T15:59:59.999Z', cal).breached).toBe(false);
    expect(clockStatus(days, cst('2026-10-13', '00:00'), cal)).toMatchObject({ breached: true, breachedAt: '2026-10-12T15:59:59.999Z' });
  });

  it('measures a working-day clock in working time: the holiday does not eat the warning margin', () => {
    const days = clock('WORKING_DAYS', cst('2026-09-29'), 5); // runs Sep 30, Oct 8, 9, 10, 12
    expect(clockStatus(days, cst('2026-09-29'), cal).fractionLeft).toBe(1); // start day: not running yet
    expect(clockStatus(days, cst('2026-10-05'), cal).fractionLeft).toBe(0.8);
    expect(clockStatus(days, cst('2026-10-10', '00:00'), cal)).toMatchObject({ fractionLeft: 0.4, warning: false });
    expect(clockStatus(days, cst('2026-10-10', '12:00'), cal)).toMatchObject({ fractionLeft: 0.3, warning: false });
    expect(clockStatus(days, cst('2026-10-10', '18:00'), cal)).toMatchObject({ fractionLeft: 0.25, warning: true });
    const sunday = clockStatus(days, cst('2026-10-11', '12:00'), cal);
    expect(sunday).toMatchObject({ fractionLeft: 0.2, warning: true, remainingMs: 1.5 * DAY - 1 });
  });

  it('freezes while paused: the deadline moves, the time left does not', () => {
    const state = clock('NATURAL_DAYS', cst('2026-03-02'), 10, [{ from: cst('2026-03-05', '12:00'), to: null }]);
    const a = clockStatus(state, cst('2026-03-06'), cal);
    const b = clockStatus(state, cst('2026-03-09'), cal);
    expect(a.paused && b.paused).toBe(true);
    expect(b.remainingMs).toBe(a.remainingMs);
    expect(b.fractionLeft).toBe(a.fractionLeft);
    expect(Date.parse(b.dueAt) - Date.parse(a.dueAt)).toBe(3 * DAY);
    expect(a.fractionLeft).toBeCloseTo(0.75); // 2.5 of 10 days had run
  });

  it('resumes: the clock runs again with the paused time added', () => {
    const state = clock('NATURAL_DAYS', cst('2026-03-02'), 10, [{ from: cst('2026-03-05', '12:00'), to: cst('2026-03-07', '12:00') }]);
    const s = clockStatus(state, cst('2026-03-08'), cal);
    expect(s.paused).toBe(false);
    // Mar 12 + 2 days paused = Sat Mar 14, a rest day → Mon Mar 16.
    expect(s.dueAt).toBe(end('2026-03-16'));
    expect(s.remainingMs).toBe(8 * DAY + 14 * HOUR - 1);
  });

  it('a pause begun after the breach does not undo it', () => {
    const late = clock('HOURS', '2026-10-01T00:00:00Z', 2, [{ from: '2026-10-01T03:00:00Z', to: null }]);
    expect(clockStatus(late, '2026-10-01T04:00:00Z', cal)).toMatchObject({
      dueAt: '2026-10-01T02:00:00.000Z',
      breached: true,
      breachedAt: '2026-10-01T02:00:00.000Z',
      paused: true,
    });
  });
});
