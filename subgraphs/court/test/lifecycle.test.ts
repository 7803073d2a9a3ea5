import { assertCaseMove, assertReferralMove, canMoveCase, canMoveReferral, progressStateOf, referralStatusAfterJudgment } from '../src/domain/lifecycle';
import { referralKindOf, referredCaseType } from '../src/domain/referrals';
import type { CourtCaseStatus, CourtReferralStatus } from '../src/model';

const STATUSES: CourtReferralStatus[] = ['RECEIVED', 'ACCEPTED', 'MEDIATING', 'MEDIATED', 'MEDIATION_FAILED', 'FILED', 'JUDGED', 'CLOSED', 'WITHDRAWN'];
const mediation = { kind: 'PRE_LITIGATION_MEDIATION' as const };
const review = { kind: 'FILING_REVIEW' as const };

describe('the court referral lifecycle', () => {
  it('allows exactly the documented moves of a mediation referral', () => {
    const legal = STATUSES.flatMap((from) => STATUSES.filter((to) => canMoveReferral(from, to, { ...mediation, caseStatuses: ['JUDGED'] })).map((to) => `${from}->${to}`));
    expect(legal.sort()).toEqual(
      [
        'RECEIVED->ACCEPTED', 'ACCEPTED->MEDIATING', 'ACCEPTED->FILED', 'MEDIATING->MEDIATED', 'MEDIATING->MEDIATION_FAILED', 'MEDIATED->CLOSED',
        'MEDIATION_FAILED->FILED', 'MEDIATION_FAILED->CLOSED', 'FILED->JUDGED', 'FILED->CLOSED', 'JUDGED->CLOSED',
      ].sort(),
    );
  });

  it('never re-enters a status, so <record>:<status> names each state change once', () => {
    const reachable = new Map<CourtReferralStatus, Set<CourtReferralStatus>>();
    for (const from of STATUSES) reachable.set(from, new Set(STATUSES.filter((to) => canMoveReferral(from, to, { ...mediation, caseStatuses: ['JUDGED'] }))));
    const visit = (s: CourtReferralStatus, seen: Set<CourtReferralStatus>): void => {
      for (const next of reachable.get(s)!) {
        expect(seen.has(next)).toBe(false);
        visit(next, new Set([...seen, next]));
      }
    };
    visit('RECEIVED', new Set(['RECEIVED']));
  });

  it('sends only pre-litigation mediation referrals to mediation', () => {
    expect(canMoveReferral('ACCEPTED', 'MEDIATING', mediation)).toBe(true);
    expect(canMoveReferral('ACCEPTED', 'MEDIATING', review)).toBe(false);
    expect(canMoveReferral('ACCEPTED', 'FILED', review)).toBe(true);
  });

  it('closes a filed referral only when every case of it is decided', () => {
    expect(canMoveReferral('FILED', 'CLOSED', { ...review, caseStatuses: [] })).toBe(false);
    expect(canMoveReferral('FILED', 'CLOSED', { ...review, caseStatuses: ['JUDGED', 'FILED'] })).toBe(false);
    expect(canMoveReferral('JUDGED', 'CLOSED', { ...review, caseStatuses: ['TRIAL'] })).toBe(false);
    expect(canMoveReferral('JUDGED', 'CLOSED', { ...review, caseStatuses: ['JUDGED', 'CLOSED'] })).toBe(true);
    expect(canMoveReferral('MEDIATED', 'CLOSED', mediation)).toBe(true);
  });

  it('throws ILLEGAL_TRANSITION naming both states', () => {
    try {
      assertReferralMove('CLOSED', 'ACCEPTED', mediation);
      throw new Error('expected ILLEGAL_TRANSITION');
    } catch (err) {
      expect((err as { extensions: unknown }).extensions).toEqual({ code: 'ILLEGAL_TRANSITION', from: 'CLOSED', to: 'ACCEPTED' });
      expect((err as Error).message).toBe('Cannot move court referral from CLOSED to ACCEPTED');
    }
    expect(() => assertReferralMove('RECEIVED', 'ACCEPTED', review)).not.toThrow();
  });

  it('moves a filed referral to JUDGED with its first judgment and keeps it there for the next', () => {
    expect(referralStatusAfterJudgment('FILED')).toBe('JUDGED');
    expect(referralStatusAfterJudgment('JUDGED')).toBe('JUDGED');
    for (const s of ['RECEIVED', 'ACCEPTED', 'MEDIATED', 'CLOSED'] as const) expect(() => referralStatusAfterJudgment(s)).toThrow(/Cannot move court referral/);
  });

  it('reports the contract states, a failed mediation as MEDIATING', () => {
    expect(STATUSES.map((s) => [s, progressStateOf(s)])).toEqual([
      ['RECEIVED', null], ['ACCEPTED', 'ACCEPTED'], ['MEDIATING', 'MEDIATING'], ['MEDIATED', 'AGREEMENT'], ['MEDIATION_FAILED', 'MEDIATING'],
      ['FILED', 'FILED'], ['JUDGED', 'JUDGED'], ['CLOSED', 'CLOSED'], ['WITHDRAWN', null],
    ]);
  });
});

describe('the court case lifecycle', () => {
  it('judges a filed or tried case once, then closes it', () => {
    const all: CourtCaseStatus[] = ['FILED', 'TRIAL', 'JUDGED', 'CLOSED'];
    const legal = all.flatMap((from) => all.filter((to) => canMoveCase(from, to)).map((to) => `${from}->${to}`));
    expect(legal).toEqual(['FILED->TRIAL', 'FILED->JUDGED', 'TRIAL->JUDGED', 'JUDGED->CLOSED']);
    expect(() => assertCaseMove('JUDGED', 'JUDGED')).toThrow('Cannot move court case from JUDGED to JUDGED');
  });
});

describe('referral kinds', () => {
  it('sends civil matters to mediation first and the rest to filing review', () => {
    expect(referralKindOf('CIVIL', 'LABOUR.WAGE_ARREARS')).toBe('PRE_LITIGATION_MEDIATION');
    expect(referralKindOf('NONE', 'NEIGHBOUR.DISPUTE')).toBe('PRE_LITIGATION_MEDIATION');
    expect(referralKindOf('NONE', 'FINANCE.ILLEGAL_FUNDRAISING')).toBe('FILING_REVIEW');
    expect(referralKindOf('ADMINISTRATIVE', 'LAND.EXPROPRIATION')).toBe('FILING_REVIEW');
    expect(referredCaseType('CRIMINAL', 'NEIGHBOUR.DISPUTE')).toBe('CRIMINAL');
    expect(referredCaseType('NONE', 'LITIGATION.ADMINISTRATIVE')).toBe('ADMINISTRATIVE');
  });
});
