import type { Knex } from 'knex';
import type { SubgraphConfig } from '../../kit/config';
import { RevealAuditRepository } from '../../kit/pii';
import type { Viewer } from '../../kit/viewer';
import { createLoaders, type Loaders, type Repositories } from './loaders';
import { ConsultationRepository } from './repositories/ConsultationRepository';
import { DirectoryRepository } from './repositories/DirectoryRepository';
import { LegalAidRepository } from './repositories/LegalAidRepository';
import { LegalEducationRepository } from './repositories/LegalEducationRepository';
import { MediationAgreementRepository } from './repositories/MediationAgreementRepository';
import { MediationRepository } from './repositories/MediationRepository';
import { MediationWorkflowRepository } from './repositories/MediationWorkflowRepository';
import { PersonalDataRevealRepository } from './repositories/PersonalDataRevealRepository';
import { ReferralIntakeRepository } from './repositories/ReferralIntakeRepository';

/** One context per request: the verified viewer, repositories bound to it, fresh loaders. */
export interface Context {
  viewer: Viewer;
  requestId: string;
  repos: Repositories;
  loaders: Loaders;
}

export function buildContext(db: Knex, viewer: Viewer, requestId: string, config: Pick<SubgraphConfig, 'maxPageSize'>): Context {
  const repos: Repositories = {
    directory: new DirectoryRepository(db, viewer, config.maxPageSize),
    mediations: new MediationRepository(db, viewer, config.maxPageSize),
    agreements: new MediationAgreementRepository(db, viewer),
    legalAid: new LegalAidRepository(db, viewer, config.maxPageSize),
    consultations: new ConsultationRepository(db, viewer, config.maxPageSize),
    legalEducation: new LegalEducationRepository(db, config.maxPageSize),
    intake: new ReferralIntakeRepository(db, viewer),
    workflow: new MediationWorkflowRepository(db, viewer),
    reveals: new PersonalDataRevealRepository(db, viewer),
    revealAudit: new RevealAuditRepository(db, viewer, config.maxPageSize),
  };
  return { viewer, requestId, repos, loaders: createLoaders(repos) };
}
