import type { Knex } from 'knex';
import type { Viewer } from '../../kit/viewer';
import type { GovernanceConfig } from './config';
import { createLoaders, type Loaders } from './loaders';
import { AppealRepository } from './repositories/AppealRepository';
import { DirectoryRepository } from './repositories/DirectoryRepository';

export interface Repositories {
  appeals: AppealRepository;
  directory: DirectoryRepository;
}

/** One per request: the verified viewer, repositories bound to it, fresh loaders. */
export interface Context {
  viewer: Viewer;
  requestId: string;
  repos: Repositories;
  loaders: Loaders;
}

export function buildContext(db: Knex, viewer: Viewer, requestId: string, config: GovernanceConfig): Context {
  const repos: Repositories = {
    appeals: new AppealRepository(db, viewer, config.maxPageSize),
    directory: new DirectoryRepository(db, viewer, config.maxPageSize),
  };
  return { viewer, requestId, repos, loaders: createLoaders(repos) };
}
