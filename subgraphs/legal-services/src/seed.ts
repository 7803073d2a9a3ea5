import type { Knex } from 'knex';
import type { DemoWorld } from '../../../demo/model';
import { insertChunked } from '../../kit/db';
import type * as M from './model';
import { planWorld } from './seeding/plan';

/** Demo rows of the public legal service center, built from the world's regions and LEGAL_SERVICES referrals, and its legal-education articles. */
export async function seed(db: Knex, world: DemoWorld): Promise<void> {
  const data = planWorld(world);
  await db.transaction(async (trx) => {
    await insertChunked(trx, 'mediation_organizations', data.organizations.map(organizationRow));
    await insertChunked(trx, 'mediators', data.mediators.map(mediatorRow));
    await insertChunked(trx, 'legal_aid_workstations', data.workstations.map(workstationRow));
    await insertChunked(trx, 'mediations', data.mediations.map(mediationRow));
    await insertChunked(trx, 'mediation_agreements', data.agreements.map(agreementRow));
    await insertChunked(trx, 'legal_aid_applications', data.legalAid.map(legalAidRow));
    await insertChunked(trx, 'legal_consultations', data.consultations.map(consultationRow));
    await insertChunked(trx, 'legal_education_articles', data.articles.map(articleRow));
  });
}

const organizationRow = (o: M.MediationOrganization) => ({
  id: o.id, name: o.name, kind: o.kind, level: o.level, specialty: o.specialty, region_code: o.regionCode, address: o.address, phone: o.phone,
});

const mediatorRow = (m: M.Mediator) => ({
  id: m.id, organization_id: m.organizationId, name: m.name, phone: m.phone, kind: m.kind, specialty: m.specialty, region_code: m.regionCode,
});

const workstationRow = (w: M.LegalAidWorkstation) => ({ id: w.id, name: w.name, region_code: w.regionCode, address: w.address, phone: w.phone });

const mediationRow = (m: M.Mediation) => ({
  id: m.id, dispatch_id: m.dispatchId, referral_dispatch_id: m.referralDispatchId, appeal_id: m.appealId, region_code: m.regionCode, grid_code: m.gridCode, category: m.category,
  title: m.title, description: m.description, applicant_name: m.applicantName, applicant_id_number: m.applicantIdNumber, applicant_phone: m.applicantPhone, confidential: m.confidential,
  tier: m.tier, status: m.status, organization_id: m.organizationId, mediator_id: m.mediatorId, start_date: m.startDate,
  deadline: m.deadline, end_date: m.endDate, legal_routes_told: m.legalRoutesTold, previous_mediation_id: m.previousMediationId,
  agreement_id: m.agreementId, created_at: m.createdAt,
});

const agreementRow = (a: M.MediationAgreement) => ({
  id: a.id, mediation_id: a.mediationId, appeal_id: a.appealId, region_code: a.regionCode, grid_code: a.gridCode,
  signed_date: a.signedDate, terms_summary: a.termsSummary, amount: a.amount, performance_status: a.performanceStatus,
  judicial_confirmation_deadline: a.judicialConfirmationDeadline, judicial_confirmation_requested: a.judicialConfirmationRequested,
});

const legalAidRow = (a: M.LegalAidApplication) => ({
  id: a.id, dispatch_id: a.dispatchId, appeal_id: a.appealId, region_code: a.regionCode, grid_code: a.gridCode,
  workstation_id: a.workstationId, applicant_name: a.applicantName, applicant_id_number: a.applicantIdNumber,
  applicant_phone: a.applicantPhone, matter: a.matter, category: a.category, applied_date: a.appliedDate, review_due: a.reviewDue,
  decision: a.decision, decided_date: a.decidedDate, lawyer_assignment_due: a.lawyerAssignmentDue, lawyer_name: a.lawyerName,
  lawyer_assigned_date: a.lawyerAssignedDate, status: a.status,
});

const consultationRow = (c: M.LegalConsultation) => ({
  id: c.id, appeal_id: c.appealId, region_code: c.regionCode, grid_code: c.gridCode, workstation_id: c.workstationId,
  channel: c.channel, question: c.question, answer: c.answer, asked_at: c.askedAt, answered_at: c.answeredAt,
});

const articleRow = (a: M.LegalEducationArticle) => ({
  id: a.id, topic: a.topic, title: a.title, summary: a.summary, body: a.body, publisher: a.publisher, region_code: a.regionCode, published_at: a.publishedAt,
});
