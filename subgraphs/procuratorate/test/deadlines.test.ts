import { addDays, addMonths, chinaDateOf, daysBetween, followUpDueDates, followUpDueOn, isDate, monthsDueOn, outcomeReplyDueOn, proceduralReplyDueOn } from '../src/domain/deadlines';
import { loadConfig } from '../src/config';
import { statusFromProgress, statusFromReplies } from '../src/domain/status';

describe('12309 clocks (start day not counted, moved off rest days)', () => {
  it('does not count the start day: received on the 2nd, the 7-day procedural reply is due on the 9th', () => {
    expect(proceduralReplyDueOn('2026-03-02')).toBe('2026-03-09');
    expect(daysBetween('2026-03-02', proceduralReplyDueOn('2026-03-02'))).toBe(7);
    expect(proceduralReplyDueOn('2026-12-28')).toBe('2027-01-04');
    expect(proceduralReplyDueOn('2028-02-25')).toBe('2028-03-03');
  });

  it('moves a procedural reply due on a holiday or a plain weekend to the next working day', () => {
    // 2026-09-28 + 7 = 2026-10-05, inside National Day (rest 2026-10-01 to 10-07): due Thursday 2026-10-08.
    expect(proceduralReplyDueOn('2026-09-28')).toBe('2026-10-08');
    // 2026-03-01 + 7 = Sunday 2026-03-08 and 2026-03-07 + 7 = Saturday 2026-03-14: due the Monday after.
    expect(proceduralReplyDueOn('2026-03-01')).toBe('2026-03-09');
    expect(proceduralReplyDueOn('2026-03-07')).toBe('2026-03-16');
  });

  it('keeps a due day that is a make-up workday (调休上班)', () => {
    expect(proceduralReplyDueOn('2026-10-03')).toBe('2026-10-10'); // Saturday, make-up workday of National Day
    expect(proceduralReplyDueOn('2026-02-21')).toBe('2026-02-28'); // Saturday, make-up workday of Spring Festival
    expect(proceduralReplyDueOn('2026-09-13')).toBe('2026-09-20'); // Sunday, make-up workday of National Day
  });

  it('counts the procedural reply in working days where the province does', () => {
    // Working days after Monday 2026-09-28: 09-29, 09-30, 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13.
    expect(proceduralReplyDueOn('2026-09-28', 7, 'WORKING_DAYS')).toBe('2026-10-13');
    expect(proceduralReplyDueOn('2026-03-02', 7, 'WORKING_DAYS')).toBe('2026-03-11');
    expect(proceduralReplyDueOn('2026-09-28', 7, 'NATURAL_DAYS')).toBe('2026-10-08');
  });

  it('reads the procedural reply counting from PROCURATORATE_PROCEDURAL_REPLY_COUNTING, natural days by default', () => {
    expect(loadConfig({ HUB_ENV: 'test' }).proceduralReplyCounting).toBe('NATURAL_DAYS');
    expect(loadConfig({ HUB_ENV: 'test', PROCURATORATE_PROCEDURAL_REPLY_COUNTING: 'WORKING_DAYS' }).proceduralReplyCounting).toBe('WORKING_DAYS');
  });

  it('ends a 3-month period on the corresponding day, or on the last day of a shorter month, then off a rest day', () => {
    expect(outcomeReplyDueOn('2026-03-15')).toBe('2026-06-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    // 2027-02-28 is a Sunday (2027 is provisional in the calendar: statutory days only): due Monday 2027-03-01.
    expect(outcomeReplyDueOn('2026-11-30')).toBe('2027-03-01');
    expect(outcomeReplyDueOn('2027-11-30')).toBe('2028-02-29');
    expect(outcomeReplyDueOn('2026-05-31')).toBe('2026-08-31');
    expect(monthsDueOn('2026-01-31', 3)).toBe('2026-04-30');
    expect(monthsDueOn('2026-01-31', 1)).toBe('2026-02-28'); // the last day of February, a make-up workday (Saturday): kept
    // 2026-07-01 + 3 months = 2026-10-01, National Day: due 2026-10-08; 2026-03-21 + 3 months = Dragon Boat Sunday 06-21.
    expect(outcomeReplyDueOn('2026-07-01')).toBe('2026-10-08');
    expect(outcomeReplyDueOn('2026-03-21')).toBe('2026-06-22');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(() => monthsDueOn('2026-01-31', 0)).toThrow(RangeError);
    expect(() => monthsDueOn('2026-02-30', 1)).toThrow(RangeError);
  });

  it('owes monthly follow-ups after the 3-month due day, each counted from the receiving day', () => {
    // Received 2026-05-31: 3 months 2026-08-31; follow-ups at 4, 5, 6, 7 months: 09-30, Saturday 10-31 → Monday 11-02, 11-30, 12-31.
    expect(followUpDueDates('2026-05-31', '2026-08-31')).toEqual([]);
    expect(followUpDueDates('2026-05-31', '2026-12-30')).toEqual(['2026-09-30', '2026-11-02', '2026-11-30']);
    expect(followUpDueDates('2026-05-31', '2026-12-31')).toEqual(['2026-09-30', '2026-11-02', '2026-11-30', '2026-12-31']);
    expect(followUpDueOn('2026-05-31', 2)).toBe('2026-11-02');
  });

  it('dates an instant in China Standard Time', () => {
    expect(chinaDateOf('2026-05-01T15:59:59.000Z')).toBe('2026-05-01');
    expect(chinaDateOf('2026-05-01T16:00:00.000Z')).toBe('2026-05-02');
  });

  it('knows real dates', () => {
    expect(isDate('2028-02-29')).toBe(true);
    expect(isDate('2026-02-29')).toBe(false);
    expect(isDate('2026-2-1')).toBe(false);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('status', () => {
  it('follows progress in equal fifths, 0 received and 1 closed', () => {
    expect([0, 0.19, 0.2, 0.39, 0.4, 0.59, 0.6, 0.79, 0.8, 1].map(statusFromProgress)).toEqual([
      'RECEIVED', 'RECEIVED', 'PROCEDURAL_REPLIED', 'PROCEDURAL_REPLIED', 'HANDLING', 'HANDLING', 'RESULT_REPLIED', 'RESULT_REPLIED', 'CLOSED', 'CLOSED',
    ]);
    expect(() => statusFromProgress(Number.NaN)).toThrow();
  });

  it('reads back from the recorded replies', () => {
    const none = { proceduralRepliedOn: null, outcomeRepliedOn: null, resultRepliedOn: null, closedOn: null };
    expect(statusFromReplies(none)).toBe('RECEIVED');
    expect(statusFromReplies({ ...none, proceduralRepliedOn: '2026-01-02' })).toBe('PROCEDURAL_REPLIED');
    expect(statusFromReplies({ ...none, proceduralRepliedOn: '2026-01-02', outcomeRepliedOn: '2026-02-01' })).toBe('HANDLING');
    expect(statusFromReplies({ ...none, proceduralRepliedOn: '2026-01-02', outcomeRepliedOn: '2026-02-01', resultRepliedOn: '2026-02-01' })).toBe('RESULT_REPLIED');
    expect(statusFromReplies({ proceduralRepliedOn: '2026-01-02', outcomeRepliedOn: '2026-02-01', resultRepliedOn: '2026-02-01', closedOn: '2026-02-03' })).toBe('CLOSED');
  });
});
