import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { parse, validate, type GraphQLSchema } from 'graphql';
import type { PersistedManifest } from './manifest';

export const DEFAULT_SUPERGRAPH_PATH = path.join(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql');

/** The API schema clients see (no `@inaccessible` fields, no federation internals) of a supergraph file. */
export function apiSchemaOf(supergraphPath: string = DEFAULT_SUPERGRAPH_PATH): GraphQLSchema {
  return Supergraph.build(fs.readFileSync(supergraphPath, 'utf8')).apiSchema().toGraphQLJSSchema();
}

/** Every manifest operation that does not validate against the schema, with graphql-js's messages. */
export function invalidOperations(manifest: PersistedManifest, schema: GraphQLSchema): { name: string; errors: string[] }[] {
  return manifest.operations
    .map((op) => ({ name: op.name, errors: validate(schema, parse(op.body)).map((e) => e.message) }))
    .filter((r) => r.errors.length > 0);
}
