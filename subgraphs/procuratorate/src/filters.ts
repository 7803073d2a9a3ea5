import { badUserInput } from '../../kit/errors';
import { isDate } from './domain/deadlines';
import type { MatterKind, MatterStatus } from './model';

/** The client's filter on the matter list, as GraphQL hands it over (enums already checked). */
export interface MatterFilterInput {
  jurisdiction?: string | null;
  kind?: MatterKind | null;
  status?: MatterStatus | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
}

export interface MatterFilter {
  jurisdiction: string | null;
  kind: MatterKind | null;
  status: MatterStatus | null;
  receivedFrom: string | null;
  receivedTo: string | null;
}

/** A jurisdiction argument is a region-code prefix: 2 to 12 digits. */
export function parseJurisdiction(value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || !/^\d{2,12}$/.test(value)) throw badUserInput(field, 'must be a region-code prefix of 2 to 12 digits');
  return value;
}

/** A calendar date `YYYY-MM-DD` that exists (the `Date` scalar has no parser of its own). */
export function parseDate(value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || !isDate(value)) throw badUserInput(field, 'must be a date YYYY-MM-DD');
  return value;
}

/** Validate the filter at the edge, before any SQL is built. */
export function parseMatterFilter(input: MatterFilterInput | null | undefined): MatterFilter {
  const receivedFrom = parseDate(input?.receivedFrom, 'filter.receivedFrom');
  const receivedTo = parseDate(input?.receivedTo, 'filter.receivedTo');
  if (receivedFrom && receivedTo && receivedTo < receivedFrom) throw badUserInput('filter.receivedTo', 'must not be before filter.receivedFrom');
  return {
    jurisdiction: parseJurisdiction(input?.jurisdiction, 'filter.jurisdiction'),
    kind: input?.kind ?? null,
    status: input?.status ?? null,
    receivedFrom,
    receivedTo,
  };
}
