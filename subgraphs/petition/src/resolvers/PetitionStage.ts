import { maskFreeText } from '../../../kit/pii';
import type { PetitionStageRecord } from '../domain/types';

export const PetitionStage = {
  /** The written opinion given to the petitioner: ID and mobile numbers in it are masked. */
  opinion: (s: PetitionStageRecord) => maskFreeText(s.opinion),
};
