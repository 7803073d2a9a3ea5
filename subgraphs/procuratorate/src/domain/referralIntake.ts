import { badUserInput } from '../../../kit/errors';
import { idNumberProblem } from '../../../kit/idNumber';

/**
 * The referral a governance center sends to a partner (the hub's contract, the same for all four partners):
 * checked at the edge, every refusal a BAD_USER_INPUT naming the field (`input.regionCode`). Pure.
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

/** The referral after the checks: trimmed, normalised; an anonymous applicant's identity is not kept. */
export interface ReferralIntake extends Omit<ReferralIntakeInput, 'description' | 'applicantName' | 'applicantIdNumber' | 'applicantPhone'> {
  description: string | null;
  applicantName: string | null;
  applicantIdNumber: string | null;
  applicantPhone: string | null;
}

export const NATURES = ['SUGGESTION', 'ACCUSATION', 'GRIEVANCE', 'CONSULTATION', 'HELP', 'COMPLAINT'] as const;
export const LITIGATIONS = ['NONE', 'CIVIL', 'ADMINISTRATIVE', 'CRIMINAL'] as const;
export const URGENCIES = ['NORMAL', 'URGENT', 'EMERGENCY'] as const;
export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 4000;
/** How far in the future a referral's time may lie (clock skew between services). */
const MAX_SKEW_MS = 5 * 60_000;

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const CATEGORY = /^[A-Z][A-Z0-9_]*(\.[A-Z][A-Z0-9_]*)*$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const field = (name: string) => `input.${name}`;
const length = (s: string) => [...s].length;

function text(value: string | null | undefined, name: string, max: number, required: boolean): string | null {
  const v = (value ?? '').trim();
  if (!v) {
    if (required) throw badUserInput(field(name), 'is required');
    return null;
  }
  if (length(v) > max) throw badUserInput(field(name), `must be at most ${max} characters`);
  return v;
}

function oneOf<T extends string>(value: string, name: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw badUserInput(field(name), `must be one of ${allowed.join(', ')}`);
  return value as T;
}

function id(value: string, name: string): string {
  if (typeof value !== 'string' || !ID.test(value)) throw badUserInput(field(name), 'must be an id of 1 to 64 letters, digits and . _ : -');
  return value;
}

/** A mobile number: 11 digits `1[3-9]…`, optionally +86 / 0086; the 11 digits, or null when invalid. */
export function normaliseMobile(raw: string): string | null {
  const compact = raw.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(compact) ? compact : null;
}

function idNumber(value: string | null | undefined): string | null {
  const v = text(value, 'applicantIdNumber', 18, false);
  if (!v) return null;
  const problem = idNumberProblem(v);
  if (problem === 'FORMAT') throw badUserInput(field('applicantIdNumber'), 'must be 18 characters: 17 digits and a check digit or X');
  if (problem === 'BIRTH_DATE') throw badUserInput(field('applicantIdNumber'), 'holds an impossible birth date');
  if (problem === 'CHECKSUM') throw badUserInput(field('applicantIdNumber'), 'fails the GB 11643 check digit');
  return v.toUpperCase();
}

function phone(value: string | null | undefined): string | null {
  const v = text(value, 'applicantPhone', 20, false);
  if (!v) return null;
  const mobile = normaliseMobile(v);
  if (!mobile) throw badUserInput(field('applicantPhone'), 'must be a mainland mobile number (11 digits starting 13-19, optional +86)');
  return mobile;
}

function instant(value: string, now: Date): string {
  const ms = typeof value === 'string' && DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(ms)) throw badUserInput(field('referredAt'), 'must be an ISO 8601 date-time with a time zone');
  if (ms > now.getTime() + MAX_SKEW_MS) throw badUserInput(field('referredAt'), 'must not lie in the future');
  return new Date(ms).toISOString();
}

/** Check a referral; throws BAD_USER_INPUT naming the first bad field. */
export function parseReferralIntake(input: ReferralIntakeInput, now = new Date()): ReferralIntake {
  const dispatchId = id(input.dispatchId, 'dispatchId');
  const appealId = id(input.appealId, 'appealId');
  if (typeof input.regionCode !== 'string' || !/^\d{12}$/.test(input.regionCode)) throw badUserInput(field('regionCode'), 'must be a 12-digit region code');
  if (typeof input.gridCode !== 'string' || !/^\d{15}$/.test(input.gridCode) || !input.gridCode.startsWith(input.regionCode)) {
    throw badUserInput(field('gridCode'), 'must be a 15-digit grid code that starts with input.regionCode');
  }
  if (typeof input.category !== 'string' || input.category.length > 64 || !CATEGORY.test(input.category)) {
    throw badUserInput(field('category'), 'must be a category code such as LABOUR.WAGE_ARREARS');
  }
  const anonymous = input.anonymous === true;
  const applicant = { name: text(input.applicantName, 'applicantName', 100, false), idNumber: idNumber(input.applicantIdNumber), phone: phone(input.applicantPhone) };
  return {
    dispatchId,
    appealId,
    regionCode: input.regionCode,
    gridCode: input.gridCode,
    category: input.category,
    title: text(input.title, 'title', MAX_TITLE, true) as string,
    description: text(input.description, 'description', MAX_DESCRIPTION, false),
    nature: oneOf(input.nature, 'nature', NATURES),
    litigation: oneOf(input.litigation, 'litigation', LITIGATIONS),
    urgency: oneOf(input.urgency, 'urgency', URGENCIES),
    anonymous,
    confidential: input.confidential === true,
    applicantName: anonymous ? null : applicant.name,
    applicantIdNumber: anonymous ? null : applicant.idNumber,
    applicantPhone: anonymous ? null : applicant.phone,
    referredAt: instant(input.referredAt, now),
  };
}
