import type { Resolvers } from '../generated/graphql';
import { Appeal } from './Appeal';
import { CourtCase } from './CourtCase';
import { CourtReferral } from './CourtReferral';
import { CourtVenue } from './CourtVenue';
import { Grid } from './Grid';
import { JudicialConfirmation } from './JudicialConfirmation';
import { MediationAgreement } from './MediationAgreement';
import { Mutation } from './Mutation';
import { Query } from './Query';

/** The court's resolver map (scalars `DateTime` and `Date` are plain strings and need none). */
export const resolvers: Resolvers = {
  Query,
  Mutation,
  Appeal,
  Grid,
  MediationAgreement,
  CourtVenue,
  CourtReferral,
  CourtCase,
  JudicialConfirmation,
};
