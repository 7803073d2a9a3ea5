import type { Knex } from 'knex';
import { RevealAuditRepository } from '../../kit/pii';
import type { Viewer } from '../../kit/viewer';
import type { CourtConfig } from './config';
import { createLoaders, type Loaders } from './loaders';
import { CaseRepository } from './repositories/CaseRepository';
import { ConfirmationRepository } from './repositories/ConfirmationRepository';
import { IntakeRepository } from './repositories/IntakeRepository';
import { ReferralRepository } from './repositories/ReferralRepository';
import { RevealRepository } from './repositories/RevealRepository';
import { VenueRepository } from './repositories/VenueRepository';
import { WorkflowRepository } from './repositories/WorkflowRepository';

export interface Repositories {
  venues: VenueRepository;
  referrals: ReferralRepository;
  cases: CaseRepository;
  confirmations: ConfirmationRepository;
  /** Referral intake from governance's delivery worker. */
  intake: IntakeRepository;
  /** Court staff moving referrals and cases, with progress reports to governance. */
  workflow: WorkflowRepository;
  /** Reveals of an applicant's personal data, each audit-logged. */
  reveals: RevealRepository;
  /** The audit trail of those reveals, for auditors. */
  revealAudit: RevealAuditRepository;
}

/** One per request: the verified viewer, repositories bound to it, fresh loaders. */
export interface Context {
  viewer: Viewer;
  requestId: string;
  repos: Repositories;
  loaders: Loaders;
}

export function buildContext(db: Knex, viewer: Viewer, requestId: string, config: Pick<CourtConfig, 'maxPageSize'>): Context {
  const repos: Repositories = {
    venues: new VenueRepository(db, viewer, config.maxPageSize),
    referrals: new ReferralRepository(db, viewer, config.maxPageSize),
    cases: new CaseRepository(db, viewer, config.maxPageSize),
    confirmations: new ConfirmationRepository(db, viewer),
    intake: new IntakeRepository(db, viewer),
    workflow: new WorkflowRepository(db, viewer),
    reveals: new RevealRepository(db, viewer),
    revealAudit: new RevealAuditRepository(db, viewer, config.maxPageSize),
  };
  return { viewer, requestId, repos, loaders: createLoaders(repos) };
}
