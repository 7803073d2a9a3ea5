import { z } from 'zod';
import { loadSubgraphConfig, parseOrExit, type SubgraphConfig } from '../../kit/config';
import { PROCEDURAL_REPLY_COUNTINGS } from './domain/deadlines';

/** Settings of the procuratorate subgraph beyond the shared ones. */
export const ProcuratorateSettings = z.object({
  /** Deepest selection mercurius executes (`PROCURATORATE_QUERY_DEPTH`); the gateway limits depth too. */
  queryDepth: z.coerce.number().int().min(4).max(50),
  /**
   * How the 7-day procedural reply is counted (`PROCURATORATE_PROCEDURAL_REPLY_COUNTING`): `NATURAL_DAYS` (default,
   * moved off a rest day) or `WORKING_DAYS`, as some provinces count it.
   */
  proceduralReplyCounting: z.enum(PROCEDURAL_REPLY_COUNTINGS),
});
export type ProcuratorateSettings = z.infer<typeof ProcuratorateSettings>;

export type ProcuratorateConfig = SubgraphConfig & ProcuratorateSettings;

export const DEFAULT_QUERY_DEPTH = 12;

export const loadConfig = (env: Record<string, string | undefined> = process.env): ProcuratorateConfig => ({
  ...loadSubgraphConfig('procuratorate', env),
  ...parseOrExit(ProcuratorateSettings, {
    queryDepth: env.PROCURATORATE_QUERY_DEPTH ?? DEFAULT_QUERY_DEPTH,
    proceduralReplyCounting: env.PROCURATORATE_PROCEDURAL_REPLY_COUNTING ?? 'NATURAL_DAYS',
  }, 'procuratorate'),
});
