#!/usr/bin/env node
// `npm run analyze`: runs the bundled command line, rebuilding the bundle
// first only when a source file is newer (a fresh clone builds it once).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-cli/analyze.mjs');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (/\.(ts|tsx|mjs|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const sources = ['utils', 'scripts/cli', 'scripts/lib'].map((d) => join(root, d));
const stale = !existsSync(bundle) || sources.some((d) => newestMtime(d) > statSync(bundle).mtimeMs);
if (stale) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
