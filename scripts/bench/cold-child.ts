/**
 * One fresh process of the cold-start phase (scripts/bench/cold.ts): the first
 * reading of an article in a process that has read nothing yet, as the
 * extension's background worker does after the browser stopped it for being
 * idle, and then the same reading again, warm. The first reading pays for
 * compiling every reader's patterns. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from '../lib/node-dom';
import { prepareArticle } from '../../utils/article';
import { readArticleResponse } from '../../utils/summary';

const path = process.argv[process.argv.length - 1]!;
const doc = parseDocument(readFileSync(path, 'utf8'));
const prepared = prepareArticle(doc, { url: 'https://bench.invalid/article' });
if (!prepared.article) throw new Error(`${path} is not read as an article`);
const article = prepared.article;

function timed(): { wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  // The worker's own entry point, without its 15 s budget: on a loaded machine a cold first reading can pass it, and the
  // bench is there to say how long the reading takes, not to be refused.
  const response = readArticleResponse(article, () => performance.now(), Number.POSITIVE_INFINITY);
  const wallMs = performance.now() - start;
  if (!response.summary) throw new Error(response.message);
  return { wallMs, cpuMs: process.cpuUsage(cpu).user / 1000 };
}
const cold = timed();
const warm = timed();
process.stdout.write(`${JSON.stringify({ cold, warm, chars: article.paragraphs.join('\n\n').length })}\n`);
