import type { Resolvers } from '../generated/graphql';
import { Appeal } from './Appeal';
import { Dispatch } from './Dispatch';
import { Feedback } from './Feedback';
import { Grid, GridWorker } from './Grid';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Category, Center, Department, Region } from './Region';
import { ComplainedUnit, Statistics } from './Statistics';
import { Supervision } from './Supervision';
import { TimelineEvent } from './TimelineEvent';

/** The governance resolver map: one entry per type, each a delegation to a loader or repository. */
export const resolvers: Resolvers = { Query, Mutation, Appeal, Dispatch, TimelineEvent, Grid, GridWorker, Region, Center, Department, Category, Supervision, Feedback, Statistics, ComplainedUnit };
