/**
 * Once per browser-test run: build the test copy of the extension (host
 * access to http://127.0.0.1/* so automation can stand in for the user's
 * click) and the shipped build (to check its manifest), then serve the
 * sample article and the shared Readability corpus on a loopback port.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Absent (empty) when ../shared is not next to the repo. */
    corpusAvailable: boolean;
    testExtensionDir: string;
    /** The shipped build's manifest.json, read right after building it. */
    shippedManifest: string;
  }
}

function build(env: Record<string, string>): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.ROUNDUP_SKIP_BUILD !== '1') {
    build({ ROUNDUP_TEST_HOSTS: '1' });
    build({ ROUNDUP_TEST_HOSTS: '0' });
  }
  // Read now: another build in the same checkout may rewrite .output/chrome-mv3 later.
  const shippedManifest = readFileSync(join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8');
  const corpus = resolve(ROOT, '../shared/corpus/readability');
  const corpusAvailable = existsSync(corpus);
  const mounts: Record<string, string> = { '/': join(ROOT, 'assets/sample') };
  mounts['/fixtures/'] = join(ROOT, 'tests/browser/fixtures');
  if (corpusAvailable) mounts['/corpus/'] = corpus;
  const server = await startStaticServer(mounts, 0);
  project.provide('baseUrl', server.url);
  project.provide('corpusAvailable', corpusAvailable);
  project.provide('testExtensionDir', join(ROOT, '.output/test-chrome-mv3'));
  project.provide('shippedManifest', shippedManifest);
  return () => server.close();
}
