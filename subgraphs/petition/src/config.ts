import { loadSubgraphConfig, type SubgraphConfig } from '../../kit/config';

/** The petition subgraph's typed configuration: `PETITION_PORT`, `PETITION_DATABASE_URL` and the shared `HUB_*` variables. */
export const loadConfig = (env: Record<string, string | undefined> = process.env): SubgraphConfig => loadSubgraphConfig('petition', env);
