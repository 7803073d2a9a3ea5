import type { Knex } from 'knex';
import { RevealAuditRepository } from '../../kit/pii';
import type { SubgraphConfig } from '../../kit/config';
import type { Viewer } from '../../kit/viewer';
import { createLoaders, type Loaders, type Repositories } from './loaders';
import { IntakeRepository } from './repositories/IntakeRepository';
import { PetitionRepository } from './repositories/PetitionRepository';
import { PetitionRepresentativeRepository } from './repositories/PetitionRepresentativeRepository';
import { PetitionStageRepository } from './repositories/PetitionStageRepository';
import { RevealRepository } from './repositories/RevealRepository';
import { WorkflowRepository } from './repositories/WorkflowRepository';

/** One context per request: the verified viewer, repositories bound to it, fresh loaders. */
export interface Context {
  viewer: Viewer;
  requestId: string;
  repos: Repositories;
  loaders: Loaders;
}

export function buildContext(db: Knex, viewer: Viewer, requestId: string, config: Pick<SubgraphConfig, 'maxPageSize'>): Context {
  const repos: Repositories = {
    petitions: new PetitionRepository(db, viewer, config.maxPageSize),
    stages: new PetitionStageRepository(db, viewer),
    representatives: new PetitionRepresentativeRepository(db, viewer),
    intake: new IntakeRepository(db, viewer),
    workflow: new WorkflowRepository(db, viewer),
    reveals: new RevealRepository(db, viewer),
    revealAudit: new RevealAuditRepository(db, viewer, config.maxPageSize),
  };
  return { viewer, requestId, repos, loaders: createLoaders(repos) };
}
