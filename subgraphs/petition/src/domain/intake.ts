import { badUserInput } from '../../../kit/errors';
import { idNumberProblem } from '../../../kit/idNumber';

/**
 * Referral intake: what governance's delivery worker sends (`PetitionReferralIntake`), validated at the edge. Every
 * problem is a BAD_USER_INPUT naming the field (`input.regionCode`), which the worker treats as permanent.
 */
export interface ReferralIntakeInput {
  dispatchId: string;
  appealId: string;
  regionCode: string;
  gridCode: string;
  category: string;
  title: string;
  description: string;
  nature: string;
  litigation: string;
  urgency: string;
  anonymous: boolean;
  confidential: boolean;
  applicantName?: string | null;
  applicantIdNumber?: string | null;
  applicantPhone?: string | null;
  referredAt: string;
}

export const NATURES = ['SUGGESTION', 'ACCUSATION', 'GRIEVANCE', 'CONSULTATION', 'HELP', 'COMPLAINT'] as const;
export const LITIGATIONS = ['NONE', 'CIVIL', 'ADMINISTRATIVE', 'CRIMINAL'] as const;
export const URGENCIES = ['NORMAL', 'URGENT', 'EMERGENCY'] as const;
export type Litigation = (typeof LITIGATIONS)[number];

export interface CleanIntake {
  dispatchId: string;
  appealId: string;
  regionCode: string;
  gridCode: string;
  category: string;
  title: string;
  description: string;
  nature: (typeof NATURES)[number];
  litigation: Litigation;
  urgency: (typeof URGENCIES)[number];
  anonymous: boolean;
  confidential: boolean;
  applicantName: string | null;
  applicantIdNumber: string | null;
  applicantPhone: string | null;
  referredAt: string;
}

export const MAX_DESCRIPTION = 4000;
/** How far ahead of our clock a `referredAt` may be (clock skew between services). */
const MAX_FUTURE_SKEW_MS = 5 * 60_000;
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const CATEGORY_RE = /^[A-Z][A-Z0-9_]*(\.[A-Z][A-Z0-9_]*)*$/;
const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const length = (s: string) => [...s].length;

function text(value: string | null | undefined, field: string, max: number, required: boolean): string | null {
  const v = (value ?? '').trim();
  if (!v) {
    if (required) throw badUserInput(field, 'is required');
    return null;
  }
  if (length(v) > max) throw badUserInput(field, `must be at most ${max} characters`);
  return v;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw badUserInput(field, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** An ISO 8601 date-time with a zone whose calendar date exists (`Date.parse` rolls 02-30 over to March). */
function isDateTime(s: string): boolean {
  if (!DATE_TIME_RE.test(s)) return false;
  const [y, m, d] = s.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d && !Number.isNaN(Date.parse(s));
}

/** A mobile number: 11 digits `1[3-9]…`, optionally +86 / 0086; the 11 digits, or null when invalid. */
export function normaliseMobile(raw: string): string | null {
  const compact = raw.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(compact) ? compact : null;
}

/** Validate an intake; `now` bounds `referredAt`. `maxNameLength` is the receiving table's. */
export function parseIntake(input: ReferralIntakeInput, now: Date, maxNameLength = 100): CleanIntake {
  const dispatchId = input.dispatchId.trim();
  if (!ID_RE.test(dispatchId)) throw badUserInput('input.dispatchId', 'must be 1 to 64 letters, digits or _.:-');
  const appealId = input.appealId.trim();
  if (!ID_RE.test(appealId)) throw badUserInput('input.appealId', 'must be 1 to 64 letters, digits or _.:-');
  if (!/^\d{12}$/.test(input.regionCode)) throw badUserInput('input.regionCode', 'must be a 12-digit region code');
  if (!/^\d{15}$/.test(input.gridCode)) throw badUserInput('input.gridCode', 'must be a 15-digit grid code');
  if (!input.gridCode.startsWith(input.regionCode)) throw badUserInput('input.gridCode', 'must start with the region code');
  if (length(input.category) > 64 || !CATEGORY_RE.test(input.category)) throw badUserInput('input.category', 'must be a category code such as LABOUR.WAGE_ARREARS');
  const title = text(input.title, 'input.title', 200, true) as string;
  const description = text(input.description, 'input.description', MAX_DESCRIPTION, false) ?? '';
  const nature = oneOf(input.nature, NATURES, 'input.nature');
  const litigation = oneOf(input.litigation, LITIGATIONS, 'input.litigation');
  const urgency = oneOf(input.urgency, URGENCIES, 'input.urgency');
  const applicantName = text(input.applicantName, 'input.applicantName', maxNameLength, false);
  const idNumber = text(input.applicantIdNumber, 'input.applicantIdNumber', 18, false);
  if (idNumber && idNumberProblem(idNumber)) throw badUserInput('input.applicantIdNumber', 'is not a valid resident ID number (GB 11643)');
  const rawPhone = text(input.applicantPhone, 'input.applicantPhone', 20, false);
  const phone = rawPhone ? normaliseMobile(rawPhone) : null;
  if (rawPhone && !phone) throw badUserInput('input.applicantPhone', 'must be a mainland mobile number (11 digits starting 13-19, optional +86)');
  const at = isDateTime(input.referredAt) ? Date.parse(input.referredAt) : NaN;
  if (Number.isNaN(at)) throw badUserInput('input.referredAt', 'must be an ISO 8601 date-time with a time zone');
  if (at > now.getTime() + MAX_FUTURE_SKEW_MS) throw badUserInput('input.referredAt', 'must not be in the future');
  return {
    dispatchId,
    appealId,
    regionCode: input.regionCode,
    gridCode: input.gridCode,
    category: input.category,
    title,
    description,
    nature,
    litigation,
    urgency,
    anonymous: input.anonymous,
    confidential: input.confidential,
    applicantName,
    applicantIdNumber: idNumber ? idNumber.toUpperCase() : null,
    applicantPhone: phone,
    referredAt: new Date(at).toISOString(),
  };
}
