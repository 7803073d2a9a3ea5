import type { Knex } from 'knex';
import type { SubgraphServer } from '../subgraphs/kit/apolloSubgraph';
import type { SubgraphConfig, SubgraphName } from '../subgraphs/kit/config';
import type { Migration } from '../subgraphs/kit/db';
import type { DemoWorld } from '../demo/model';
import { migrations as governanceMigrations } from '../subgraphs/governance/migrations';
import { createServer as governanceServer } from '../subgraphs/governance/src/server';
import { seed as governanceSeed } from '../subgraphs/governance/src/seed';
import { migrations as courtMigrations } from '../subgraphs/court/migrations';
import { createServer as courtServer } from '../subgraphs/court/src/server';
import { seed as courtSeed } from '../subgraphs/court/src/seed';
import { migrations as petitionMigrations } from '../subgraphs/petition/migrations';
import { createServer as petitionServer } from '../subgraphs/petition/src/server';
import { seed as petitionSeed } from '../subgraphs/petition/src/seed';
import { migrations as legalMigrations } from '../subgraphs/legal-services/migrations';
import { createServer as legalServer } from '../subgraphs/legal-services/src/server';
import { seed as legalSeed } from '../subgraphs/legal-services/src/seed';
import { migrations as procuratorateMigrations } from '../subgraphs/procuratorate/migrations';
import { createServer as procuratorateServer } from '../subgraphs/procuratorate/src/server';
import { seed as procuratorateSeed } from '../subgraphs/procuratorate/src/seed';

/** Every subgraph's entry points, in one table for the start, seed and test harnesses. */
export interface SubgraphModule {
  name: SubgraphName;
  migrations: Migration[];
  createServer(config: SubgraphConfig): Promise<SubgraphServer>;
  seed(db: Knex, world: DemoWorld): Promise<void>;
}

export const SUBGRAPH_MODULES: SubgraphModule[] = [
  { name: 'governance', migrations: governanceMigrations, createServer: governanceServer, seed: governanceSeed },
  { name: 'court', migrations: courtMigrations, createServer: courtServer as SubgraphModule['createServer'], seed: courtSeed },
  { name: 'petition', migrations: petitionMigrations, createServer: petitionServer as SubgraphModule['createServer'], seed: petitionSeed },
  { name: 'legal-services', migrations: legalMigrations, createServer: legalServer as SubgraphModule['createServer'], seed: legalSeed },
  { name: 'procuratorate', migrations: procuratorateMigrations, createServer: procuratorateServer as SubgraphModule['createServer'], seed: procuratorateSeed },
];
