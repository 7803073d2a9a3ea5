import { Appeal } from './Appeal';
import type { MercuriusResolvers } from './mercurius';
import { Mutation } from './Mutation';
import { ProcuratorateFollowUp } from './ProcuratorateFollowUp';
import { ProcuratorateMatter } from './ProcuratorateMatter';
import { Query } from './Query';

/**
 * The resolver map (fields not listed resolve by name from the parsed models): the generated `Resolvers`, with the
 * entities' `__resolveReference` as mercurius calls it (`MercuriusResolvers`).
 */
export const resolvers: MercuriusResolvers = { Query, Mutation, Appeal, ProcuratorateMatter, ProcuratorateFollowUp };
