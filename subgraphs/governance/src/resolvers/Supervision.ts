import type { Context } from '../context';
import type { SupervisionRecord } from '../repositories/SupervisionRepository';

export const Supervision = {
  appeal: (s: SupervisionRecord, _: unknown, ctx: Context) => ctx.loaders.appeal.load(s.appealId),
  dispatch: (s: SupervisionRecord, _: unknown, ctx: Context) => ctx.loaders.dispatch.load(s.dispatchId),
  department: (s: SupervisionRecord, _: unknown, ctx: Context) => (s.targetType === 'DEPARTMENT' ? ctx.loaders.department.load(s.targetId) : null),
  center: (s: SupervisionRecord, _: unknown, ctx: Context) => (s.targetType === 'CENTER' ? ctx.loaders.center.load(s.targetId) : null),
  partner: (s: SupervisionRecord) => (s.targetType === 'PARTNER' ? s.targetId : null),
};
