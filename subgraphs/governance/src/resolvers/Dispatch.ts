import { maskedText } from '../domain/privacy';
import type { DispatchResolvers } from '../generated/graphql';
import { partnerOf } from './partner';

export const Dispatch: DispatchResolvers = {
  reply: maskedText('reply'),
  returnReason: maskedText('returnReason'),
  department: (d, _, ctx) => (d.targetType === 'DEPARTMENT' ? ctx.loaders.department.load(d.targetId) : null),
  center: (d, _, ctx) => (d.targetType === 'CENTER' ? ctx.loaders.center.load(d.targetId) : null),
  partner: (d) => partnerOf(d),
  appeal: (d, _, ctx) => ctx.loaders.appeal.load(d.appealId),
};
