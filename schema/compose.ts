import fs from 'node:fs';
import { compose, SUPERGRAPH_PATH } from './composition';

/**
 * `npm run compose`: build schema/supergraph.graphql from the subgraph list.
 * `npm run compose:check`: fail when the committed file differs from a fresh composition.
 * `npm run compose -- --subgraph court=path/to/new.graphql`: check a partner's new SDL against the others (writes nothing).
 */
function main(): number {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const overrides: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--subgraph') {
      const [name, file] = (args[++i] ?? '').split('=');
      if (!name || !file) {
        console.error('--subgraph takes name=path/to/schema.graphql');
        return 2;
      }
      overrides[name] = fs.readFileSync(file, 'utf8');
    }
  }
  const result = compose(overrides);
  if (!result.ok) {
    console.error(`Composition failed with ${result.errors.length} error(s):\n`);
    for (const e of result.errors) console.error(`  - ${e}\n`);
    return 1;
  }
  if (Object.keys(overrides).length) {
    console.log(`Composition succeeds with ${Object.keys(overrides).join(', ')} replaced (nothing written).`);
    return 0;
  }
  if (check) {
    const committed = fs.existsSync(SUPERGRAPH_PATH) ? fs.readFileSync(SUPERGRAPH_PATH, 'utf8') : '';
    if (committed !== result.supergraphSdl) {
      console.error('schema/supergraph.graphql is out of date: run `npm run compose` and commit the result.');
      return 1;
    }
    console.log('schema/supergraph.graphql matches a fresh composition.');
    return 0;
  }
  fs.writeFileSync(SUPERGRAPH_PATH, result.supergraphSdl);
  console.log(`Wrote ${SUPERGRAPH_PATH} (${result.supergraphSdl.length} characters, ${result.hints.length} hint(s)).`);
  return 0;
}

process.exitCode = main();
