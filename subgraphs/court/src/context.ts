import type { Knex } from 'knex';
import type { Viewer } from '../../kit/viewer';
import type { CourtConfig } from './config';
import { createLoaders, type Loaders } from './loaders';
import { CaseRepository } from './repositories/CaseRepository';
import { ConfirmationRepository } from './repositories/ConfirmationRepository';
import { ReferralRepository } from './repositories/ReferralRepository';
import { VenueRepository } from './repositories/VenueRepository';

export interface Repositories {
  venues: VenueRepository;
  referrals: ReferralRepository;
  cases: CaseRepository;
  confirmations: ConfirmationRepository;
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
  };
  return { viewer, requestId, repos, loaders: createLoaders(repos) };
}
