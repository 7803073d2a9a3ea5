import { maskedText } from '../domain/privacy';
import type { TimelineEventResolvers } from '../generated/graphql';

export const TimelineEvent: TimelineEventResolvers = {
  note: maskedText('note'),
  center: (e, _, ctx) => (e.centerId ? ctx.loaders.center.load(e.centerId) : null),
};
