import { maskFreeText } from '../../../kit/pii';
import type { ProcuratorateFollowUp as FollowUp } from '../model';

/** What was told to the petitioner may quote their numbers: masked like every free text. */
export const ProcuratorateFollowUp = {
  note: (f: FollowUp) => maskFreeText(f.note),
};
