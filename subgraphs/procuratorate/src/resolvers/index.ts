import { Appeal } from './Appeal';
import { ProcuratorateMatter } from './ProcuratorateMatter';
import { Query } from './Query';

/** The resolver map (fields not listed resolve by name from the parsed models). */
export const resolvers = { Query, Appeal, ProcuratorateMatter };
