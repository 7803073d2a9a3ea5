/**
 * The demo world: one deterministic picture of the city that every subgraph's seeder reads.
 * The generator (`world.ts`) decides every cross-center fact (which appeal went to which partner,
 * which mediation reached an agreement that the court confirmed), so the five databases agree.
 */
export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';
export type Partner = 'COURT' | 'PETITION' | 'LEGAL_SERVICES' | 'PROCURATORATE';

export interface DemoRegion {
  /** 12-digit statistical division code. */
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface DemoGrid {
  /** Village code + 3-digit sequence = 15 digits. */
  code: string;
  name: string;
  type: 'COMPREHENSIVE' | 'DEDICATED';
  regionCode: string;
  /** For a dedicated grid: what it covers (SCHOOL, HOSPITAL, MARKET, ENTERPRISE, ...). */
  coverage: string | null;
  /** Approximate centre (WGS84). */
  lat: number;
  lng: number;
}

export interface DemoGridWorker {
  id: string;
  name: string;
  phone: string;
  gridCode: string;
}

export interface DemoCenter {
  id: string;
  name: string;
  level: 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';
  regionCode: string;
}

export interface DemoDepartment {
  id: string;
  name: string;
  /** The region whose government it belongs to (city or county). */
  regionCode: string;
  /** A stable kind shared by the same department at every level, e.g. `INSURANCE_REGULATOR`. */
  kind: string;
}

export interface DemoParty {
  id: string;
  role: 'APPLICANT' | 'RESPONDENT' | 'THIRD_PARTY' | 'REPRESENTATIVE';
  name: string;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

export interface DemoDispatch {
  id: string;
  /** Who receives the work order. */
  targetType: 'DEPARTMENT' | 'CENTER' | 'PARTNER';
  targetId: string;
  role: 'LEAD' | 'CO_HANDLER';
  status: 'PENDING' | 'ACCEPTED' | 'RETURNED' | 'REPLIED' | 'CLOSED';
  dispatchedAt: string;
  acceptedAt: string | null;
  repliedAt: string | null;
  dueAt: string;
}

export interface DemoTimelineEvent {
  id: string;
  at: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  actor: string;
  centerId: string | null;
  note: string;
}

export interface DemoAppeal {
  id: string;
  title: string;
  description: string;
  channel: 'MINI_PROGRAM' | 'HOTLINE' | 'WALK_IN' | 'GRID_PATROL' | 'LETTER' | 'ONLINE' | 'PARTNER_REFERRAL';
  /** Category code from the category tree, e.g. `LABOUR.WAGE_ARREARS`. */
  category: string;
  nature: 'SUGGESTION' | 'ACCUSATION' | 'GRIEVANCE' | 'CONSULTATION' | 'HELP' | 'COMPLAINT';
  litigation: 'NONE' | 'CIVIL' | 'ADMINISTRATIVE' | 'CRIMINAL';
  urgency: 'NORMAL' | 'URGENT' | 'EMERGENCY';
  status: 'RECEIVED' | 'CLASSIFIED' | 'DISPATCHED' | 'ACCEPTED' | 'IN_PROGRESS' | 'REPLIED' | 'CLOSED' | 'RETURNED' | 'REOPENED' | 'REJECTED' | 'MERGED';
  gridCode: string;
  regionCode: string;
  centerId: string;
  receivedAt: string;
  closedAt: string | null;
  anonymous: boolean;
  confidential: boolean;
  parties: DemoParty[];
  dispatches: DemoDispatch[];
  timeline: DemoTimelineEvent[];
  satisfaction: 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED' | null;
}

/** What the generator decided for one referral to a partner; each partner seeder builds its own records from it. */
export interface DemoReferral {
  /** The governance dispatch that carried the referral (partners are idempotent on it). */
  dispatchId: string;
  appealId: string;
  partner: Partner;
  referredAt: string;
  category: string;
  regionCode: string;
  gridCode: string;
  title: string;
  /** Applicant's name and ID number (partners keep their own copy of the party they deal with). */
  applicantName: string;
  applicantIdNumber: string | null;
  applicantPhone: string | null;
  anonymous: boolean;
  /** How far the partner got, 0..1; each partner maps it to its own states. */
  progress: number;
  /** Deterministic seed for the partner's own choices. */
  seed: number;
  /** LEGAL_SERVICES only: a mediation agreement was reached (its id is fixed here). */
  agreementId: string | null;
  /** LEGAL_SERVICES only: the day (China time, YYYY-MM-DD) the agreement was signed; court and legal services agree on it. */
  agreementSignedOn: string | null;
  /** LEGAL_SERVICES only: the agreement was brought to the court for judicial confirmation. */
  judicialConfirmationRequested: boolean;
  /** LEGAL_SERVICES only: the applicant certainly applied for legal aid (otherwise the partner decides by chance). */
  legalAidRequested?: boolean;
}

export interface DemoCity {
  regions: DemoRegion[];
  grids: DemoGrid[];
  gridWorkers: DemoGridWorker[];
  centers: DemoCenter[];
  departments: DemoDepartment[];
}

export interface DemoWorld {
  /** The moment the world was generated for (the seed's "now"). */
  now: string;
  city: DemoCity;
  appeals: DemoAppeal[];
  referrals: DemoReferral[];
}
