import {
  Kind, getNamedType, isListType, isNonNullType, parse, type DocumentNode, type FieldNode, type FragmentDefinitionNode,
  type GraphQLCompositeType, type GraphQLField, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
  isCompositeType, type GraphQLOutputType, valueFromASTUntyped,
} from 'graphql';

/** The gateway's limits on a document: each breach is a 400 with a stable code, decided in milliseconds. */
export interface QueryLimits {
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Cost: every field costs 1, multiplied by the page size of each list it sits in. */
  maxCost: number;
  /** The page size assumed for a paginated field (one that takes `first`) called without it: the default page. */
  defaultListSize: number;
  /** The size assumed for a plain list field (no pagination: parties, dispatches, court cases of one appeal...). */
  plainListSize: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxTokens: 2000, maxDepth: 12, maxAliases: 30, maxDirectives: 30, maxCost: 25_000, defaultListSize: 20, plainListSize: 5 };

export interface Breach {
  code: 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES' | 'TOO_MANY_TOKENS' | 'QUERY_TOO_COSTLY' | 'OPERATION_RESOLUTION_FAILURE';
  message: string;
}

/** Parse with the token limit; null when the document does not parse (Apollo reports the syntax error itself). */
export function parseLimited(query: string, limits: QueryLimits): DocumentNode | Breach | null {
  try {
    return parse(query, { maxTokens: limits.maxTokens });
  } catch (err) {
    if (/contains more th\w+ \d+ tokens|token limit/i.test((err as Error).message)) return { code: 'TOO_MANY_TOKENS', message: `The document has more than ${limits.maxTokens} tokens` };
    return null;
  }
}

/** The operation a request runs, or a breach when the name is unknown or ambiguous. */
export function pickOperation(doc: DocumentNode, operationName: unknown): OperationDefinitionNode | Breach {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (typeof operationName === 'string' && operationName) {
    const op = ops.find((o) => o.name?.value === operationName);
    return op ?? { code: 'OPERATION_RESOLUTION_FAILURE', message: `Unknown operation named "${operationName}"` };
  }
  if (ops.length !== 1) return { code: 'OPERATION_RESOLUTION_FAILURE', message: ops.length ? 'Several operations: give operationName' : 'No operation in the document' };
  return ops[0];
}

/** Depth, aliases and directives of one operation, following fragments once each (cycles are a validation error anyway). */
export function shapeBreach(doc: DocumentNode, op: OperationDefinitionNode, limits: QueryLimits): Breach | null {
  const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  let aliases = 0;
  let directives = op.directives?.length ?? 0;
  let maxDepth = 0;
  const walk = (set: SelectionSetNode, depth: number, seen: Set<string>) => {
    for (const sel of set.selections) {
      directives += sel.directives?.length ?? 0;
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) aliases++;
        if (sel.selectionSet) {
          maxDepth = Math.max(maxDepth, depth + 1);
          if (maxDepth > limits.maxDepth) return;
          walk(sel.selectionSet, depth + 1, seen);
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, depth, seen);
      } else {
        const f = fragments.get(sel.name.value);
        if (f && !seen.has(f.name.value)) walk(f.selectionSet, depth, new Set([...seen, f.name.value]));
      }
    }
  };
  walk(op.selectionSet, 0, new Set());
  if (maxDepth > limits.maxDepth) return { code: 'QUERY_TOO_DEEP', message: `Queries may nest at most ${limits.maxDepth} levels` };
  if (aliases > limits.maxAliases) return { code: 'TOO_MANY_ALIASES', message: `At most ${limits.maxAliases} aliases` };
  if (directives > limits.maxDirectives) return { code: 'TOO_MANY_DIRECTIVES', message: `At most ${limits.maxDirectives} directives` };
  return null;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * The cost of an operation against the API schema: 1 per field, multiplied by the page size of every list above it
 * (`first` when given — a variable is read from the request — else the default page for a paginated field and a small
 * assumed size for a plain list; a connection's `edges`/`nodes` inherit the page size of the field that returned it).
 */
export function costOf(doc: DocumentNode, op: OperationDefinitionNode, schema: GraphQLSchema, variables: Record<string, unknown>, limits: QueryLimits): number {
  const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const root = op.operation === 'mutation' ? schema.getMutationType() : op.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  const pageOf = (field: FieldNode): number | null => {
    const arg = field.arguments?.find((a) => a.name.value === 'first');
    if (!arg) return null;
    const v = valueFromASTUntyped(arg.value, variables);
    return typeof v === 'number' && v > 0 ? v : null;
  };
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, inherited: number | null, depth: number): number => {
    if (depth > 50) return Infinity;
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const fields = 'getFields' in parent ? (parent.getFields() as Record<string, GraphQLField<unknown, unknown>>) : {};
        const def = fields[sel.name.value];
        cost += multiplier;
        if (!def || !sel.selectionSet) continue;
        const page = pageOf(sel);
        const connectionChild = sel.name.value === 'edges' || sel.name.value === 'nodes';
        const paginated = def.args.some((a) => a.name === 'first');
        const size = isList(def.type) ? (connectionChild && inherited ? inherited : page ?? (paginated ? limits.defaultListSize : limits.plainListSize)) : 1;
        const named = getNamedType(def.type);
        if (isCompositeType(named)) cost += walk(sel.selectionSet, named, multiplier * size, page, depth + 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (t && isCompositeType(t)) cost += walk(sel.selectionSet, t, multiplier, inherited, depth + 1);
      } else {
        const f = fragments.get(sel.name.value);
        const t = f ? schema.getType(f.typeCondition.name.value) : null;
        if (f && t && isCompositeType(t)) cost += walk(f.selectionSet, t, multiplier, inherited, depth + 1);
      }
      if (cost > limits.maxCost * 10) return cost;
    }
    return cost;
  };
  return walk(op.selectionSet, root, 1, null, 0);
}
