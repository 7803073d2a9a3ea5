import type { Context } from '../context';
import { maskedText } from '../domain/privacy';
import type { FeedbackRecord } from '../repositories/FeedbackRepository';

export const Feedback = {
  comment: maskedText('comment'),
  dispatch: (f: FeedbackRecord, _: unknown, ctx: Context) => (f.dispatchId ? ctx.loaders.dispatch.load(f.dispatchId) : null),
};
