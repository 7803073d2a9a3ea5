/** The court's records as the resolvers see them: parsed from rows at the repository edge. */
export type CourtVenueKind = 'SHARED_COURT' | 'JUDGE_STUDIO' | 'CIRCUIT_TRIAL_POINT' | 'JUDGE_EXPLAINS_LAW_POINT';
export type CourtReferralKind = 'PRE_LITIGATION_MEDIATION' | 'FILING_REVIEW';
export type CourtReferralStatus = 'RECEIVED' | 'ACCEPTED' | 'MEDIATING' | 'MEDIATED' | 'MEDIATION_FAILED' | 'FILED' | 'JUDGED' | 'CLOSED' | 'WITHDRAWN';
export type CourtCaseType = 'CIVIL' | 'ADMINISTRATIVE' | 'CRIMINAL' | 'JUDICIAL_CONFIRMATION';
export type CourtCaseStatus = 'FILED' | 'TRIAL' | 'JUDGED' | 'CLOSED';
export type JudicialConfirmationDecision = 'PENDING' | 'CONFIRMED' | 'REJECTED';

/** A reference to an appeal, which governance owns: the key is all the court holds. */
export interface AppealRef {
  id: string;
}

/** A reference to a grid, which governance owns. */
export interface GridRef {
  code: string;
}

/** A reference to a mediation agreement, which legal services owns. */
export interface MediationAgreementRef {
  id: string;
}

export interface CourtVenue {
  id: string;
  kind: CourtVenueKind;
  name: string;
  address: string;
  courtName: string;
  courtCode: string;
  regionCode: string;
  gridCode: string;
}

export interface CourtReferral {
  id: string;
  dispatchId: string;
  appealId: string;
  kind: CourtReferralKind;
  status: CourtReferralStatus;
  title: string;
  category: string;
  /** Stored in clear; served masked (see personalData.ts). */
  applicantName: string | null;
  /** A whistle-blower's matter: the applicant's identity is for the court's own staff only. */
  confidential: boolean;
  courtName: string;
  courtCode: string;
  regionCode: string;
  gridCode: string;
  receivedAt: string;
  updatedAt: string;
  mediationDeadline: string | null;
  mediationNote: string | null;
  closingNote: string | null;
}

export interface CourtCase {
  id: string;
  caseNumber: string;
  courtName: string;
  courtCode: string;
  type: CourtCaseType;
  causeOfAction: string;
  status: CourtCaseStatus;
  filedOn: string;
  judgedOn: string | null;
  closedOn: string | null;
  judgmentNote: string | null;
  referralId: string | null;
  appealId: string | null;
  hearingVenueId: string | null;
  regionCode: string;
  gridCode: string;
}

export interface JudicialConfirmation {
  id: string;
  agreementId: string;
  appealId: string;
  appliedOn: string;
  decision: JudicialConfirmationDecision;
  decidedOn: string | null;
  courtCaseId: string;
  caseNumber: string;
  courtName: string;
  regionCode: string;
  gridCode: string;
}
