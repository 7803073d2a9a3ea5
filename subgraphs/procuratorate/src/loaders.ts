import DataLoader from 'dataloader';
import type { RevealAuditRepository } from '../../kit/pii';
import { byKey, groupByKey } from '../../kit/loaders';
import type { ProcuratorateFollowUp, ProcuratorateMatter } from './model';
import type { FollowUpRepository } from './repositories/FollowUpRepository';
import type { MatterRepository } from './repositories/MatterRepository';
import type { MatterWorkflowRepository } from './repositories/MatterWorkflowRepository';
import type { PetitionerRevealRepository } from './repositories/PetitionerRevealRepository';
import type { ReferralIntakeRepository } from './repositories/ReferralIntakeRepository';

export interface Repositories {
  matters: MatterRepository;
  followUps: FollowUpRepository;
  /** Referrals from governance (service only). */
  intake: ReferralIntakeRepository;
  /** Staff replies on a matter, with progress to governance. */
  workflow: MatterWorkflowRepository;
  /** Reveals of a petitioner's personal data, each audit-logged. */
  petitionerReveals: PetitionerRevealRepository;
  /** The personal-data audit trail (auditors only). */
  revealAudit: RevealAuditRepository;
}

export interface Loaders {
  /** A matter by id, `null` when missing or outside the viewer's scope. */
  matterById: DataLoader<string, ProcuratorateMatter | null>;
  /** The matters of an appeal (governance's id), oldest first. */
  mattersByAppealId: DataLoader<string, ProcuratorateMatter[]>;
  /** The monthly follow-ups of a matter, in sequence order. */
  followUpsByMatterId: DataLoader<string, ProcuratorateFollowUp[]>;
}

/** Per-request loaders: each batch is one SQL statement, results in key order. */
export function createLoaders(repos: Repositories): Loaders {
  return {
    matterById: new DataLoader(async (ids) => byKey(ids, await repos.matters.findByIds(ids), (m) => m.id)),
    mattersByAppealId: new DataLoader(async (ids) => groupByKey(ids, await repos.matters.findByAppealIds(ids), (m) => m.appealId)),
    followUpsByMatterId: new DataLoader(async (ids) => groupByKey(ids, await repos.followUps.findByMatterIds(ids), (f) => f.matterId)),
  };
}
