import { z } from 'zod';
import { loadSubgraphConfig, parseOrExit, type SubgraphConfig } from '../../kit/config';

export type GovernanceConfig = SubgraphConfig;

/** The governance subgraph's typed config (GOVERNANCE_PORT, GOVERNANCE_DATABASE_URL, HUB_*). */
export const loadConfig = (env: Record<string, string | undefined> = process.env): GovernanceConfig => loadSubgraphConfig('governance', env);

/** How often main.ts runs the overdue job: GOVERNANCE_OVERDUE_INTERVAL_MS, 1 s to 1 day, default 60 s. */
export const loadOverdueIntervalMs = (env: Record<string, string | undefined> = process.env): number =>
  parseOrExit(z.coerce.number().int().min(1000).max(86_400_000), env.GOVERNANCE_OVERDUE_INTERVAL_MS ?? 60_000, 'GOVERNANCE_OVERDUE_INTERVAL_MS');
