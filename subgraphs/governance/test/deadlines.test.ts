import { ANY, choosePolicy, DEFAULT_POLICIES, dueAfter, extendedDueAt, handlingDueAt, validAmount, type DeadlinePolicy } from '../src/domain/deadlines';
import { feedbackEffect } from '../src/domain/feedback';
import { autoKind, supervisionDueAt } from '../src/domain/supervision';

const subject = (o: Partial<{ category: string; urgency: string; channel: string; partner: string | null }> = {}) => ({ category: 'NEIGHBOUR.DISPUTE', urgency: 'NORMAL', channel: 'MINI_PROGRAM', partner: null, ...o });

describe('deadline policy (domain)', () => {
  it('a general matter gets 5 working days (the National Day week is skipped)', () => {
    const { dueAt, policy } = handlingDueAt(DEFAULT_POLICIES, subject(), '2026-09-30T02:00:00.000Z');
    expect(policy.id).toBe('GENERAL');
    expect(dueAt).toBe(dueAfter('2026-09-30T02:00:00.000Z', 'WORKING_DAYS', 5));
    expect(dueAt > '2026-10-08T00:00:00.000Z').toBe(true);
  });

  it('urgency picks an hour clock; a complex category 15 days; a leaf beats its parent', () => {
    expect(handlingDueAt(DEFAULT_POLICIES, subject({ urgency: 'EMERGENCY' }), '2026-05-01T10:00:00.000Z').dueAt).toBe('2026-05-01T12:00:00.000Z');
    expect(handlingDueAt(DEFAULT_POLICIES, subject({ urgency: 'URGENT' }), '2026-05-01T10:00:00.000Z').dueAt).toBe('2026-05-02T10:00:00.000Z');
    expect(choosePolicy(DEFAULT_POLICIES, subject({ category: 'LAND.EXPROPRIATION' })).id).toBe('COMPLEX.LAND');
    const leaf: DeadlinePolicy = { id: 'LEAF', category: 'LAND.CONTRACT', urgency: ANY, channel: ANY, partner: ANY, clockKind: 'NATURAL_DAYS', amount: 20, source: '' };
    expect(choosePolicy([...DEFAULT_POLICIES, leaf], subject({ category: 'LAND.CONTRACT' })).id).toBe('LEAF');
    expect(choosePolicy([...DEFAULT_POLICIES, leaf], subject({ category: 'LAND.EXPROPRIATION' })).id).toBe('COMPLEX.LAND');
  });

  it('partner referrals run on the partner statutory clock, whatever the urgency', () => {
    const at = '2026-03-02T02:00:00.000Z';
    expect(choosePolicy(DEFAULT_POLICIES, subject({ partner: 'PETITION', urgency: 'EMERGENCY' })).amount).toBe(60);
    expect(choosePolicy(DEFAULT_POLICIES, subject({ partner: 'COURT' })).amount).toBe(30);
    expect(choosePolicy(DEFAULT_POLICIES, subject({ partner: 'LEGAL_SERVICES' })).amount).toBe(7);
    expect(choosePolicy(DEFAULT_POLICIES, subject({ partner: 'PROCURATORATE' })).amount).toBe(7);
    expect(handlingDueAt(DEFAULT_POLICIES, subject({ partner: 'PETITION' }), at).dueAt).toBe(dueAfter(at, 'NATURAL_DAYS', 60));
  });

  it('a channel-specific row wins over the general one; nothing matching falls back to 5 working days', () => {
    const hotline: DeadlinePolicy = { id: 'HOTLINE7', category: ANY, urgency: 'NORMAL', channel: 'HOTLINE', partner: ANY, clockKind: 'NATURAL_DAYS', amount: 7, source: '' };
    expect(choosePolicy([...DEFAULT_POLICIES, hotline], subject({ channel: 'HOTLINE' })).id).toBe('HOTLINE7');
    expect(choosePolicy([], subject()).id).toBe('GENERAL');
  });

  it('an extension adds natural days to the due date, moved off a rest day', () => {
    expect(extendedDueAt('2026-05-08T15:59:59.999Z', 1)).toBe(dueAfter('2026-05-08T15:59:59.999Z', 'NATURAL_DAYS', 1));
    expect(extendedDueAt('2026-05-12T15:59:59.999Z', 2)).toBe('2026-05-14T15:59:59.999Z');
  });

  it('validates amounts per clock kind', () => {
    expect(validAmount('HOURS', 720)).toBe(true);
    expect(validAmount('HOURS', 721)).toBe(false);
    expect(validAmount('WORKING_DAYS', 0)).toBe(false);
    expect(validAmount('NATURAL_DAYS', 1.5)).toBe(false);
  });
});

describe('supervision (domain)', () => {
  it('escalates one step per earlier supervision, up to a circulated notice', () => {
    expect(autoKind('OVERDUE', 0)).toBe('ROUTINE');
    expect(autoKind('OVERDUE', 1)).toBe('LISTED');
    expect(autoKind('REFUSED_TO_ACCEPT', 0)).toBe('LISTED');
    expect(autoKind('DISSATISFIED_NO_IMPROVEMENT', 5)).toBe('CIRCULATED');
  });
  it('the reply is due in working days by kind', () => {
    expect(supervisionDueAt('SUMMONS', '2026-05-12T02:00:00.000Z')).toBe('2026-05-14T15:59:59.999Z');
  });
});

describe('feedback (domain)', () => {
  it('dissatisfied reopens; a repeated dissatisfaction also supervises', () => {
    expect(feedbackEffect('SATISFIED', 3)).toEqual({ reopen: false, supervise: false });
    expect(feedbackEffect('BASICALLY_SATISFIED', 0)).toEqual({ reopen: false, supervise: false });
    expect(feedbackEffect('DISSATISFIED', 0)).toEqual({ reopen: true, supervise: false });
    expect(feedbackEffect('DISSATISFIED', 1)).toEqual({ reopen: true, supervise: true });
  });
});
