import { badUserInput } from './errors';
import { idNumberProblem } from './idNumber';
import { normaliseMobile } from './mobile';

/**
 * The referral a governance center sends to a partner (court, petition, legal services, procuratorate): the hub's
 * contract, the same for all four (`CourtReferralIntake`, `PetitionReferralIntake`, ...), checked at the edge. Every
 * refusal is a BAD_USER_INPUT naming the field (`input.regionCode`), which governance's delivery worker treats as
 * permanent. Pure: no I/O; the caller passes the clock.
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
export type Nature = (typeof NATURES)[number];
export type Litigation = (typeof LITIGATIONS)[number];
export type Urgency = (typeof URGENCIES)[number];

/**
 * The referral after the checks: text trimmed (absent text is null), the ID number upper-cased, the phone reduced
 * to its 11 digits, `referredAt` in UTC (`2026-05-27T09:30:00.000Z`). An anonymous applicant's identity is checked
 * but not kept.
 */
export interface ReferralIntake
  extends Omit<ReferralIntakeInput, 'description' | 'nature' | 'litigation' | 'urgency' | 'applicantName' | 'applicantIdNumber' | 'applicantPhone'> {
  description: string | null;
  nature: Nature;
  litigation: Litigation;
  urgency: Urgency;
  applicantName: string | null;
  applicantIdNumber: string | null;
  applicantPhone: string | null;
}

export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 4000;
export const MAX_NAME = 100;
/** How far ahead of our clock a `referredAt` may be (clock skew between services). */
const MAX_FUTURE_SKEW_MS = 5 * 60_000;

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const ID_REASON = 'must be an id of 1 to 64 letters, digits and . _ : -';
/** Dotted upper-case codes, at most 64 characters. */
const CATEGORY = /^(?=.{1,64}$)[A-Z][A-Z0-9_]*(\.[A-Z][A-Z0-9_]*)*$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const field = (name: keyof ReferralIntakeInput) => `input.${name}`;
const length = (s: string) => [...s].length;

/** Optional or required text, trimmed; null when empty. */
function text(value: unknown, name: keyof ReferralIntakeInput, max: number, required: boolean): string | null {
  if (value !== null && value !== undefined && typeof value !== 'string') throw badUserInput(field(name), 'must be a string');
  const v = (value ?? '').trim();
  if (!v) {
    if (required) throw badUserInput(field(name), 'is required');
    return null;
  }
  if (length(v) > max) throw badUserInput(field(name), `must be at most ${max} characters`);
  return v;
}

/** A value that must match `re` exactly (no trimming: a padded id is not the id). */
function matching(value: unknown, name: keyof ReferralIntakeInput, re: RegExp, reason: string): string {
  if (typeof value !== 'string' || !re.test(value)) throw badUserInput(field(name), reason);
  return value;
}

function oneOf<T extends string>(value: unknown, name: keyof ReferralIntakeInput, allowed: readonly T[]): T {
  if (!(allowed as readonly unknown[]).includes(value)) throw badUserInput(field(name), `must be one of ${allowed.join(', ')}`);
  return value as T;
}

function idNumber(value: unknown): string | null {
  const v = text(value, 'applicantIdNumber', 18, false);
  if (!v) return null;
  switch (idNumberProblem(v)) {
    case 'FORMAT':
      throw badUserInput(field('applicantIdNumber'), 'must be 18 characters: 17 digits and a check digit or X');
    case 'BIRTH_DATE':
      throw badUserInput(field('applicantIdNumber'), 'holds an impossible birth date');
    case 'CHECKSUM':
      throw badUserInput(field('applicantIdNumber'), 'fails the GB 11643 check digit');
    default:
      return v.toUpperCase();
  }
}

function phone(value: unknown): string | null {
  const v = text(value, 'applicantPhone', 20, false);
  if (!v) return null;
  const mobile = normaliseMobile(v);
  if (!mobile) throw badUserInput(field('applicantPhone'), 'must be a mainland mobile number (11 digits starting 13-19, optional +86)');
  return mobile;
}

/** An ISO 8601 date-time with a zone whose calendar date exists (`Date.parse` rolls 02-30 over to March). */
function isDateTime(s: string): boolean {
  if (!DATE_TIME.test(s)) return false;
  const [y, m, d] = s.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d && !Number.isNaN(Date.parse(s));
}

function referredAt(value: unknown, now: Date): string {
  if (typeof value !== 'string' || !isDateTime(value)) throw badUserInput(field('referredAt'), 'must be an ISO 8601 date-time with a time zone');
  const ms = Date.parse(value);
  if (ms > now.getTime() + MAX_FUTURE_SKEW_MS) throw badUserInput(field('referredAt'), 'must not be in the future');
  return new Date(ms).toISOString();
}

/** Check a referral against the contract; throws BAD_USER_INPUT naming the first bad field. */
export function parseReferralIntake(input: ReferralIntakeInput, now: Date = new Date()): ReferralIntake {
  const dispatchId = matching(input.dispatchId, 'dispatchId', ID, ID_REASON);
  const appealId = matching(input.appealId, 'appealId', ID, ID_REASON);
  const regionCode = matching(input.regionCode, 'regionCode', /^\d{12}$/, 'must be a 12-digit region code');
  const gridCode = matching(input.gridCode, 'gridCode', /^\d{15}$/, 'must be a 15-digit grid code');
  if (!gridCode.startsWith(regionCode)) throw badUserInput(field('gridCode'), 'must start with the region code');
  const category = matching(input.category, 'category', CATEGORY, 'must be a category code such as LABOUR.WAGE_ARREARS');
  const title = text(input.title, 'title', MAX_TITLE, true) as string;
  const description = text(input.description, 'description', MAX_DESCRIPTION, false);
  const nature = oneOf(input.nature, 'nature', NATURES);
  const litigation = oneOf(input.litigation, 'litigation', LITIGATIONS);
  const urgency = oneOf(input.urgency, 'urgency', URGENCIES);
  const anonymous = input.anonymous === true;
  // Checked whether kept or not: a malformed identity is a broken sender, anonymous or not.
  const applicant = { name: text(input.applicantName, 'applicantName', MAX_NAME, false), idNumber: idNumber(input.applicantIdNumber), phone: phone(input.applicantPhone) };
  return {
    dispatchId,
    appealId,
    regionCode,
    gridCode,
    category,
    title,
    description,
    nature,
    litigation,
    urgency,
    anonymous,
    confidential: input.confidential === true,
    applicantName: anonymous ? null : applicant.name,
    applicantIdNumber: anonymous ? null : applicant.idNumber,
    applicantPhone: anonymous ? null : applicant.phone,
    referredAt: referredAt(input.referredAt, now),
  };
}
