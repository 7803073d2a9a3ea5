import { badUserInput } from '../../../kit/errors';
import { idNumberProblem } from '../../../kit/idNumber';

/** What a client sends to submit an appeal (validated here; enums are checked by GraphQL itself). */
export interface PartyInput {
  name: string;
  idNumber?: string | null;
  phone?: string | null;
  address?: string | null;
}
export interface LocationInput {
  gridCode?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  address?: string | null;
}
export interface SubmitAppealInput {
  idempotencyKey: string;
  channel: string;
  title: string;
  description: string;
  category?: string | null;
  nature?: string | null;
  litigation?: string | null;
  urgency?: string | null;
  proceduralStatus?: string | null;
  location: LocationInput;
  anonymous?: boolean | null;
  confidential?: boolean | null;
  applicant?: PartyInput | null;
  representatives?: PartyInput[] | null;
  respondents?: PartyInput[] | null;
  receivingCenterId?: string | null;
  healthDetails?: string | null;
  reportedUnitId?: string | null;
}

export interface CleanParty {
  name: string;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

export const MAX_DESCRIPTION = 4000;
export const MAX_REPRESENTATIVES = 5;

/** A mobile number: 11 digits `1[3-9]…`, optionally +86 / 0086; returns the 11 digits, or null when invalid. */
export function normaliseMobile(raw: string): string | null {
  const compact = raw.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(compact) ? compact : null;
}

function text(value: string | null | undefined, field: string, max: number, required: boolean): string | null {
  const v = (value ?? '').trim();
  if (!v) {
    if (required) throw badUserInput(field, 'is required');
    return null;
  }
  if ([...v].length > max) throw badUserInput(field, `must be at most ${max} characters`);
  return v;
}

function party(p: PartyInput, field: string): CleanParty {
  const idNumber = text(p.idNumber, `${field}.idNumber`, 18, false);
  if (idNumber) {
    const problem = idNumberProblem(idNumber);
    if (problem === 'FORMAT') throw badUserInput(`${field}.idNumber`, 'must be 18 characters: 17 digits and a check digit or X');
    if (problem === 'BIRTH_DATE') throw badUserInput(`${field}.idNumber`, 'holds an impossible birth date');
    if (problem === 'CHECKSUM') throw badUserInput(`${field}.idNumber`, 'fails the GB 11643 check digit');
  }
  const rawPhone = text(p.phone, `${field}.phone`, 20, false);
  const phone = rawPhone ? normaliseMobile(rawPhone) : null;
  if (rawPhone && !phone) throw badUserInput(`${field}.phone`, 'must be a mainland mobile number (11 digits starting 13-19, optional +86)');
  return {
    name: text(p.name, `${field}.name`, 100, true) as string,
    idNumber: idNumber ? idNumber.toUpperCase() : null,
    phone,
    address: text(p.address, `${field}.address`, 300, false),
  };
}

export interface CleanSubmission {
  idempotencyKey: string;
  title: string;
  description: string;
  anonymous: boolean;
  confidential: boolean;
  applicant: CleanParty | null;
  representatives: CleanParty[];
  respondents: CleanParty[];
  healthDetails: string | null;
  reportedUnitId: string | null;
}

/** Validate a submission at the edge; throws BAD_USER_INPUT naming the first bad field. */
export function validateSubmission(input: SubmitAppealInput): CleanSubmission {
  const key = (input.idempotencyKey ?? '').trim();
  if (!/^[A-Za-z0-9_.:-]{8,128}$/.test(key)) throw badUserInput('input.idempotencyKey', 'must be 8 to 128 letters, digits or _.:-');
  const title = text(input.title, 'input.title', 200, true) as string;
  const description = text(input.description, 'input.description', MAX_DESCRIPTION, true) as string;
  const anonymous = input.anonymous === true;
  if (!anonymous && !input.applicant) throw badUserInput('input.applicant', 'is required unless the appeal is anonymous');
  const applicant = input.applicant ? party(input.applicant, 'input.applicant') : null;
  if (applicant && !anonymous && !applicant.phone && !applicant.idNumber) throw badUserInput('input.applicant.phone', 'a phone number or an ID number is required to reply');
  const reps = input.representatives ?? [];
  if (reps.length > MAX_REPRESENTATIVES) throw badUserInput('input.representatives', `a group visit elects at most ${MAX_REPRESENTATIVES} representatives`);
  const respondents = input.respondents ?? [];
  if (respondents.length > 20) throw badUserInput('input.respondents', 'at most 20 respondents');
  const loc = input.location ?? {};
  const hasCoords = loc.latitude !== null && loc.latitude !== undefined && loc.longitude !== null && loc.longitude !== undefined;
  if (!loc.gridCode && !hasCoords && !loc.address) throw badUserInput('input.location', 'give a grid code, coordinates or an address');
  if (loc.gridCode && !/^\d{15}$/.test(loc.gridCode)) throw badUserInput('input.location.gridCode', 'must be 15 digits');
  if (hasCoords && (Math.abs(loc.latitude as number) > 90 || Math.abs(loc.longitude as number) > 180)) throw badUserInput('input.location.latitude', 'is not a coordinate');
  if (loc.address && [...loc.address].length > 300) throw badUserInput('input.location.address', 'must be at most 300 characters');
  const healthDetails = text(input.healthDetails, 'input.healthDetails', MAX_DESCRIPTION, false);
  const reportedUnitId = text(input.reportedUnitId, 'input.reportedUnitId', 64, false);
  if (reportedUnitId && input.confidential !== true) throw badUserInput('input.reportedUnitId', 'is only for a confidential (whistle-blower) matter');
  return {
    idempotencyKey: key,
    healthDetails,
    reportedUnitId,
    title,
    description,
    anonymous,
    confidential: input.confidential === true,
    applicant: anonymous ? null : applicant,
    representatives: reps.map((r, i) => party(r, `input.representatives[${i}]`)),
    respondents: respondents.map((r, i) => party(r, `input.respondents[${i}]`)),
  };
}
