import type { Context } from '../context';
import { maskedText } from '../domain/privacy';
import type { DispatchRecord } from '../repositories/rows';

export const Dispatch = {
  reply: maskedText('reply'),
  returnReason: maskedText('returnReason'),
  department: (d: DispatchRecord, _: unknown, ctx: Context) => (d.targetType === 'DEPARTMENT' ? ctx.loaders.department.load(d.targetId) : null),
  center: (d: DispatchRecord, _: unknown, ctx: Context) => (d.targetType === 'CENTER' ? ctx.loaders.center.load(d.targetId) : null),
  partner: (d: DispatchRecord) => (d.targetType === 'PARTNER' ? d.targetId : null),
  appeal: (d: DispatchRecord, _: unknown, ctx: Context) => ctx.loaders.appeal.load(d.appealId),
};
