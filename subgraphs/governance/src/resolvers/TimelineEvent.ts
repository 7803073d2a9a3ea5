import type { Context } from '../context';
import { maskedText } from '../domain/privacy';
import type { TimelineRecord } from '../repositories/rows';

export const TimelineEvent = {
  note: maskedText('note'),
  center: (e: TimelineRecord, _: unknown, ctx: Context) => (e.centerId ? ctx.loaders.center.load(e.centerId) : null),
};
