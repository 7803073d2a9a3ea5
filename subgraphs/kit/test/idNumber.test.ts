import { idCheckCharacter, idNumberProblem, makeIdNumber } from '../idNumber';

describe('resident ID numbers (GB 11643)', () => {
  it('computes the ISO 7064 MOD 11-2 check character', () => {
    // The standard's own example: 11010519491231002X.
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberProblem('11010519491231002x')).toBeNull();
  });

  it('names what is wrong', () => {
    expect(idNumberProblem('110105194912310021')).toBe('CHECKSUM');
    expect(idNumberProblem('1101051949123100')).toBe('FORMAT');
    expect(idNumberProblem(makeIdNumber('220302', '19490230', 1))).toBe('BIRTH_DATE');
    expect(idNumberProblem(makeIdNumber('220302', '29990101', 1))).toBe('BIRTH_DATE');
  });

  it('builds valid numbers', () => {
    expect(idNumberProblem(makeIdNumber('220323', '19800229', 17))).toBeNull();
  });
});
