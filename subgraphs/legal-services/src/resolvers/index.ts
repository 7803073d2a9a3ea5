import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Context } from '../context';
import { Appeal } from './Appeal';
import { LegalAidApplication } from './LegalAidApplication';
import { LegalConsultation } from './LegalConsultation';
import { Mediation } from './Mediation';
import { MediationAgreement } from './MediationAgreement';
import { Mediator } from './Mediator';
import { Mutation } from './Mutation';
import { Query } from './Query';

/** The resolver map of the legal-services subgraph; every other field is read straight off the parsed record. */
export const resolvers: GraphQLResolverMap<Context> = {
  Query,
  Mutation,
  Appeal,
  Mediation,
  MediationAgreement,
  Mediator,
  LegalAidApplication,
  LegalConsultation,
};
