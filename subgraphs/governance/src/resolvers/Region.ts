import type { Context } from '../context';
import type { CategoryRecord, CenterRecord, DepartmentRecord, RegionRecord } from '../repositories/rows';

export const Region = {
  parent: (r: RegionRecord, _: unknown, ctx: Context) => (r.parentCode ? ctx.loaders.region.load(r.parentCode) : null),
  children: (r: RegionRecord, _: unknown, ctx: Context) => ctx.loaders.regionChildren.load(r.code),
};

export const Center = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.center.load(ref.id),
  region: (c: CenterRecord, _: unknown, ctx: Context) => ctx.loaders.region.load(c.regionCode),
};

export const Department = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.department.load(ref.id),
  region: (d: DepartmentRecord, _: unknown, ctx: Context) => ctx.loaders.region.load(d.regionCode),
};

export const Category = {
  parent: (c: CategoryRecord, _: unknown, ctx: Context) => (c.parentCode ? ctx.loaders.category.load(c.parentCode) : null),
};
