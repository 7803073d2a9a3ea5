import type { Context } from '../context';
import type { TimelineRecord } from '../repositories/rows';

export const TimelineEvent = {
  center: (e: TimelineRecord, _: unknown, ctx: Context) => (e.centerId ? ctx.loaders.center.load(e.centerId) : null),
};
