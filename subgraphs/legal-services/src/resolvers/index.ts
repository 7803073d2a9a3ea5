import type { Resolvers } from '../generated/graphql';
import { Appeal } from './Appeal';
import { LegalAidApplication } from './LegalAidApplication';
import { LegalConsultation } from './LegalConsultation';
import { Mediation } from './Mediation';
import { MediationAgreement } from './MediationAgreement';
import { Mediator } from './Mediator';
import { Mutation } from './Mutation';
import { Query } from './Query';

/** The resolver map of the legal-services subgraph; every other field is read straight off the parsed record. */
export const resolvers: Resolvers = {
  Query,
  Mutation,
  Appeal,
  Mediation,
  MediationAgreement,
  Mediator,
  LegalAidApplication,
  LegalConsultation,
};
