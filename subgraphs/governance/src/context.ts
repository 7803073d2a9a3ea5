import type { Knex } from 'knex';
import type { Viewer } from '../../kit/viewer';
import { RevealAuditRepository } from '../../kit/pii';
import type { GovernanceConfig } from './config';
import { createLoaders, type Loaders } from './loaders';
import { AppealRepository } from './repositories/AppealRepository';
import { DirectoryRepository } from './repositories/DirectoryRepository';
import { FeedbackRepository } from './repositories/FeedbackRepository';
import { SupervisionRepository } from './repositories/SupervisionRepository';
import { WorkOrderRepository } from './repositories/WorkOrderRepository';

export interface Repositories {
  appeals: AppealRepository;
  directory: DirectoryRepository;
  workOrders: WorkOrderRepository;
  supervisions: SupervisionRepository;
  feedback: FeedbackRepository;
  /** The personal-data audit trail (auditors only). */
  reveals: RevealAuditRepository;
}

/** One per request: the verified viewer, repositories bound to it, fresh loaders. */
export interface Context {
  viewer: Viewer;
  requestId: string;
  repos: Repositories;
  loaders: Loaders;
  /** For the write services (intake, work orders, progress), each one transaction. */
  db: Knex;
  /** The page-size cap, for services that build their own scoped repositories inside a transaction. */
  maxPageSize: number;
}

export function buildContext(db: Knex, viewer: Viewer, requestId: string, config: GovernanceConfig): Context {
  const repos: Repositories = {
    appeals: new AppealRepository(db, viewer, config.maxPageSize),
    directory: new DirectoryRepository(db, viewer, config.maxPageSize),
    workOrders: new WorkOrderRepository(db, viewer, config.maxPageSize),
    supervisions: new SupervisionRepository(db, viewer, config.maxPageSize),
    feedback: new FeedbackRepository(db, viewer, config.maxPageSize),
    reveals: new RevealAuditRepository(db, viewer, config.maxPageSize),
  };
  return { viewer, requestId, repos, loaders: createLoaders(repos), db, maxPageSize: config.maxPageSize };
}
