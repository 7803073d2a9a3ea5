import { loadSubgraphConfig, type SubgraphConfig } from '../../kit/config';

/** The legal-services subgraph's typed config (`LEGAL_SERVICES_PORT`, `LEGAL_SERVICES_DATABASE_URL`, shared `HUB_*`). */
export const loadConfig = (env: Record<string, string | undefined> = process.env): SubgraphConfig => loadSubgraphConfig('legal-services', env);
