import { maskedText } from '../domain/privacy';
import type { FeedbackResolvers } from '../generated/graphql';

export const Feedback: FeedbackResolvers = {
  comment: maskedText('comment'),
  dispatch: (f, _, ctx) => (f.dispatchId ? ctx.loaders.dispatch.load(f.dispatchId) : null),
};
