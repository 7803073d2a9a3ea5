import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

/** The list of subgraphs that make up the graph (`schema/subgraphs.json`). */
export interface SubgraphEntry {
  name: string;
  url: string;
  schema: string;
}

export const SCHEMA_DIR = __dirname;
export const SUPERGRAPH_PATH = path.join(SCHEMA_DIR, 'supergraph.graphql');

export function readSubgraphList(): SubgraphEntry[] {
  return (JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'subgraphs.json'), 'utf8')) as { subgraphs: SubgraphEntry[] }).subgraphs;
}

export type CompositionResult = { ok: true; supergraphSdl: string; hints: string[] } | { ok: false; errors: string[] };

/**
 * Compose the supergraph with @apollo/composition. `overrides` replaces a subgraph's SDL (a partner checking its new
 * schema before it joins).
 */
export function compose(overrides: Record<string, string> = {}): CompositionResult {
  const services = readSubgraphList().map((s) => {
    const sdl = overrides[s.name] ?? fs.readFileSync(path.resolve(SCHEMA_DIR, s.schema), 'utf8');
    return { name: s.name, url: s.url, typeDefs: parse(sdl) };
  });
  const result = composeServices(services);
  if (result.errors) {
    return { ok: false, errors: result.errors.map((e) => `${(e.extensions?.code as string | undefined) ?? 'ERROR'}: ${e.message}`) };
  }
  return { ok: true, supergraphSdl: result.supergraphSdl, hints: result.hints.map((h) => `${h.definition.code}: ${h.message}`) };
}
