import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import type { FederationReferenceTypes, Maybe, Resolvers, ResolversTypes } from '../generated/graphql';

/** The entities of this subgraph (`@key` types), whose references `_entities` resolves. */
type Entity = 'Appeal' | 'ProcuratorateMatter';

/**
 * A reference resolver as @mercuriusjs/federation calls it: `resolveReference(reference, {}, context, info)`
 * (lib/federation.js). The generated `ReferenceResolver` is Apollo's `(reference, context, info)`: with it, a
 * resolver reading its context would type-check and get `{}` at run time. Reference and result are the generated ones.
 */
export type MercuriusReferenceResolver<T extends Entity> = (
  reference: FederationReferenceTypes[T],
  args: Record<string, never>,
  context: Context,
  info: GraphQLResolveInfo,
) => Promise<Maybe<ResolversTypes[T]> | FederationReferenceTypes[T]> | Maybe<ResolversTypes[T]> | FederationReferenceTypes[T];

/** The generated resolvers of an entity, with mercurius' `__resolveReference` in place of Apollo's. */
export type MercuriusEntityResolvers<T extends Entity> = {
  [K in keyof NonNullable<Resolvers[T]> as K extends '__resolveReference' ? never : K]: NonNullable<Resolvers[T]>[K];
} & { __resolveReference?: MercuriusReferenceResolver<T> };

/** The generated resolver map, with the entities' reference resolvers as mercurius calls them. */
export type MercuriusResolvers = {
  [K in keyof Resolvers as K extends Entity ? never : K]: Resolvers[K];
} & { [T in Entity]?: MercuriusEntityResolvers<T> };
