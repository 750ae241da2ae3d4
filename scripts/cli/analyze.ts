/**
 * The command line (../shared/contract/SUMMARY.md):
 *
 *   npm run -s analyze -- [--json | --clean [--format markdown|text]] INPUT...
 *
 * INPUT: an .html file (Readability, then the analysis, as in the
 * extension), a .txt file (every non-empty line a paragraph), `-` for plain
 * text on standard input, or an http(s) address. No INPUT: the bundled
 * sample article. A bad input prints one line on stderr and the others
 * still run; the exit status is 1 at the end.
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDocument, paragraphsOfText } from '../lib/node-dom';
import type { Analysis } from '../../utils/article';
import { analyzeDocument, summarizeText } from '../../utils/summary';
import { toJson, toPlainText } from '../../utils/export';
import { cleanCopy, type CleanFormat } from '../../utils/clean';
import type { Summary } from '../../utils/types';

interface Options {
  json: boolean;
  /** Print the repaired article instead of the card. */
  clean: boolean;
  format: CleanFormat;
  help: boolean;
  inputs: string[];
}

const USAGE = `Usage: npm run -s analyze -- [--json] INPUT...

  INPUT    an .html file, a .txt file (one paragraph per line), - for text on
           standard input, or an http(s) address. None: the sample article.
  --json   the summary object (one JSON object; JSON Lines for several inputs)
  --clean  the article with its scraping artifacts repaired (what could not be
           repaired is listed at the end); --format markdown (default) or text
`;

export function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, clean: false, format: 'markdown', help: false, inputs: [] };
  let literal = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!literal && arg === '--') literal = true;
    else if (!literal && arg === '--json') options.json = true;
    else if (!literal && arg === '--clean') options.clean = true;
    else if (!literal && (arg === '--format' || arg.startsWith('--format='))) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'markdown' && value !== 'text') throw new UsageError(`--format takes markdown or text, not ${value ?? 'nothing'}`);
      options.format = value;
    }
    else if (!literal && (arg === '--help' || arg === '-h')) options.help = true;
    else if (!literal && arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (options.json && options.clean) throw new UsageError('--json and --clean do not go together');
  return options;
}

class UsageError extends Error {}

/** Where the bundled sample article lives, from the source tree or from dist-cli/. */
function samplePath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return join(here, '..', here.endsWith('cli') && here.includes('scripts') ? '..' : '', 'assets/sample/index.html');
}

/** Read and analyse one input; throws with a one-line reason when it cannot be read. */
export async function analyzeInput(input: string, readStdin: () => Promise<string> = readAllStdin): Promise<Analysis> {
  if (input === '-') {
    return textAnalysis(await readStdin(), { input: '-' });
  }
  if (/^https?:\/\//i.test(input)) {
    const response = await fetch(input, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    const body = await response.text();
    const type = response.headers.get('content-type') ?? '';
    if (/text\/plain/i.test(type)) return textAnalysis(body, { input, url: response.url || input });
    return analyzeDocument(parseDocument(body), { input, url: response.url || input });
  }
  const path = input;
  const content = readFileSync(path, 'utf8');
  const ext = extname(path).toLowerCase();
  if (ext === '.txt' || ext === '.text') return textAnalysis(content, { input });
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || /^\s*</.test(content)) {
    const doc = parseDocument(content);
    return analyzeDocument(doc, { input, url: canonicalUrl(doc) });
  }
  return textAnalysis(content, { input });
}

function textAnalysis(text: string, source: { input: string; url?: string }): Analysis {
  const paragraphs = paragraphsOfText(text);
  const summary = summarizeText({ paragraphs }, { input: source.input, url: source.url ?? null });
  return { summary, status: paragraphs.length ? 'ok' : 'not-article', message: paragraphs.length ? null : 'The text is empty.', paragraphs };
}

/** The page's own address, when it states one (saved pages keep it). */
function canonicalUrl(doc: Document): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')
    ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return href && /^https?:\/\//i.test(href) ? href : null;
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The terminal card: the plain-text export, with the reason when there is no article. */
export function renderCard(analysis: Analysis): string {
  if (analysis.status !== 'ok' && analysis.message) {
    const title = analysis.summary.source.title ?? analysis.summary.source.input ?? 'Input';
    return `${title}\n${analysis.message}\n`;
  }
  return toPlainText(analysis.summary);
}

/** Entry point; returns the exit status. */
export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    err(`roundup: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    out(USAGE);
    return 0;
  }
  const inputs = options.inputs.length ? options.inputs : [samplePath()];
  let failed = false;
  const cards: string[] = [];
  for (const input of inputs) {
    let analysis: Analysis;
    try {
      analysis = await analyzeInput(input);
    } catch (error) {
      failed = true;
      err(`roundup: ${input}: ${oneLine(error)}\n`);
      continue;
    }
    if (options.clean) cards.push(cleanCopy({ paragraphs: analysis.paragraphs }, analysis.summary.artifacts, options.format).text);
    else if (options.json) out(`${inputs.length > 1 ? JSON.stringify(analysis.summary) : toJson(analysis.summary)}\n`);
    else cards.push(renderCard(analysis));
  }
  if (!options.json) out(cards.join('\n' + '─'.repeat(60) + '\n\n'));
  return failed ? 1 : 0;
}

function oneLine(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EISDIR') return 'is a directory, not a file';
  if (e?.code === 'EACCES') return 'permission denied';
  return String(e?.message ?? error).replace(/\s+/g, ' ').trim();
}

export type { Summary };

// Run directly (`node dist-cli/analyze.mjs …`): the bundle is its own command.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
