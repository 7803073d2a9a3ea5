import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MANIFEST_PATH, DEFAULT_OPERATIONS_DIR, buildManifest, readOperationSources, serializeManifest } from '../gateway/src/persisted/manifest';
import { DEFAULT_SUPERGRAPH_PATH, apiSchemaOf, invalidOperations } from '../gateway/src/persisted/validate';

/**
 * The citizen mini-program's persisted operations manifest (Apollo's `apollo-persisted-query-manifest` format):
 *   npm run persisted              write clients/mini-program/persisted-operations.json from operations/*.graphql
 *   npm run persisted -- --check   exit 1 when the committed manifest is stale
 * Every operation must validate against the API schema of schema/supergraph.graphql, or nothing is written.
 * Options: --operations <dir>, --out <file>, --supergraph <file>.
 */
function main(): number {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      operations: { type: 'string', default: DEFAULT_OPERATIONS_DIR },
      out: { type: 'string', default: DEFAULT_MANIFEST_PATH },
      supergraph: { type: 'string', default: DEFAULT_SUPERGRAPH_PATH },
    },
  });
  const manifest = buildManifest(readOperationSources(values.operations));
  const invalid = invalidOperations(manifest, apiSchemaOf(values.supergraph));
  if (invalid.length) {
    for (const { name, errors } of invalid) console.error(`${name}: ${errors.join('; ')}`);
    console.error(`${invalid.length} operation(s) do not validate against ${path.relative(process.cwd(), values.supergraph)}`);
    return 1;
  }
  const text = serializeManifest(manifest);
  const rel = path.relative(process.cwd(), values.out);
  if (values.check) {
    const committed = fs.existsSync(values.out) ? fs.readFileSync(values.out, 'utf8') : '';
    if (committed !== text) {
      console.error(`${rel} is stale: run \`npm run persisted\` and commit it`);
      return 1;
    }
    console.log(`${rel} is up to date (${manifest.operations.length} operations)`);
    return 0;
  }
  fs.writeFileSync(values.out, text);
  console.log(`wrote ${rel}: ${manifest.operations.map((o) => o.name).join(', ')}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
