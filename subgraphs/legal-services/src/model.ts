/** The records of the public legal service center (公共法律服务中心), as the repositories return them. */

export const MEDIATION_TIERS = ['GRID_VILLAGE', 'TOWNSHIP_COMMITTEE', 'COUNTY_JOINT_OR_INDUSTRY', 'LAWYER', 'COURT_PRE_LITIGATION'] as const;
export type MediationTier = (typeof MEDIATION_TIERS)[number];
export const MEDIATION_STATUSES = ['RECEIVED', 'ACCEPTED', 'MEDIATING', 'AGREEMENT', 'FAILED', 'ESCALATED', 'WITHDRAWN', 'CLOSED'] as const;
export type MediationStatus = (typeof MEDIATION_STATUSES)[number];
export type OrganizationKind = 'PEOPLES_COMMITTEE' | 'JOINT' | 'INDUSTRY' | 'LAWYER' | 'LAWYER_STUDIO';
export type OrganizationLevel = 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';
export type MediatorKind = 'PEOPLES_MEDIATOR' | 'EXPERT' | 'LAWYER';
export type AgreementPerformance = 'PENDING' | 'PERFORMING' | 'PERFORMED' | 'BREACHED';
export type LegalAidDecision = 'GRANTED' | 'REFUSED' | 'PENDING';
export type LegalAidStatus = 'UNDER_REVIEW' | 'AWAITING_LAWYER' | 'IN_SERVICE' | 'CLOSED' | 'REFUSED';
export type ConsultationChannel = 'ONLINE' | 'HOTLINE_12348' | 'WORKSTATION';

/** Topics of public legal-education content (普法宣传). */
export const LEGAL_EDUCATION_TOPICS = ['LABOUR', 'FAMILY', 'NEIGHBOUR', 'CONSUMER', 'TRAFFIC', 'MEDICAL', 'LAND', 'ANTI_FRAUD', 'LEGAL_AID', 'MEDIATION'] as const;
export type LegalEducationTopic = (typeof LEGAL_EDUCATION_TOPICS)[number];

export const SPECIALTIES = [
  'TRAFFIC', 'MEDICAL', 'LABOUR', 'PROPERTY', 'FAMILY', 'CONSUMER', 'INSURANCE',
  'CONSTRUCTION', 'LAND', 'ENVIRONMENT', 'FINANCE', 'EDUCATION', 'TOURISM', 'ENTERPRISE',
] as const;
export type Specialty = (typeof SPECIALTIES)[number];

/** An appeal (诉求) as this subgraph knows it: governance owns it, a reference carries its id only. */
export interface AppealReference {
  id: string;
}

export interface MediationOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  level: OrganizationLevel;
  specialty: Specialty | null;
  regionCode: string;
  address: string;
  phone: string;
}

export interface Mediator {
  id: string;
  organizationId: string;
  name: string;
  phone: string;
  kind: MediatorKind;
  specialty: Specialty | null;
  regionCode: string;
}

export interface LegalAidWorkstation {
  id: string;
  name: string;
  regionCode: string;
  address: string;
  phone: string;
}

export interface Mediation {
  id: string;
  dispatchId: string | null;
  /** The dispatch of the referral the whole chain of tiers works on (on every tier), null for a mediation not referred by governance. */
  referralDispatchId: string | null;
  appealId: string;
  regionCode: string;
  gridCode: string;
  category: string;
  title: string;
  /** The dispute as the referral described it; null for records from before referral intake. */
  description: string | null;
  applicantName: string;
  applicantIdNumber: string | null;
  applicantPhone: string | null;
  /** The applicant's identity is confidential (a whistle-blower): shown to legal-services staff only. */
  confidential: boolean;
  tier: MediationTier;
  status: MediationStatus;
  organizationId: string;
  mediatorId: string | null;
  startDate: string;
  deadline: string;
  endDate: string | null;
  legalRoutesTold: string | null;
  previousMediationId: string | null;
  agreementId: string | null;
  createdAt: string;
}

export interface MediationAgreement {
  id: string;
  mediationId: string;
  appealId: string;
  regionCode: string;
  gridCode: string;
  signedDate: string;
  termsSummary: string;
  /** Decimal string with two fraction digits, in yuan. */
  amount: string | null;
  performanceStatus: AgreementPerformance;
  judicialConfirmationDeadline: string;
  judicialConfirmationRequested: boolean;
}

export interface LegalAidApplication {
  id: string;
  dispatchId: string | null;
  appealId: string | null;
  regionCode: string;
  gridCode: string | null;
  workstationId: string | null;
  applicantName: string;
  applicantIdNumber: string | null;
  applicantPhone: string | null;
  matter: string;
  category: string;
  appliedDate: string;
  reviewDue: string;
  decision: LegalAidDecision;
  decidedDate: string | null;
  lawyerAssignmentDue: string | null;
  lawyerName: string | null;
  lawyerAssignedDate: string | null;
  status: LegalAidStatus;
}

export interface LegalConsultation {
  id: string;
  appealId: string | null;
  regionCode: string;
  gridCode: string | null;
  workstationId: string | null;
  channel: ConsultationChannel;
  question: string;
  answer: string | null;
  askedAt: string;
  answeredAt: string | null;
}

/** A public legal-education article (普法宣传): content for everybody, no personal data in it. */
export interface LegalEducationArticle {
  id: string;
  topic: LegalEducationTopic;
  title: string;
  summary: string;
  body: string;
  /** The body that published it, e.g. a justice bureau (司法局). */
  publisher: string;
  /** The 12-digit region code of the publisher's jurisdiction. */
  regionCode: string;
  publishedAt: string;
}
