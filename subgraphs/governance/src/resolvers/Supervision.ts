import type { SupervisionResolvers } from '../generated/graphql';
import { partnerOf } from './partner';

export const Supervision: SupervisionResolvers = {
  appeal: (s, _, ctx) => ctx.loaders.appeal.load(s.appealId),
  dispatch: (s, _, ctx) => ctx.loaders.dispatch.load(s.dispatchId),
  department: (s, _, ctx) => (s.targetType === 'DEPARTMENT' ? ctx.loaders.department.load(s.targetId) : null),
  center: (s, _, ctx) => (s.targetType === 'CENTER' ? ctx.loaders.center.load(s.targetId) : null),
  partner: (s) => partnerOf(s),
};
