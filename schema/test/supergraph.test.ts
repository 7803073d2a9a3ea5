import fs from 'node:fs';
import { compose, SUPERGRAPH_PATH } from '../composition';

describe('the supergraph artifact', () => {
  it('composes without errors', () => {
    const result = compose();
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.supergraphSdl).toContain('join__Graph');
  });

  it('is committed exactly as a fresh composition produces it', () => {
    const result = compose();
    expect(result.ok).toBe(true);
    expect(fs.readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(result.ok ? result.supergraphSdl : '');
  });

  it('reports a broken subgraph readably', () => {
    const result = compose({ court: 'type Query { appeal: Appeal } type Appeal @key(fields: "nope") { id: ID! }' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/nope/);
  });
});
