import { addDays, addMonths, chinaDateOf, daysBetween, followUpDueDates, isDate, outcomeReplyDueOn, proceduralReplyDueOn } from '../src/domain/deadlines';
import { statusFromProgress, statusFromReplies } from '../src/domain/status';

describe('12309 clocks in natural days', () => {
  it('does not count the start day: received on the 1st, the 7-day procedural reply is due on the 8th', () => {
    expect(proceduralReplyDueOn('2026-03-01')).toBe('2026-03-08');
    expect(proceduralReplyDueOn('2026-12-28')).toBe('2027-01-04');
    expect(proceduralReplyDueOn('2028-02-25')).toBe('2028-03-03');
    expect(daysBetween('2026-03-01', proceduralReplyDueOn('2026-03-01'))).toBe(7);
  });

  it('ends a 3-month period on the corresponding day, or on the last day of a shorter month', () => {
    expect(outcomeReplyDueOn('2026-03-15')).toBe('2026-06-15');
    expect(outcomeReplyDueOn('2026-11-30')).toBe('2027-02-28');
    expect(outcomeReplyDueOn('2027-11-30')).toBe('2028-02-29');
    expect(outcomeReplyDueOn('2026-05-31')).toBe('2026-08-31');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
  });

  it('owes monthly follow-ups after the 3-month due day, each counted from that day', () => {
    expect(followUpDueDates('2026-08-31', '2026-08-31')).toEqual([]);
    expect(followUpDueDates('2026-08-31', '2026-12-30')).toEqual(['2026-09-30', '2026-10-31', '2026-11-30']);
    expect(followUpDueDates('2026-08-31', '2026-12-31')).toEqual(['2026-09-30', '2026-10-31', '2026-11-30', '2026-12-31']);
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
