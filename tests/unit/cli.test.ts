import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, parseArgs } from '../../scripts/cli/analyze';

const root = join(__dirname, '../..');

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'roundup-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('command line', () => {
  it('parses flags and inputs', () => {
    expect(parseArgs(['--json', 'a.html', '--', '--odd-name.txt'])).toEqual({ json: true, clean: false, format: 'markdown', help: false, inputs: ['a.html', '--odd-name.txt'] });
    expect(parseArgs(['--clean', '--format', 'text', 'a.txt'])).toMatchObject({ clean: true, format: 'text', inputs: ['a.txt'] });
    expect(parseArgs(['--clean', '--format=markdown'])).toMatchObject({ clean: true, format: 'markdown' });
    expect(() => parseArgs(['--nope'])).toThrow(/unknown option/);
    expect(() => parseArgs(['--format', 'pdf'])).toThrow(/markdown or text/);
    expect(() => parseArgs(['--json', '--clean'])).toThrow(/do not go together/);
  });

  it('prints one JSON object for one input', async () => {
    const { code, out } = await run(['--json', join(root, 'assets/sample/index.html')]);
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    expect(summary.schemaVersion).toBe(1);
    expect(summary.source.input).toContain('assets/sample/index.html');
    expect(summary.article.isArticle).toBe(true);
  });

  it('prints JSON Lines for several inputs, in order, and reports a bad one on stderr with exit 1', async () => {
    const dir = scratch({ 'a.txt': 'First paragraph here.\n\nSecond one.\n', 'b.txt': 'Another text.\n' });
    const { code, out, err } = await run(['--json', join(dir, 'a.txt'), join(dir, 'missing.html'), join(dir, 'b.txt')]);
    expect(code).toBe(1);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((s) => s.source.input)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(err.trim().split('\n')).toEqual([`roundup: ${join(dir, 'missing.html')}: no such file`]);
  });

  it('reads .txt as one paragraph per non-empty line, without Readability', async () => {
    const dir = scratch({ 'a.txt': 'One two three.\n\n\nFour five.\n' });
    const { out } = await run(['--json', join(dir, 'a.txt')]);
    expect(JSON.parse(out).article.wordCount).toBe(5);
  });

  it('says "not an article" for a page without one, and still exits 0', async () => {
    const dir = scratch({ 'empty.html': '<html><head><title>Login</title></head><body><form><input name=u></form></body></html>' });
    const { code, out } = await run([join(dir, 'empty.html')]);
    expect(code).toBe(0);
    expect(out).toMatch(/does not look like an article/);
  });

  it('prints the repaired article with --clean', async () => {
    const dir = scratch({ 'a.txt': 'The executive vicechairman said the vice-chairman role was new.\nAdvertisement\nShe left on Monday.\n' });
    const { code, out } = await run(['--clean', join(dir, 'a.txt')]);
    expect(code).toBe(0);
    expect(out).toContain('executive vice-chairman said');
    expect(out).not.toContain('Advertisement');
  });

  it('prints the card for the bundled sample when given no input', async () => {
    const { code, out } = await run([]);
    expect(code).toBe(0);
    expect(out).toMatch(/SenseTime/);
  });

  // Spawns node (and may rebuild the bundle): give a loaded machine room.
  it('runs as a built bundle through npm run analyze, reading standard input', { timeout: 60_000 }, () => {
    const out = execFileSync(process.execPath, [join(root, 'scripts/analyze.mjs'), '--json', '-'], { input: 'Acme said hello.\n', encoding: 'utf8' });
    expect(JSON.parse(out).source.input).toBe('-');
  });

  it('rejects an unknown option with exit 2 and usage', { timeout: 60_000 }, () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/analyze.mjs'), '--bogus'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage/);
  });
});
