/** The petition center's own vocabulary; the same strings are stored in the database and served as GraphQL enums. */
export const PETITION_FORMS = ['LETTER', 'VISIT', 'ONLINE', 'PHONE'] as const;
export type PetitionForm = (typeof PETITION_FORMS)[number];

export const PETITION_TYPES = ['APPEAL_DEMAND', 'SUGGESTION', 'ACCUSATION', 'CONSULTATION', 'HELP'] as const;
export type PetitionType = (typeof PETITION_TYPES)[number];

export const PETITION_DECISIONS = ['PENDING', 'ACCEPTED', 'NOT_ACCEPTED', 'DIVERTED'] as const;
export type PetitionDecision = (typeof PETITION_DECISIONS)[number];

export const PETITION_STATUSES = [
  'REGISTERED',
  'ACCEPTED',
  'HANDLING',
  'REPLIED',
  'UNDER_REVIEW',
  'UNDER_RE_REVIEW',
  'CONCLUDED',
  'NOT_ACCEPTED',
  'DIVERTED',
] as const;
export type PetitionStatus = (typeof PETITION_STATUSES)[number];

export const PETITION_STAGE_KINDS = ['REVIEW', 'RE_REVIEW'] as const;
export type PetitionStageKind = (typeof PETITION_STAGE_KINDS)[number];

export const PETITION_STAGE_OUTCOMES = ['UPHELD', 'REVISED'] as const;
export type PetitionStageOutcome = (typeof PETITION_STAGE_OUTCOMES)[number];

/** The appeal's nature (governance) as a petition type (信访类型). */
export const TYPE_OF_NATURE: Record<'SUGGESTION' | 'ACCUSATION' | 'GRIEVANCE' | 'CONSULTATION' | 'HELP' | 'COMPLAINT', PetitionType> = {
  GRIEVANCE: 'APPEAL_DEMAND',
  COMPLAINT: 'APPEAL_DEMAND',
  SUGGESTION: 'SUGGESTION',
  ACCUSATION: 'ACCUSATION',
  CONSULTATION: 'CONSULTATION',
  HELP: 'HELP',
};

/** A group visit elects at most this many representatives (信访工作条例). */
export const MAX_REPRESENTATIVES = 5;

/** A reference to an appeal, which governance owns: the key is all the petition center holds. */
export interface AppealRef {
  id: string;
}

export interface Person {
  name: string;
  idNumber: string | null;
  phone: string | null;
}

/** A petition as the rest of the code sees it (parsed from its row). */
export interface PetitionRecord {
  id: string;
  dispatchId: string;
  appealId: string;
  regionCode: string;
  gridCode: string;
  title: string;
  category: string;
  form: PetitionForm;
  type: PetitionType;
  status: PetitionStatus;
  groupVisit: boolean;
  headcount: number;
  anonymous: boolean;
  /** A whistle-blower's matter: the petitioner's identity is for the petition center's own staff only. */
  confidential: boolean;
  /** Stored in clear; served masked (see personalData.ts). */
  petitioner: Person;
  receivedOn: string;
  registeredOn: string;
  registrationDueOn: string;
  decision: PetitionDecision;
  decidedOn: string | null;
  noticeDueOn: string;
  noticeSentOn: string | null;
  legalRoute: string | null;
  handlingDueOn: string | null;
  extension: { days: number; reason: string } | null;
  result: string | null;
  repliedOn: string | null;
  reviewRequestDueOn: string | null;
  concludedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PetitionStageRecord {
  id: string;
  petitionId: string;
  stage: PetitionStageKind;
  requestedOn: string;
  requestDueOn: string;
  decisionDueOn: string;
  decidedOn: string | null;
  outcome: PetitionStageOutcome | null;
  opinion: string | null;
}

export interface PetitionRepresentativeRecord extends Person {
  id: string;
  petitionId: string;
  position: number;
}
