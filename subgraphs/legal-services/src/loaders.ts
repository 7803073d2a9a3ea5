import DataLoader from 'dataloader';
import { byKey, groupByKey } from '../../kit/loaders';
import type { RevealAuditRepository } from '../../kit/pii';
import type * as M from './model';
import type { ConsultationRepository } from './repositories/ConsultationRepository';
import type { DirectoryRepository } from './repositories/DirectoryRepository';
import type { LegalAidRepository } from './repositories/LegalAidRepository';
import type { LegalEducationRepository } from './repositories/LegalEducationRepository';
import type { MediationAgreementRepository } from './repositories/MediationAgreementRepository';
import type { MediationRepository } from './repositories/MediationRepository';
import type { MediationWorkflowRepository } from './repositories/MediationWorkflowRepository';
import type { PersonalDataRevealRepository } from './repositories/PersonalDataRevealRepository';
import type { ReferralIntakeRepository } from './repositories/ReferralIntakeRepository';

export interface Repositories {
  directory: DirectoryRepository;
  mediations: MediationRepository;
  agreements: MediationAgreementRepository;
  legalAid: LegalAidRepository;
  consultations: ConsultationRepository;
  /** Public legal-education articles (every viewer). */
  legalEducation: LegalEducationRepository;
  /** Referrals from governance (service only). */
  intake: ReferralIntakeRepository;
  /** Staff steps of a mediation, with progress to governance. */
  workflow: MediationWorkflowRepository;
  /** Reveals of an applicant's personal data, each audit-logged. */
  reveals: PersonalDataRevealRepository;
  /** The personal-data audit trail (auditors only). */
  revealAudit: RevealAuditRepository;
}

/**
 * Per-request DataLoaders. Each batch is one SQL statement (`whereIn`) through a scoped repository;
 * results come back in key order, `null` / `[]` for a key that is missing or out of scope.
 */
export function createLoaders(repos: Repositories) {
  return {
    organizationById: new DataLoader<string, M.MediationOrganization | null>(async (ids) => byKey(ids, await repos.directory.organizationsByIds(ids), (o) => o.id)),
    mediatorById: new DataLoader<string, M.Mediator | null>(async (ids) => byKey(ids, await repos.directory.mediatorsByIds(ids), (m) => m.id)),
    workstationById: new DataLoader<string, M.LegalAidWorkstation | null>(async (ids) => byKey(ids, await repos.directory.workstationsByIds(ids), (w) => w.id)),
    mediationById: new DataLoader<string, M.Mediation | null>(async (ids) => byKey(ids, await repos.mediations.byIds(ids), (m) => m.id)),
    nextMediationByPreviousId: new DataLoader<string, M.Mediation | null>(async (ids) => byKey(ids, await repos.mediations.byPreviousIds(ids), (m) => m.previousMediationId as string)),
    mediationsByAppealId: new DataLoader<string, M.Mediation[]>(async (ids) => groupByKey(ids, await repos.mediations.byAppealIds(ids), (m) => m.appealId)),
    agreementById: new DataLoader<string, M.MediationAgreement | null>(async (ids) => byKey(ids, await repos.agreements.byIds(ids), (a) => a.id)),
    legalAidByAppealId: new DataLoader<string, M.LegalAidApplication[]>(async (ids) => groupByKey(ids, await repos.legalAid.byAppealIds(ids), (a) => a.appealId as string)),
    articleById: new DataLoader<string, M.LegalEducationArticle | null>(async (ids) => byKey(ids, await repos.legalEducation.byIds(ids), (a) => a.id)),
    consultationsByAppealId: new DataLoader<string, M.LegalConsultation[]>(async (ids) => groupByKey(ids, await repos.consultations.byAppealIds(ids), (c) => c.appealId as string)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
