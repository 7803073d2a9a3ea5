import { maskFreeText } from '../../../kit/pii';
import type { PetitionStageResolvers } from '../generated/graphql';

export const PetitionStage: PetitionStageResolvers = {
  /** The written opinion given to the petitioner: ID and mobile numbers in it are masked. */
  opinion: (s) => maskFreeText(s.opinion),
};
