import { toBool, toDate, toIso, toIsoRequired } from '../../../kit/rows';
import type * as M from '../model';

/** Rows are parsed at the edge: whatever the driver returned (SQLite or PostgreSQL) becomes a typed record. */
type Row = Record<string, unknown>;

const str = (v: unknown): string => String(v);
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const date = (v: unknown): string => {
  const d = toDate(v);
  if (d === null) throw new Error('Expected a date');
  return d;
};

/** A DECIMAL column (a string from PostgreSQL, a number from SQLite) as a two-digit decimal string. */
export function toDecimal(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = String(v);
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new Error('Expected a decimal');
  const [int, frac = ''] = s.split('.');
  return `${int}.${(frac + '00').slice(0, 2)}`;
}

export const toOrganization = (r: Row): M.MediationOrganization => ({
  id: str(r.id), name: str(r.name), kind: r.kind as M.OrganizationKind, level: r.level as M.OrganizationLevel,
  specialty: strOrNull(r.specialty) as M.Specialty | null, regionCode: str(r.region_code), address: str(r.address), phone: str(r.phone),
});

export const toMediator = (r: Row): M.Mediator => ({
  id: str(r.id), organizationId: str(r.organization_id), name: str(r.name), phone: str(r.phone), kind: r.kind as M.MediatorKind,
  specialty: strOrNull(r.specialty) as M.Specialty | null, regionCode: str(r.region_code),
});

export const toWorkstation = (r: Row): M.LegalAidWorkstation => ({
  id: str(r.id), name: str(r.name), regionCode: str(r.region_code), address: str(r.address), phone: str(r.phone),
});

export const toMediation = (r: Row): M.Mediation => ({
  id: str(r.id), dispatchId: strOrNull(r.dispatch_id), referralDispatchId: strOrNull(r.referral_dispatch_id), appealId: str(r.appeal_id), regionCode: str(r.region_code), gridCode: str(r.grid_code),
  category: str(r.category), title: str(r.title), description: strOrNull(r.description), applicantName: str(r.applicant_name), applicantIdNumber: strOrNull(r.applicant_id_number),
  applicantPhone: strOrNull(r.applicant_phone), confidential: toBool(r.confidential), tier: r.tier as M.MediationTier, status: r.status as M.MediationStatus,
  organizationId: str(r.organization_id), mediatorId: strOrNull(r.mediator_id), startDate: date(r.start_date), deadline: date(r.deadline),
  endDate: toDate(r.end_date), legalRoutesTold: strOrNull(r.legal_routes_told), previousMediationId: strOrNull(r.previous_mediation_id),
  agreementId: strOrNull(r.agreement_id), createdAt: toIsoRequired(r.created_at),
});

export const toAgreement = (r: Row): M.MediationAgreement => ({
  id: str(r.id), mediationId: str(r.mediation_id), appealId: str(r.appeal_id), regionCode: str(r.region_code), gridCode: str(r.grid_code),
  signedDate: date(r.signed_date), termsSummary: str(r.terms_summary), amount: toDecimal(r.amount),
  performanceStatus: r.performance_status as M.AgreementPerformance, judicialConfirmationDeadline: date(r.judicial_confirmation_deadline),
  judicialConfirmationRequested: toBool(r.judicial_confirmation_requested),
});

export const toLegalAid = (r: Row): M.LegalAidApplication => ({
  id: str(r.id), dispatchId: strOrNull(r.dispatch_id), appealId: strOrNull(r.appeal_id), regionCode: str(r.region_code),
  gridCode: strOrNull(r.grid_code), workstationId: strOrNull(r.workstation_id), applicantName: str(r.applicant_name),
  applicantIdNumber: strOrNull(r.applicant_id_number), applicantPhone: strOrNull(r.applicant_phone), matter: str(r.matter),
  category: str(r.category), appliedDate: date(r.applied_date), reviewDue: date(r.review_due), decision: r.decision as M.LegalAidDecision,
  decidedDate: toDate(r.decided_date), lawyerAssignmentDue: toDate(r.lawyer_assignment_due), lawyerName: strOrNull(r.lawyer_name),
  lawyerAssignedDate: toDate(r.lawyer_assigned_date), status: r.status as M.LegalAidStatus,
});

export const toConsultation = (r: Row): M.LegalConsultation => ({
  id: str(r.id), appealId: strOrNull(r.appeal_id), regionCode: str(r.region_code), gridCode: strOrNull(r.grid_code),
  workstationId: strOrNull(r.workstation_id), channel: r.channel as M.ConsultationChannel, question: str(r.question),
  answer: strOrNull(r.answer), askedAt: toIsoRequired(r.asked_at), answeredAt: toIso(r.answered_at),
});

export const toArticle = (r: Row): M.LegalEducationArticle => ({
  id: str(r.id), topic: r.topic as M.LegalEducationTopic, title: str(r.title), summary: str(r.summary), body: str(r.body),
  publisher: str(r.publisher), regionCode: str(r.region_code), publishedAt: toIsoRequired(r.published_at),
});
