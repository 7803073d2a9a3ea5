import { createRandom, hashSeed } from '../../../../demo/random';
import { formatCaseNumber } from '../domain/courts';
import type { CaseDraft, CaseRow } from './rows';

/**
 * Number the cases: per court, year and case word, in filing order. The hub's cases are a share of each
 * court's docket, so consecutive hub cases leave gaps for the court's other cases.
 */
export function assignCaseNumbers(drafts: readonly CaseDraft[]): CaseRow[] {
  const sorted = [...drafts].sort((a, b) => (a.filed_on < b.filed_on ? -1 : a.filed_on > b.filed_on ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const counters = new Map<string, { next: number; rng: ReturnType<typeof createRandom> }>();
  return sorted.map((draft) => {
    const year = Number(draft.filed_on.slice(0, 4));
    const key = `${draft.court_code}|${year}|${draft.case_word}`;
    let counter = counters.get(key);
    if (!counter) {
      const rng = createRandom(hashSeed(key));
      counter = { next: rng.int(1, 30), rng };
      counters.set(key, counter);
    }
    const sequence = counter.next;
    counter.next += counter.rng.int(1, 12);
    return { ...draft, year, sequence, case_number: formatCaseNumber(year, draft.court_code, draft.case_word, sequence) };
  });
}
