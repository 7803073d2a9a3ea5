import type { CaseWord } from '../domain/courts';
import type { CourtCaseStatus, CourtCaseType, CourtReferralKind, CourtReferralStatus, CourtVenueKind, JudicialConfirmationDecision } from '../model';

/** Rows as written to the court's tables (column names), produced by the demo planners. */
export interface CourtRow {
  code: string;
  name: string;
  level: 'BASIC' | 'INTERMEDIATE';
  region_prefix: string;
}

export interface VenueRow {
  id: string;
  kind: CourtVenueKind;
  name: string;
  address: string;
  court_name: string;
  court_code: string;
  region_code: string;
  grid_code: string;
  created_at: string;
}

export interface ReferralRow {
  id: string;
  dispatch_id: string;
  appeal_id: string;
  kind: CourtReferralKind;
  status: CourtReferralStatus;
  title: string;
  category: string;
  applicant_name: string | null;
  applicant_id_number: string | null;
  applicant_phone: string | null;
  anonymous: boolean;
  court_name: string;
  court_code: string;
  region_code: string;
  grid_code: string;
  received_at: string;
  updated_at: string;
  mediation_deadline: string | null;
}

export interface CaseRow {
  id: string;
  case_number: string;
  court_name: string;
  court_code: string;
  year: number;
  case_word: CaseWord;
  sequence: number;
  type: CourtCaseType;
  cause_of_action: string;
  status: CourtCaseStatus;
  filed_on: string;
  judged_on: string | null;
  closed_on: string | null;
  referral_id: string | null;
  appeal_id: string | null;
  hearing_venue_id: string | null;
  region_code: string;
  grid_code: string;
  created_at: string;
  updated_at: string;
}

/** A case before its number is assigned (numbers follow filing order per court, year and case word). */
export type CaseDraft = Omit<CaseRow, 'case_number' | 'year' | 'sequence'>;

export interface ConfirmationRow {
  id: string;
  agreement_id: string;
  appeal_id: string;
  source_dispatch_id: string;
  applied_on: string;
  decision: JudicialConfirmationDecision;
  decided_on: string | null;
  court_case_id: string;
  case_number: string;
  court_name: string;
  region_code: string;
  grid_code: string;
  created_at: string;
}
