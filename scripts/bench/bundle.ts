/**
 * Phase 3: what the extension ships. Sizes of the built content script and of
 * the popup (its page's script, the chunks it preloads and its stylesheet),
 * minified as built and gzipped (level 9), then where content.js's bytes go:
 * esbuild bundles and minifies the same entry with a metafile, which tells
 * each source module's bytes in the output (a close stand-in for WXT's own
 * Vite build, whose total is printed next to it).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface BundleFile {
  file: string;
  minified: number;
  gzipped: number;
}

export interface BundleReport {
  dir: string;
  content: BundleFile;
  popup: { files: BundleFile[]; minified: number; gzipped: number; jsMinified: number; jsGzipped: number };
  others: BundleFile[];
  /** Readability.js minified by esbuild and gzipped: the floor under the content script. */
  readability: { minified: number; gzipped: number };
  breakdown: { total: number; modules: { module: string; bytes: number }[] } | string;
}

function sizeOf(dir: string, file: string): BundleFile {
  const buf = readFileSync(join(dir, file));
  return { file, minified: buf.length, gzipped: gzipSync(buf, { level: 9 }).length };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** Group node_modules inputs by package, keep our own files by path. */
function moduleName(input: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(input);
  if (!m) return input;
  return m[1] === '@mozilla/readability' ? `${m[1]}/${m[2]}` : m[1]!;
}

async function breakdown(root: string, entry: string): Promise<BundleReport['breakdown']> {
  try {
    const result = await build({
      entryPoints: [join(root, entry)],
      absWorkingDir: root,
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'chrome110',
      write: false,
      metafile: true,
      outfile: join(root, 'bench-results/content-breakdown.js'),
      logLevel: 'silent',
      // As the @wxt-dev/webextension-polyfill module (wxt.config.ts) makes WXT's build do.
      alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' },
    });
    const output = Object.values(result.metafile.outputs)[0];
    if (!output) return 'esbuild produced no output';
    const bytes = new Map<string, number>();
    for (const [input, info] of Object.entries(output.inputs)) bytes.set(moduleName(input), (bytes.get(moduleName(input)) ?? 0) + info.bytesInOutput);
    const modules = [...bytes].map(([module, b]) => ({ module, bytes: b })).sort((a, b) => b.bytes - a.bytes);
    return { total: output.bytes, modules };
  } catch (error) {
    return `esbuild could not bundle ${entry}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
}

async function readabilityFloor(root: string): Promise<BundleReport['readability']> {
  const require = createRequire(join(root, 'package.json'));
  const result = await build({ entryPoints: [require.resolve('@mozilla/readability/Readability.js')], minify: true, write: false, logLevel: 'silent' });
  const buf = Buffer.from(result.outputFiles[0]!.contents);
  return { minified: buf.length, gzipped: gzipSync(buf, { level: 9 }).length };
}

export async function benchBundle(root: string, dir: string): Promise<BundleReport | string> {
  const contentFile = 'content-scripts/content.js';
  if (!existsSync(join(dir, contentFile)) || !existsSync(join(dir, 'popup.html'))) return `not built (${relative(root, dir)} has no content script or popup)`;
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const popupFiles = refs.filter((f) => existsSync(join(dir, f))).map((f) => sizeOf(dir, f));
  const js = popupFiles.filter((f) => f.file.endsWith('.js'));
  const total = (fs: BundleFile[], k: 'minified' | 'gzipped'): number => fs.reduce((n, f) => n + f[k], 0);
  const others = listFiles(dir)
    .filter((f) => /\.(?:js|css)$/.test(f) && f !== contentFile && !refs.includes(f))
    .map((f) => sizeOf(dir, f));
  return {
    dir: relative(root, dir),
    content: sizeOf(dir, contentFile),
    popup: { files: popupFiles, minified: total(popupFiles, 'minified'), gzipped: total(popupFiles, 'gzipped'), jsMinified: total(js, 'minified'), jsGzipped: total(js, 'gzipped') },
    others,
    readability: await readabilityFloor(root),
    breakdown: await breakdown(root, 'entrypoints/content/index.ts'),
  };
}
