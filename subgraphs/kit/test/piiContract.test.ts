import fs from 'node:fs';
import path from 'node:path';
import { parse, print, type DefinitionNode } from 'graphql';

/**
 * The personal-data contract (kit/pii.graphql) is pasted into every subgraph's SDL, because each subgraph must declare
 * the types it uses. This keeps the copies identical: a subgraph that changes its copy fails here, not in production.
 */
const ROOT = path.join(__dirname, '..', '..');
const named = (d: DefinitionNode) => ('name' in d && d.name ? d.name.value : '');
const contract = parse(fs.readFileSync(path.join(ROOT, 'kit', 'pii.graphql'), 'utf8')).definitions;

test.each(['governance', 'court', 'petition', 'legal-services', 'procuratorate'])('%s declares the personal-data contract unchanged', (name) => {
  const sdl = parse(fs.readFileSync(path.join(ROOT, name, 'schema.graphql'), 'utf8')).definitions;
  for (const def of contract) {
    const mine = sdl.find((d) => d.kind === def.kind && named(d) === named(def));
    expect([named(def), mine ? print(mine) : 'missing']).toEqual([named(def), print(def)]);
  }
});
