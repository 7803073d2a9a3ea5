import { canApply, nextStatus, PETITION_ACTIONS, progressStateOf, type PetitionAction } from '../src/domain/lifecycle';
import { parseIntake } from '../src/domain/intake';
import { progressMessage } from '../src/domain/progress';
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

describe('progress messages and intake', () => {
  it('build the contract payload for the petition center', () => {
    expect(progressMessage({ eventId: 'PT-1:DIVERTED', dispatchId: 'AP1-D2', state: 'REJECTED', at: '2026-05-27T10:00:00.000Z', note: '告知起诉', recordId: 'PT-1' })).toEqual({
      id: 'PT-1:DIVERTED',
      target: 'governance',
      kind: 'progress',
      query: 'mutation($input: PartnerProgressInput!) { reportPartnerProgress(input: $input) { eventId duplicate } }',
      variables: { input: { eventId: 'PT-1:DIVERTED', dispatchId: 'AP1-D2', partner: 'PETITION', state: 'REJECTED', at: '2026-05-27T10:00:00.000Z', note: '告知起诉', recordId: 'PT-1' } },
    });
  });

  it('validates the intake at the edge, naming the field', () => {
    const input = {
      dispatchId: 'AP1-D2', appealId: 'AP1', regionCode: '220323100201', gridCode: '220323100201001', category: 'LAND.CONTRACT', title: '土地承包纠纷',
      description: '', nature: 'HELP', litigation: 'NONE', urgency: 'NORMAL', anonymous: false, confidential: false, referredAt: '2026-05-27T09:00:00Z',
    };
    const now = new Date('2026-05-27T10:00:00Z');
    expect(parseIntake(input, now)).toMatchObject({ nature: 'HELP', applicantName: null, referredAt: '2026-05-27T09:00:00.000Z' });
    expect(() => parseIntake({ ...input, gridCode: '220302100201001' }, now)).toThrow('input.gridCode: must start with the region code');
    expect(() => parseIntake({ ...input, referredAt: '2026-05-27' }, now)).toThrow(/^input.referredAt: /);
  });
});
