// Builds assets/sample/index.html from the seed article (../shared/seeds/):
// one <p> per non-empty line, as a print-replica aggregator renders a page.
// Run once when the seed changes; the output is committed so the extension
// and the tests never depend on ../shared at run time.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seed = readFileSync(join(root, '../shared/seeds/000_d790469cfd4e1a02.txt'), 'utf8');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = seed.split(/\r?\n/).filter((l) => l.trim() !== '');
const title = lines[1] ?? 'Sample article';
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<meta property="og:site_name" content="${esc(lines[0] ?? '')}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font: 17px/1.55 Georgia, serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
  header { font: 14px/1.4 system-ui, sans-serif; color: #555; border-bottom: 1px solid #ddd; margin-bottom: 1rem; }
</style>
</head>
<body>
<header><nav>Print replica · ${esc(lines[0] ?? '')}</nav></header>
<main>
<article>
${lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}
</article>
</main>
</body>
</html>
`;
mkdirSync(join(root, 'assets/sample'), { recursive: true });
writeFileSync(join(root, 'assets/sample/index.html'), html);
console.log(`assets/sample/index.html: ${lines.length} paragraphs`);
