import { maskedText } from '../domain/privacy';
import type { FeedbackResolvers } from '../generated/graphql';
import type { FeedbackRecord } from '../repositories/FeedbackRepository';

/** `maskedText` is typed `string | null`, but it maps only null to null: a non-null comment stays a string. */
const comment = maskedText('comment') as (f: FeedbackRecord) => string;

export const Feedback: FeedbackResolvers = {
  comment,
  dispatch: (f, _, ctx) => (f.dispatchId ? ctx.loaders.dispatch.load(f.dispatchId) : null),
};
