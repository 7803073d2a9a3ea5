import { loadSubgraphConfig, type SubgraphConfig } from '../../kit/config';

export type GovernanceConfig = SubgraphConfig;

/** The governance subgraph's typed config (GOVERNANCE_PORT, GOVERNANCE_DATABASE_URL, HUB_*). */
export const loadConfig = (env: Record<string, string | undefined> = process.env): GovernanceConfig => loadSubgraphConfig('governance', env);
