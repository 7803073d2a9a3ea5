import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { caseWord, formatCaseNumber } from '../domain/courts';
import { chinaDate } from '../domain/dates';
import type { CourtCaseType, CourtReferral } from '../model';

/** What a filing needs, decided inside the transaction (the referral read and checked there). */
export interface FilingPlan {
  ref: CourtReferral;
  type: Exclude<CourtCaseType, 'JUDICIAL_CONFIRMATION'>;
  cause: string;
  /** Runs in the same transaction once the case row is in (moves and reports the referral). */
  afterInsert(caseNumber: string): Promise<void>;
}

const MAX_ATTEMPTS = 5;

/** Two filings at the same court took the same sequence number: the later one retries with the next. */
function isCaseNumberClash(err: unknown): boolean {
  const e = err as { code?: string; table?: string; message?: string };
  if (e.code === '23505') return e.table === 'court_cases';
  return typeof e.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT') && /court_cases\./.test(e.message ?? '');
}

/**
 * File a case (立案) in one transaction: the next sequence of its court, year and case word, the case number in the
 * usual form `(2026)吉0302民初1235号`, the case row, then `afterInsert`. Filings at one court queue on its directory
 * row; should two still clash, the unique index refuses the later one, which retries. Resolves with the new case's id.
 */
export async function fileCase(db: Knex, at: Date, plan: (trx: Knex.Transaction) => Promise<FilingPlan>): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (trx) => {
        const { ref, type, cause, afterInsert } = await plan(trx);
        const now = at.toISOString();
        const filedOn = chinaDate(now);
        const year = Number(filedOn.slice(0, 4));
        const word = caseWord(type, 1);
        // On PostgreSQL, filings at one court queue on the court's directory row; SQLite serialises writers anyway.
        if (trx.client.config.client === 'pg') await trx('courts').select('code').where('code', ref.courtCode).forUpdate();
        const [{ last }] = await trx('court_cases').max({ last: 'sequence' }).where({ court_code: ref.courtCode, year, case_word: word });
        const sequence = Number(last ?? 0) + 1;
        const caseNumber = formatCaseNumber(year, ref.courtCode, word, sequence);
        const id = `CC-${randomUUID()}`;
        await trx('court_cases').insert({
          id, case_number: caseNumber, court_name: ref.courtName, court_code: ref.courtCode, year, case_word: word, sequence,
          type, cause_of_action: cause, status: 'FILED', filed_on: filedOn, judged_on: null, closed_on: null,
          referral_id: ref.id, appeal_id: ref.appealId, hearing_venue_id: null, region_code: ref.regionCode, grid_code: ref.gridCode,
          created_at: now, updated_at: now,
        });
        await afterInsert(caseNumber);
        return id;
      });
    } catch (err) {
      if (attempt < MAX_ATTEMPTS && isCaseNumberClash(err)) continue;
      throw err;
    }
  }
}
