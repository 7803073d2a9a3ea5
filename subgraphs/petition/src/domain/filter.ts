import { badUserInput } from '../../../kit/errors';
import { isCalendarDate } from './deadlines';
import type { PetitionForm, PetitionStatus } from './types';

/** The `petitions(filter:)` argument as the client sent it. */
export interface PetitionFilterInput {
  jurisdiction?: string | null;
  status?: PetitionStatus | null;
  form?: PetitionForm | null;
  registeredFrom?: string | null;
  registeredTo?: string | null;
}

/** A validated filter: every criterion narrows inside the viewer's scope. */
export interface PetitionFilter {
  jurisdiction?: string;
  status?: PetitionStatus;
  form?: PetitionForm;
  registeredFrom?: string;
  registeredTo?: string;
}

/** Validate the filter at the edge; a bad criterion is BAD_USER_INPUT naming `filter.<field>`. */
export function parsePetitionFilter(input: PetitionFilterInput | null | undefined): PetitionFilter {
  const out: PetitionFilter = {};
  if (!input) return out;
  if (input.jurisdiction !== null && input.jurisdiction !== undefined) {
    if (!/^\d{2,12}$/.test(input.jurisdiction)) throw badUserInput('filter.jurisdiction', 'must be a region-code prefix of 2 to 12 digits');
    out.jurisdiction = input.jurisdiction;
  }
  if (input.status) out.status = input.status;
  if (input.form) out.form = input.form;
  for (const key of ['registeredFrom', 'registeredTo'] as const) {
    const value = input[key];
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string' || !isCalendarDate(value)) throw badUserInput(`filter.${key}`, 'must be a date written YYYY-MM-DD');
    out[key] = value;
  }
  if (out.registeredFrom && out.registeredTo && out.registeredFrom > out.registeredTo) {
    throw badUserInput('filter.registeredTo', 'must not be before registeredFrom');
  }
  return out;
}
