import { badUserInput } from '../../kit/errors';
import type { CourtCaseStatus, CourtCaseType, CourtReferralStatus, CourtVenueKind } from './model';

/** Client filters, validated at the edge before any SQL is built. Enums are already checked by GraphQL. */
export interface CaseFilterInput {
  jurisdiction?: string | null;
  status?: CourtCaseStatus | null;
  type?: CourtCaseType | null;
  filedFrom?: string | null;
  filedTo?: string | null;
}

export interface ReferralFilterInput {
  jurisdiction?: string | null;
  status?: CourtReferralStatus | null;
}

export interface VenueFilterInput {
  jurisdiction?: string | null;
  kind?: CourtVenueKind | null;
}

/** A jurisdiction argument is a region-code prefix: 2 to 12 digits. */
export function parseJurisdiction(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (!/^\d{2,12}$/.test(value)) throw badUserInput(field, 'must be a region-code prefix of 2 to 12 digits');
  return value;
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function parseDate(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== value) throw badUserInput(field, 'must be a date YYYY-MM-DD');
  return value;
}

export function parseCaseFilter(filter: CaseFilterInput | null | undefined) {
  const filedFrom = parseDate(filter?.filedFrom, 'filter.filedFrom');
  const filedTo = parseDate(filter?.filedTo, 'filter.filedTo');
  if (filedFrom && filedTo && filedTo < filedFrom) throw badUserInput('filter.filedTo', 'must not be before filter.filedFrom');
  return {
    jurisdiction: parseJurisdiction(filter?.jurisdiction, 'filter.jurisdiction'),
    status: filter?.status ?? null,
    type: filter?.type ?? null,
    filedFrom,
    filedTo,
  };
}

export function parseReferralFilter(filter: ReferralFilterInput | null | undefined) {
  return { jurisdiction: parseJurisdiction(filter?.jurisdiction, 'filter.jurisdiction'), status: filter?.status ?? null };
}

export function parseVenueFilter(filter: VenueFilterInput | null | undefined) {
  return { jurisdiction: parseJurisdiction(filter?.jurisdiction, 'filter.jurisdiction'), kind: filter?.kind ?? null };
}
