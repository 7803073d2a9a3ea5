import DataLoader from 'dataloader';
import { byKey, groupByKey } from '../../kit/loaders';
import type { PetitionRecord, PetitionRepresentativeRecord, PetitionStageRecord } from './domain/types';
import type { IntakeRepository } from './repositories/IntakeRepository';
import type { PetitionRepository } from './repositories/PetitionRepository';
import type { PetitionRepresentativeRepository } from './repositories/PetitionRepresentativeRepository';
import type { PetitionStageRepository } from './repositories/PetitionStageRepository';
import type { RevealRepository } from './repositories/RevealRepository';
import type { RevealAuditRepository } from '../../kit/pii';
import type { WorkflowRepository } from './repositories/WorkflowRepository';

export interface Repositories {
  petitions: PetitionRepository;
  stages: PetitionStageRepository;
  representatives: PetitionRepresentativeRepository;
  /** Referral intake from governance's delivery worker. */
  intake: IntakeRepository;
  /** Petition staff decisions and replies, with progress reports to governance. */
  workflow: WorkflowRepository;
  /** Reveals of a petitioner's or representative's personal data, each audit-logged. */
  reveals: RevealRepository;
  /** The audit trail of those reveals, for auditors. */
  revealAudit: RevealAuditRepository;
}

export interface Loaders {
  petitionById: DataLoader<string, PetitionRecord | null>;
  /** The latest petition made of an appeal (an appeal referred twice keeps both; the newest is shown). */
  petitionByAppealId: DataLoader<string, PetitionRecord | null>;
  stagesByPetitionId: DataLoader<string, PetitionStageRecord[]>;
  representativesByPetitionId: DataLoader<string, PetitionRepresentativeRecord[]>;
}

/** Per-request DataLoaders: each batch is one SQL statement, results in key order. */
export function createLoaders(repos: Repositories): Loaders {
  return {
    petitionById: new DataLoader(async (ids) => byKey(ids, await repos.petitions.byIds(ids), (p) => p.id)),
    petitionByAppealId: new DataLoader(async (ids) => groupByKey(ids, await repos.petitions.byAppealIds(ids), (p) => p.appealId).map((ps) => ps[0] ?? null)),
    stagesByPetitionId: new DataLoader(async (ids) => groupByKey(ids, await repos.stages.byPetitionIds(ids), (s) => s.petitionId)),
    representativesByPetitionId: new DataLoader(async (ids) => groupByKey(ids, await repos.representatives.byPetitionIds(ids), (r) => r.petitionId)),
  };
}
