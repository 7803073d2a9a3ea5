import { court } from './court';
import { governance } from './governance';
import { legalServices } from './legalServices';
import { petition } from './petition';
import { procuratorate } from './procuratorate';
import type { SubgraphTable } from './types';

/** The isolation matrix's operation tables, one per subgraph. */
export const TABLES: SubgraphTable[] = [governance, court, petition, legalServices, procuratorate];
export * from './types';
