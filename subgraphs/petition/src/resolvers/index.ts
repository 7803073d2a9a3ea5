import type { Resolvers } from '../generated/graphql';
import { Appeal } from './Appeal';
import { Mutation } from './Mutation';
import { Petition } from './Petition';
import { PetitionStage } from './PetitionStage';
import { Query } from './Query';

/** The petition subgraph's resolver map. */
export const resolvers: Resolvers = { Query, Mutation, Appeal, Petition, PetitionStage };
