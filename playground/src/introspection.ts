/**
 * GraphiQL introspects with graphql-js's standard query, whose `TypeRef` fragment nests `ofType` nine levels deep: the
 * gateway's depth limit (gateway/src/limits.ts, 12 levels) refuses it with QUERY_TOO_DEEP. The hub's types wrap at
 * most `[T!]!` (three levels), so the playground asks for five; buildClientSchema fails loudly on a deeper type.
 */
const INTROSPECTION_TYPE_REF = /fragment TypeRef on __Type\s*\{[\s\w{}]*\}\s*$/;

export const TYPE_REF_LEVELS = 5;

function typeRef(levels: number): string {
  return levels === 0 ? 'kind name' : `kind name ofType { ${typeRef(levels - 1)} }`;
}

/** The introspection query with a shallower TypeRef fragment; any other document unchanged. */
export function withShallowTypeRefs(query: string, levels = TYPE_REF_LEVELS): string {
  return query.replace(INTROSPECTION_TYPE_REF, `fragment TypeRef on __Type { ${typeRef(levels)} }\n`);
}
