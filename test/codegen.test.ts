import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The generated resolver types match the SDL (conventions.md §1): a stale file fails here, as a stale supergraph does.
 * The generator runs as its own process (its plugins are ESM-only packages that jest's CommonJS runtime cannot load).
 */
const ROOT = path.join(__dirname, '..');

test.each(['governance', 'court', 'petition', 'legal-services', 'procuratorate'])('%s declares its codegen mappers and commits its generated types', (name) => {
  expect(fs.existsSync(path.join(ROOT, 'subgraphs', name, 'codegen.json'))).toBe(true);
  expect(fs.existsSync(path.join(ROOT, 'subgraphs', name, 'src', 'generated', 'graphql.ts'))).toBe(true);
});

test('every generated file equals a fresh generation from its SDL (npm run codegen -- --check)', () => {
  const run = () => execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'codegen.ts'), '--check'], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
  expect(run).not.toThrow();
}, 150_000);
