import { MATTER_RULES, step, type MatterAction, type Replies } from '../src/domain/lifecycle';
import { departmentOf, matterKindOf } from '../src/domain/intake';
import { countyProcuratorateOf } from '../src/domain/procuratorates';
import { parseReferralIntake } from '../src/domain/referralIntake';
import { MATTER_STATUSES, statusFromReplies, type MatterStatus } from '../src/domain/status';

/** The pure rules: the 12309 steps and their reply dates, how a referral becomes a matter, the referral's checks. */
const none: Replies = { proceduralRepliedOn: null, outcomeRepliedOn: null, outcomeReplyKind: null, resultRepliedOn: null, closedOn: null };
const AT: Record<MatterStatus, Replies> = {
  RECEIVED: none,
  PROCEDURAL_REPLIED: { ...none, proceduralRepliedOn: '2026-03-03' },
  HANDLING: { ...none, proceduralRepliedOn: '2026-03-03', outcomeRepliedOn: '2026-04-20', outcomeReplyKind: 'PROGRESS' },
  RESULT_REPLIED: { ...none, proceduralRepliedOn: '2026-03-03', outcomeRepliedOn: '2026-04-20', outcomeReplyKind: 'RESULT', resultRepliedOn: '2026-04-20' },
  CLOSED: { proceduralRepliedOn: '2026-03-03', outcomeRepliedOn: '2026-04-20', outcomeReplyKind: 'RESULT', resultRepliedOn: '2026-04-20', closedOn: '2026-04-22' },
};
const today = '2026-06-01';

describe('the 12309 steps', () => {
  it('accept gives the procedural reply today (ACCEPTED to governance)', () => {
    expect(step(AT.RECEIVED, 'accept', today)).toEqual({ from: 'RECEIVED', to: 'PROCEDURAL_REPLIED', report: 'ACCEPTED', replies: { ...none, proceduralRepliedOn: today } });
  });

  it('reply records the result today; as the first substantive reply it is the outcome reply too (REPLIED)', () => {
    expect(step(AT.PROCEDURAL_REPLIED, 'reply', today)).toMatchObject({ to: 'RESULT_REPLIED', report: 'REPLIED', replies: { proceduralRepliedOn: '2026-03-03', outcomeRepliedOn: today, outcomeReplyKind: 'RESULT', resultRepliedOn: today } });
  });

  it('reply after progress replies keeps the first outcome reply and its kind', () => {
    expect(step(AT.HANDLING, 'reply', today)).toMatchObject({ from: 'HANDLING', to: 'RESULT_REPLIED', replies: { outcomeRepliedOn: '2026-04-20', outcomeReplyKind: 'PROGRESS', resultRepliedOn: today } });
  });

  it('close records the day (CLOSED)', () => {
    expect(step(AT.RESULT_REPLIED, 'close', today)).toMatchObject({ to: 'CLOSED', report: 'CLOSED', replies: { ...AT.RESULT_REPLIED, closedOn: today } });
  });

  it('refuses every other move with ILLEGAL_TRANSITION, and every allowed one leaves dates that agree with the status', () => {
    let refused = 0;
    for (const status of MATTER_STATUSES) {
      expect(statusFromReplies(AT[status])).toBe(status);
      for (const action of Object.keys(MATTER_RULES) as MatterAction[]) {
        if (MATTER_RULES[action].from.includes(status)) {
          const s = step(AT[status], action, today);
          expect(statusFromReplies(s.replies)).toBe(s.to);
          continue;
        }
        refused++;
        expect(() => step(AT[status], action, today)).toThrow(expect.objectContaining({ extensions: { code: 'ILLEGAL_TRANSITION', from: status, to: MATTER_RULES[action].to } }));
      }
    }
    expect(refused).toBe(11);
  });
});

describe('a referral becomes a matter', () => {
  it('of a kind from its category and nature, at the department that handles that kind', () => {
    expect(matterKindOf({ category: 'ENVIRONMENT.POLLUTION', nature: 'COMPLAINT' })).toBe('PUBLIC_INTEREST_CLUE');
    expect(matterKindOf({ category: 'PUBLIC.EDUCATION', nature: 'HELP' })).toBe('JUVENILE_PROTECTION');
    expect(matterKindOf({ category: 'CONDUCT.OFFICIAL', nature: 'ACCUSATION' })).toBe('REPORT');
    expect(matterKindOf({ category: 'LITIGATION.CRIMINAL', nature: 'GRIEVANCE' })).toBe('APPEAL');
    expect(matterKindOf({ category: 'LITIGATION.CIVIL', nature: 'COMPLAINT' })).toBe('COMPLAINT');
    expect(departmentOf('PUBLIC_INTEREST_CLUE', 'NONE')).toBe('PUBLIC_INTEREST');
    expect(departmentOf('JUVENILE_PROTECTION', 'CRIMINAL')).toBe('JUVENILE');
    expect(departmentOf('REPORT', 'CRIMINAL')).toBe('CRIMINAL');
    expect(departmentOf('REPORT', 'NONE')).toBe('COMPLAINT_AND_APPEAL');
    expect(departmentOf('APPEAL', 'CRIMINAL')).toBe('COMPLAINT_AND_APPEAL');
    expect(departmentOf('APPEAL', 'ADMINISTRATIVE')).toBe('ADMINISTRATIVE');
    expect(departmentOf('COMPLAINT', 'CIVIL')).toBe('CIVIL');
  });

  it('at the county procuratorate of its region, named as the city names it', () => {
    expect(countyProcuratorateOf('220302001001')).toEqual({ code: '220302000000', name: '四平市铁西区人民检察院', level: 'COUNTY' });
    expect(countyProcuratorateOf('220323105203')).toEqual({ code: '220323000000', name: '伊通满族自治县人民检察院', level: 'COUNTY' });
    expect(countyProcuratorateOf('220382001001')?.name).toBe('双辽市人民检察院');
    expect(countyProcuratorateOf('110101001001')).toBeNull();
  });
});

describe('referral checks', () => {
  const valid = {
    dispatchId: 'AP1-D2', appealId: 'AP1', regionCode: '220302001001', gridCode: '220302001001001', category: 'LITIGATION.CRIMINAL', title: ' 标题 ',
    description: '', nature: 'GRIEVANCE', litigation: 'CRIMINAL', urgency: 'URGENT', anonymous: false, confidential: true,
    applicantName: '王五', applicantIdNumber: null, applicantPhone: '0086-138-1234-5678', referredAt: '2026-03-01T08:00:00+08:00',
  };
  const now = new Date('2026-03-02T00:00:00Z');

  it('normalises what it keeps', () => {
    expect(parseReferralIntake(valid, now)).toMatchObject({ title: '标题', description: null, applicantPhone: '13812345678', referredAt: '2026-03-01T00:00:00.000Z', confidential: true });
  });

  it('keeps no identity of an anonymous petitioner', () => {
    expect(parseReferralIntake({ ...valid, anonymous: true, applicantIdNumber: '11010519491231002X' }, now)).toMatchObject({ applicantName: null, applicantIdNumber: null, applicantPhone: null });
  });

  it('still checks identity fields it will not keep', () => {
    expect(() => parseReferralIntake({ ...valid, anonymous: true, applicantIdNumber: '110105194912310021' }, now)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'input.applicantIdNumber' } }));
  });

  it('allows a few minutes of clock skew, not more', () => {
    expect(() => parseReferralIntake({ ...valid, referredAt: '2026-03-02T00:04:00Z' }, now)).not.toThrow();
    expect(() => parseReferralIntake({ ...valid, referredAt: '2026-03-02T00:06:00Z' }, now)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'input.referredAt' } }));
  });
});
