import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Context } from '../context';
import { Appeal } from './Appeal';
import { Mutation } from './Mutation';
import { Petition } from './Petition';
import { PetitionStage } from './PetitionStage';
import { Query } from './Query';

/** The petition subgraph's resolver map. */
export const resolvers = { Query, Mutation, Appeal, Petition, PetitionStage } as unknown as GraphQLResolverMap<Context>;
