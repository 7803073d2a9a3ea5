import { maskedText } from '../domain/privacy';
import type { TimelineEventResolvers } from '../generated/graphql';
import type { TimelineRecord } from '../repositories/rows';

/** `maskedText` is typed `string | null`, but it maps only null to null: a non-null note stays a string. */
const note = maskedText('note') as (e: TimelineRecord) => string;

export const TimelineEvent: TimelineEventResolvers = {
  note,
  center: (e, _, ctx) => (e.centerId ? ctx.loaders.center.load(e.centerId) : null),
};
