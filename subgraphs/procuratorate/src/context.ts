import type { Knex } from 'knex';
import { RevealAuditRepository } from '../../kit/pii';
import type { Viewer } from '../../kit/viewer';
import type { ProceduralReplyCounting } from './domain/deadlines';
import { createLoaders, type Loaders, type Repositories } from './loaders';
import { FollowUpRepository } from './repositories/FollowUpRepository';
import { MatterRepository } from './repositories/MatterRepository';
import { MatterWorkflowRepository } from './repositories/MatterWorkflowRepository';
import { PetitionerRevealRepository } from './repositories/PetitionerRevealRepository';
import { ReferralIntakeRepository } from './repositories/ReferralIntakeRepository';

/** One context per request: the verified viewer, repositories bound to it, fresh loaders. */
export interface Context {
  viewer: Viewer;
  requestId: string;
  repos: Repositories;
  loaders: Loaders;
}

export function buildContext(db: Knex, viewer: Viewer, requestId: string, config: { maxPageSize: number; proceduralReplyCounting?: ProceduralReplyCounting }): Context {
  const repos: Repositories = {
    matters: new MatterRepository(db, viewer, { maxPageSize: config.maxPageSize }),
    followUps: new FollowUpRepository(db, viewer),
    intake: new ReferralIntakeRepository(db, viewer, { proceduralReplyCounting: config.proceduralReplyCounting }),
    workflow: new MatterWorkflowRepository(db, viewer),
    petitionerReveals: new PetitionerRevealRepository(db, viewer),
    revealAudit: new RevealAuditRepository(db, viewer, config.maxPageSize),
  };
  return { viewer, requestId, repos, loaders: createLoaders(repos) };
}
