import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * `npm run build:playground`: bundle GraphiQL (React 18, CodeMirror 5) and the hub's page into playground/dist/
 * (index.html, playground.js, playground.css). Everything comes from node_modules: nothing loads from a CDN.
 */
const ROOT = path.join(__dirname, '..');
export const PLAYGROUND_SRC = path.join(__dirname, 'src');
export const PLAYGROUND_DIST = path.join(__dirname, 'dist');

/** What a build depends on: the page's sources, this script and the installed package versions. */
function inputs(): string[] {
  return [...readdirSync(PLAYGROUND_SRC).map((f) => path.join(PLAYGROUND_SRC, f)), __filename, path.join(ROOT, 'package-lock.json')];
}

/** The bundle is missing, or older than one of its inputs. */
export function playgroundIsStale(outdir = PLAYGROUND_DIST): boolean {
  const built = ['index.html', 'playground.js', 'playground.css'].map((f) => path.join(outdir, f));
  if (!built.every((f) => existsSync(f))) return true;
  const builtAt = Math.min(...built.map((f) => statSync(f).mtimeMs));
  return inputs().some((f) => existsSync(f) && statSync(f).mtimeMs > builtAt);
}

/** Build the bundle into `outdir` (replaced); resolves with the files written and their sizes. */
export async function buildPlayground(outdir = PLAYGROUND_DIST): Promise<{ files: Record<string, number>; ms: number }> {
  const started = Date.now();
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { playground: path.join(PLAYGROUND_SRC, 'main.tsx') },
    outdir,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Fonts and icons stay inlined (data: URLs) in the CSS, as GraphiQL ships them.
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  copyFileSync(path.join(PLAYGROUND_SRC, 'index.html'), path.join(outdir, 'index.html'));
  const files: Record<string, number> = {};
  for (const f of readdirSync(outdir)) files[f] = statSync(path.join(outdir, f)).size;
  return { files, ms: Date.now() - started };
}

if (require.main === module) {
  buildPlayground().then(
    ({ files, ms }) => {
      const total = Object.values(files).reduce((a, b) => a + b, 0);
      console.log(`Playground built in ${ms} ms: ${Object.entries(files).map(([f, n]) => `${f} ${(n / 1024).toFixed(0)} KiB`).join(', ')} (${(total / 1024).toFixed(0)} KiB) -> ${path.relative(process.cwd(), PLAYGROUND_DIST) || '.'}`);
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
