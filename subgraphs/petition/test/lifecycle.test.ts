import { canApply, nextStatus, PETITION_ACTIONS, progressStateOf, type PetitionAction } from '../src/domain/lifecycle';
import { PETITION_STATUSES } from '../src/domain/types';

const ACTIONS = Object.keys(PETITION_ACTIONS) as PetitionAction[];

describe('the petition lifecycle', () => {
  it('allows exactly the documented staff actions', () => {
    const legal = ACTIONS.flatMap((a) => PETITION_STATUSES.filter((s) => canApply(a, s)).map((s) => `${a}: ${s}->${PETITION_ACTIONS[a].to}`));
    expect(legal).toEqual(['ACCEPT: REGISTERED->ACCEPTED', 'DIVERT: REGISTERED->DIVERTED', 'REPLY: ACCEPTED->REPLIED', 'REPLY: HANDLING->REPLIED', 'CONCLUDE: REPLIED->CONCLUDED']);
  });

  it('never enters a status twice along any path, so <record>:<status> names each reported change once', () => {
    const next = (s: string) => ACTIONS.filter((a) => canApply(a, s as never)).map((a) => PETITION_ACTIONS[a].to as string);
    const visit = (s: string, seen: Set<string>): number => {
      let paths = 0;
      for (const n of next(s)) {
        expect(seen.has(n)).toBe(false);
        paths += visit(n, new Set([...seen, n]));
      }
      return paths || 1;
    };
    expect(visit('REGISTERED', new Set(['REGISTERED']))).toBe(2);
    expect(visit('HANDLING', new Set(['HANDLING']))).toBe(1);
  });

  it('throws ILLEGAL_TRANSITION naming both states', () => {
    expect(nextStatus('ACCEPT', 'REGISTERED')).toBe('ACCEPTED');
    try {
      nextStatus('CONCLUDE', 'DIVERTED');
      throw new Error('expected ILLEGAL_TRANSITION');
    } catch (err) {
      expect((err as { extensions: unknown }).extensions).toEqual({ code: 'ILLEGAL_TRANSITION', from: 'DIVERTED', to: 'CONCLUDED' });
      expect((err as Error).message).toBe('Cannot move petition from DIVERTED to CONCLUDED');
    }
  });

  it('reports the contract states: a diverted or refused petition is REJECTED, a concluded one CLOSED', () => {
    expect(PETITION_STATUSES.map((s) => [s, progressStateOf(s)])).toEqual([
      ['REGISTERED', null], ['ACCEPTED', 'ACCEPTED'], ['HANDLING', null], ['REPLIED', 'REPLIED'], ['UNDER_REVIEW', null], ['UNDER_RE_REVIEW', null],
      ['CONCLUDED', 'CLOSED'], ['NOT_ACCEPTED', 'REJECTED'], ['DIVERTED', 'REJECTED'],
    ]);
  });
});
