// Bundles the command line into one plain JavaScript file (dist-cli/analyze.mjs)
// so `npm run analyze` starts without compiling TypeScript. Called by
// scripts/analyze.mjs whenever a source is newer than the bundle.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  await build({
    entryPoints: [join(root, 'scripts/cli/analyze.ts')],
    outfile: join(root, 'dist-cli/analyze.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    // linkedom's optional canvas support is never used.
    external: ['canvas'],
    banner: { js: "import { createRequire as __roundupRequire } from 'node:module'; const require = __roundupRequire(import.meta.url);" },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}
