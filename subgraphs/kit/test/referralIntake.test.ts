import { normaliseMobile } from '../mobile';
import { parseReferralIntake, type ReferralIntakeInput } from '../referralIntake';

/** The referral contract every partner checks at its edge: what it keeps, what it refuses, naming the field. */
const now = new Date('2026-05-27T10:00:00.000Z');
const good: ReferralIntakeInput = {
  dispatchId: 'AP000123-D1', appealId: 'AP000123', regionCode: '220302100201', gridCode: '220302100201003', category: 'LABOUR.WAGE_ARREARS',
  title: ' 拖欠工资 ', description: '详情', nature: 'GRIEVANCE', litigation: 'CIVIL', urgency: 'URGENT', anonymous: false, confidential: true,
  applicantName: '李娜', applicantIdNumber: '22030219800101003x', applicantPhone: '0086 13912345678', referredAt: '2026-05-27T17:30:00+08:00',
};

/** The BAD_USER_INPUT `parse` throws, as `field: message`. */
function refusal(patch: Record<string, unknown>): string {
  try {
    parseReferralIntake({ ...good, ...patch } as ReferralIntakeInput, now);
  } catch (err) {
    expect((err as { extensions: unknown }).extensions).toEqual({ code: 'BAD_USER_INPUT', field: expect.stringMatching(/^input\.\w+$/) });
    return (err as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(patch)}`);
}

describe('what a referral keeps', () => {
  it('trims, normalises the ID number and phone, and writes referredAt in UTC', () => {
    expect(parseReferralIntake(good, now)).toEqual({
      ...good, title: '拖欠工资', applicantIdNumber: '22030219800101003X', applicantPhone: '13912345678', referredAt: '2026-05-27T09:30:00.000Z',
    });
  });

  it('keeps absent text as null', () => {
    expect(parseReferralIntake({ ...good, applicantName: ' ', applicantIdNumber: null, applicantPhone: undefined, description: '' }, now)).toMatchObject({
      applicantName: null, applicantIdNumber: null, applicantPhone: null, description: null,
    });
  });

  it('keeps no identity of an anonymous applicant', () => {
    expect(parseReferralIntake({ ...good, anonymous: true }, now)).toMatchObject({ anonymous: true, applicantName: null, applicantIdNumber: null, applicantPhone: null });
  });

  it('still checks identity fields it will not keep', () => {
    expect(refusal({ anonymous: true, applicantIdNumber: '110105194912310021' })).toBe('input.applicantIdNumber: fails the GB 11643 check digit');
    expect(refusal({ anonymous: true, applicantPhone: '12345' })).toMatch(/^input\.applicantPhone: /);
  });

  it('takes the flags only when they are true', () => {
    expect(parseReferralIntake({ ...good, anonymous: 'yes', confidential: 1 } as never, now)).toMatchObject({ anonymous: false, confidential: false, applicantName: '李娜' });
  });
});

describe('what a referral refuses', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['an empty dispatch id', { dispatchId: '' }, 'input.dispatchId'],
    ['a padded dispatch id (it would not be the id governance dedupes on)', { dispatchId: ' AP000123-D1 ' }, 'input.dispatchId'],
    ['a dispatch id of 65 characters', { dispatchId: 'x'.repeat(65) }, 'input.dispatchId'],
    ['an appeal id with a slash', { appealId: 'AP/1' }, 'input.appealId'],
    ['a missing appeal id', { appealId: undefined }, 'input.appealId'],
    ['a short region code', { regionCode: '220302' }, 'input.regionCode'],
    ['a grid code of letters', { gridCode: 'abc' }, 'input.gridCode'],
    ['a lower-case category', { category: 'labour.wage' }, 'input.category'],
    ['a category of 65 characters', { category: `A${'.B'.repeat(32)}` }, 'input.category'],
    ['a blank title', { title: '  ' }, 'input.title'],
    ['a title that is no string', { title: 42 }, 'input.title'],
    ['a title of 201 characters', { title: '长'.repeat(201) }, 'input.title'],
    ['a description of 4,001 characters', { description: '长'.repeat(4001) }, 'input.description'],
    ['an unknown nature', { nature: 'RUMOUR' }, 'input.nature'],
    ['an unknown litigation', { litigation: 'ARBITRATION' }, 'input.litigation'],
    ['an unknown urgency', { urgency: 'SOMEDAY' }, 'input.urgency'],
    ['a name of 101 characters', { applicantName: '名'.repeat(101) }, 'input.applicantName'],
    ['a landline', { applicantPhone: '010-12345678' }, 'input.applicantPhone'],
    ['a date without a time', { referredAt: '2026-05-27' }, 'input.referredAt'],
    ['a date-time without a zone', { referredAt: '2026-05-01T10:00:00' }, 'input.referredAt'],
    ['a day that does not exist', { referredAt: '2026-02-30T10:00:00Z' }, 'input.referredAt'],
  ])('%s', (_, patch, field) => {
    expect(refusal(patch)).toMatch(new RegExp(`^${field.replace('.', '\\.')}: `));
  });

  it('says which check a grid code fails', () => {
    expect(refusal({ gridCode: '22030210020100' })).toBe('input.gridCode: must be a 15-digit grid code');
    expect(refusal({ gridCode: '220323100201001' })).toBe('input.gridCode: must start with the region code');
  });

  it('says what is wrong with an ID number', () => {
    expect(refusal({ applicantIdNumber: '2203021980010100' })).toBe('input.applicantIdNumber: must be 18 characters: 17 digits and a check digit or X');
    expect(refusal({ applicantIdNumber: '220302198013010011' })).toBe('input.applicantIdNumber: holds an impossible birth date');
    expect(refusal({ applicantIdNumber: '220302198001010014' })).toBe('input.applicantIdNumber: fails the GB 11643 check digit');
  });

  it('takes a referredAt a little ahead of our clock (skew) but not one in the future', () => {
    expect(() => parseReferralIntake({ ...good, referredAt: '2026-05-27T10:04:00Z' }, now)).not.toThrow();
    expect(refusal({ referredAt: '2026-05-27T10:06:00Z' })).toBe('input.referredAt: must not be in the future');
  });

  it('names the first bad field in the order of the contract', () => {
    expect(refusal({ title: '', nature: 'RUMOUR', referredAt: 'yesterday' })).toBe('input.title: is required');
  });
});

describe('mobile numbers', () => {
  it('keep the 11 digits, whatever the spacing and country prefix', () => {
    expect(['13912345678', '+86 139-1234-5678', '0086 13912345678', '139 1234 5678'].map(normaliseMobile)).toEqual(Array(4).fill('13912345678'));
  });

  it('are null when they are no mainland mobile number', () => {
    expect(['12912345678', '1391234567', '010-12345678', '+1 13912345678'].map(normaliseMobile)).toEqual([null, null, null, null]);
  });
});
