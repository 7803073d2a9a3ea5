import { maskFreeText } from '../../../kit/pii';
import type { ProcuratorateFollowUpResolvers } from '../generated/graphql';

/** What was told to the petitioner may quote their numbers: masked like every free text. */
export const ProcuratorateFollowUp: ProcuratorateFollowUpResolvers = {
  note: (f) => maskFreeText(f.note),
};
