import { z } from 'zod';
import { loadSubgraphConfig, parseOrExit, type SubgraphConfig } from '../../kit/config';

/** Settings of the procuratorate subgraph beyond the shared ones. */
export const ProcuratorateSettings = z.object({
  /** Deepest selection mercurius executes (`PROCURATORATE_QUERY_DEPTH`); the gateway limits depth too. */
  queryDepth: z.coerce.number().int().min(4).max(50),
});
export type ProcuratorateSettings = z.infer<typeof ProcuratorateSettings>;

export type ProcuratorateConfig = SubgraphConfig & ProcuratorateSettings;

export const DEFAULT_QUERY_DEPTH = 12;

export const loadConfig = (env: Record<string, string | undefined> = process.env): ProcuratorateConfig => ({
  ...loadSubgraphConfig('procuratorate', env),
  ...parseOrExit(ProcuratorateSettings, { queryDepth: env.PROCURATORATE_QUERY_DEPTH ?? DEFAULT_QUERY_DEPTH }, 'procuratorate'),
});
