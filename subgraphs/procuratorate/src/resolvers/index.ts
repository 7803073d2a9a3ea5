import { Appeal } from './Appeal';
import { Mutation } from './Mutation';
import { ProcuratorateFollowUp } from './ProcuratorateFollowUp';
import { ProcuratorateMatter } from './ProcuratorateMatter';
import { Query } from './Query';

/** The resolver map (fields not listed resolve by name from the parsed models). */
export const resolvers = { Query, Mutation, Appeal, ProcuratorateMatter, ProcuratorateFollowUp };
