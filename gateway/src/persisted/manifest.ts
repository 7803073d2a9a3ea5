import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  Kind, parse, print, visit,
  type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode,
} from 'graphql';
import { z } from 'zod';

/** The committed manifest of the citizen mini-program's operations. */
export const DEFAULT_MANIFEST_PATH = path.join(__dirname, '..', '..', '..', 'clients', 'mini-program', 'persisted-operations.json');
/** Where the mini-program keeps its operations, one named operation per `.graphql` file. */
export const DEFAULT_OPERATIONS_DIR = path.join(__dirname, '..', '..', '..', 'clients', 'mini-program', 'operations');

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case sha256 hex digest');

/** Apollo's persisted query manifest format (`apollo-persisted-query-manifest`, version 1). */
export const PersistedManifest = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(z.object({
    id: Sha256Hex,
    name: z.string().min(1),
    type: z.enum(['query', 'mutation', 'subscription']),
    body: z.string().min(1),
  })),
});
export type PersistedManifest = z.infer<typeof PersistedManifest>;
export type PersistedOperation = PersistedManifest['operations'][number];

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function fragmentsUsed(node: DefinitionNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): Set<string> {
  visit(node, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      if (seen.has(name)) return;
      const def = fragments.get(name);
      if (!def) throw new Error(`fragment ${name} is not defined`);
      seen.add(name);
      fragmentsUsed(def, fragments, seen);
    },
  });
  return seen;
}

/**
 * One manifest entry per named operation of the given sources: the body is graphql-js `print` of the operation and
 * the fragments it uses (sorted by name), so it does not depend on the files' formatting or comments; the id is the
 * sha256 of that body. Operations are sorted by name. Throws on an anonymous or duplicate operation name.
 */
export function buildManifest(sources: { file: string; text: string }[]): PersistedManifest {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: { file: string; op: OperationDefinitionNode }[] = [];
  for (const { file, text } of sources) {
    const doc = parse(text, { noLocation: true });
    for (const def of doc.definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) {
        if (fragments.has(def.name.value)) throw new Error(`${file}: fragment ${def.name.value} is defined twice`);
        fragments.set(def.name.value, def);
      } else if (def.kind === Kind.OPERATION_DEFINITION) {
        if (!def.name) throw new Error(`${file}: every operation must be named`);
        operations.push({ file, op: def });
      } else {
        throw new Error(`${file}: only operations and fragments belong in an operations file`);
      }
    }
  }
  const names = new Set<string>();
  const entries = operations.map(({ file, op }) => {
    const name = op.name!.value;
    if (names.has(name)) throw new Error(`${file}: operation ${name} is defined twice`);
    names.add(name);
    const used = [...fragmentsUsed(op, fragments)].sort().map((f) => fragments.get(f)!);
    const body = print({ kind: Kind.DOCUMENT, definitions: [op, ...used] } as DocumentNode);
    return { id: sha256Hex(body), name, type: op.operation, body };
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { format: 'apollo-persisted-query-manifest', version: 1, operations: entries };
}

/** The `.graphql` files of a folder, in name order. */
export function readOperationSources(dir: string = DEFAULT_OPERATIONS_DIR): { file: string; text: string }[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort().map((f) => ({ file: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** The manifest as committed: two-space JSON with a trailing newline. */
export function serializeManifest(manifest: PersistedManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Read and check a manifest file: the format, and that every id really is the sha256 of its body (a hand-edited
 * body with a stale id would otherwise let a different document through). Throws naming the file.
 */
export function readManifest(file: string): Map<string, PersistedOperation> {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`persisted operations manifest ${file}: ${(err as Error).message}`);
  }
  const parsed = PersistedManifest.safeParse(json);
  if (!parsed.success) throw new Error(`persisted operations manifest ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const byId = new Map<string, PersistedOperation>();
  for (const op of parsed.data.operations) {
    if (sha256Hex(op.body) !== op.id) throw new Error(`persisted operations manifest ${file}: the id of ${op.name} is not the sha256 of its body`);
    byId.set(op.id, op);
  }
  return byId;
}
