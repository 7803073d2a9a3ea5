import type { Context } from '../context';
import type { FeedbackRecord } from '../repositories/FeedbackRepository';

export const Feedback = {
  dispatch: (f: FeedbackRecord, _: unknown, ctx: Context) => (f.dispatchId ? ctx.loaders.dispatch.load(f.dispatchId) : null),
};
