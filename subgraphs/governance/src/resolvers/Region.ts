import type { CategoryResolvers, CenterResolvers, DepartmentResolvers, RegionResolvers } from '../generated/graphql';
import { required } from './required';

export const Region: RegionResolvers = {
  parent: (r, _, ctx) => (r.parentCode ? ctx.loaders.region.load(r.parentCode) : null),
  children: (r, _, ctx) => ctx.loaders.regionChildren.load(r.code),
};

export const Center: CenterResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.center.load(ref.id),
  region: (c, _, ctx) => required(ctx.loaders.region.load(c.regionCode)),
};

export const Department: DepartmentResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.department.load(ref.id),
  region: (d, _, ctx) => required(ctx.loaders.region.load(d.regionCode)),
};

export const Category: CategoryResolvers = {
  parent: (c, _, ctx) => (c.parentCode ? ctx.loaders.category.load(c.parentCode) : null),
};
