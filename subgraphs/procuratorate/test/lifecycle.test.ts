import { MATTER_RULES, step, type MatterAction, type Replies } from '../src/domain/lifecycle';
import { departmentOf, matterKindOf } from '../src/domain/intake';
import { countyProcuratorateOf } from '../src/domain/procuratorates';
import { MATTER_STATUSES, statusFromReplies, type MatterStatus } from '../src/domain/status';

/** The pure rules: the 12309 steps and their reply dates, and how a referral becomes a matter (its checks are the kit's). */
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
