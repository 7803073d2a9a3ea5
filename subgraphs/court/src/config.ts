import { loadSubgraphConfig, type SubgraphConfig } from '../../kit/config';

/** The court subgraph's typed configuration (shared subgraph settings; no extra variables yet). */
export type CourtConfig = SubgraphConfig;

export const loadConfig = (env: Record<string, string | undefined> = process.env): CourtConfig => loadSubgraphConfig('court', env);
