import type { MatterStatus } from './domain/status';

/** The procuratorate's records as the resolvers see them: parsed at the repository's edge. */
export const MATTER_KINDS = ['COMPLAINT', 'APPEAL', 'REPORT', 'PUBLIC_INTEREST_CLUE', 'JUVENILE_PROTECTION'] as const;
export type MatterKind = (typeof MATTER_KINDS)[number];

export const DEPARTMENTS = ['COMPLAINT_AND_APPEAL', 'CRIMINAL', 'CIVIL', 'ADMINISTRATIVE', 'PUBLIC_INTEREST', 'JUVENILE'] as const;
export type Department = (typeof DEPARTMENTS)[number];

export type OutcomeReplyKind = 'PROGRESS' | 'RESULT';
export type OfficeLevel = 'CITY' | 'COUNTY';
export type { MatterStatus };

/** An appeal (诉求) as this subgraph knows it: governance owns it, a reference carries its id only. */
export interface AppealReference {
  id: string;
}

export interface Petitioner {
  name: string | null;
  idNumber: string | null;
  phone: string | null;
  anonymous: boolean;
  unreachable: boolean;
  /** The identity is confidential (a whistle-blower, 举报人保密). */
  confidential: boolean;
}

export interface ProcuratorateOffice {
  code: string;
  name: string;
  level: OfficeLevel;
}

export interface ProcuratorateMatter {
  id: string;
  dispatchId: string;
  appealId: string;
  kind: MatterKind;
  status: MatterStatus;
  title: string;
  category: string;
  /** The matter as the referral described it; null for matters from before referral intake. */
  description: string | null;
  petitioner: Petitioner;
  regionCode: string;
  gridCode: string;
  procuratorate: ProcuratorateOffice;
  department: Department;
  receivedAt: string;
  receivedOn: string;
  proceduralReplyDueOn: string;
  proceduralRepliedOn: string | null;
  outcomeReplyDueOn: string;
  outcomeRepliedOn: string | null;
  outcomeReplyKind: OutcomeReplyKind | null;
  resultRepliedOn: string | null;
  /** What the reply on the result told the petitioner; null while pending (or not recorded). */
  resultReply: string | null;
  closedOn: string | null;
}

export interface ProcuratorateFollowUp {
  id: string;
  matterId: string;
  sequence: number;
  dueOn: string;
  repliedOn: string | null;
  note: string | null;
}
