/**
 * Real sentences from the shared corpora, for fuzzing: random text rarely
 * reaches the deeper code paths (deal reading, investor lists, artifact
 * rules), real money-laden prose does. Read once per process, plain text only
 * (no Readability here, so loading stays fast).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../utils/sentences';

export const SHARED = '/work/shared';
export const SEED_TXT = join(SHARED, 'seeds/000_d790469cfd4e1a02.txt');
export const FUNDING_DEV = join(SHARED, 'corpus/funding-dev');
export const ARTIFACTS_DEV = join(SHARED, 'corpus/artifacts-dev');
export const READABILITY_CORPUS = join(SHARED, 'corpus/readability');

/** Money, rounds, investors: the words that wake the funding reader. */
const MONEY_LADEN = /[$€£¥₹₩]|\b(?:million|billion|trillion|bn|mn|m|crore|lakh|yuan|euros?|dollars?|pounds?|won|yen|rupees?|raised?|funding|round|Series|seed|led by|valu(?:ed|ation)|investors?|millions?|milliards?)\b/i;

let cache: { all: string[]; money: string[]; paragraphs: string[] } | null = null;

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
}

/** Visible paragraph text of an HTML page, roughly: the text of each <p>/<li>/<h*> element. */
function roughParagraphsOfHtml(html: string): string[] {
  const out: string[] = [];
  const block = /<(p|li|h[1-6]|blockquote|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  let m: RegExpExecArray | null;
  while ((m = block.exec(html)) !== null) {
    const text = m[2]!
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&#8217;|&rsquo;/g, '’')
      .replace(/&quot;/g, '"')
      .replace(/\s+/g, ' ')
      .trim();
    if (text.length > 20) out.push(text);
  }
  return out;
}

function load(): NonNullable<typeof cache> {
  if (cache) return cache;
  const paragraphs: string[] = [];
  const addText = (text: string): void => {
    for (const line of text.split(/\r?\n/)) {
      const t = line.trim();
      if (t) paragraphs.push(t);
    }
  };
  if (existsSync(SEED_TXT)) addText(readFileSync(SEED_TXT, 'utf8'));
  for (const f of listFiles(ARTIFACTS_DEV, '.txt')) addText(readFileSync(f, 'utf8'));
  for (const f of listFiles(FUNDING_DEV, '.html')) paragraphs.push(...roughParagraphsOfHtml(readFileSync(f, 'utf8')));
  const all: string[] = [];
  for (const p of paragraphs) for (const s of splitSentences(p)) if (s.text.length >= 12) all.push(s.text);
  const money = all.filter((s) => MONEY_LADEN.test(s));
  // A fallback so generators never draw from an empty list when the corpus is absent.
  if (all.length === 0) all.push('Acme Robotics raised $12 million in a Series A round led by Example Ventures.');
  if (money.length === 0) money.push(...all);
  cache = { all, money, paragraphs };
  return cache;
}

/** Every corpus sentence (≥ 12 characters). */
export function corpusSentences(): string[] {
  return load().all;
}

/** Corpus sentences that mention money, rounds or investors. */
export function moneySentences(): string[] {
  return load().money;
}

/** Whole corpus paragraphs, as written. */
export function corpusParagraphs(): string[] {
  return load().paragraphs;
}

/** The readability corpus pages (130 real pages), sorted by slug. */
export function readabilityPages(): { slug: string; path: string }[] {
  if (!existsSync(READABILITY_CORPUS)) return [];
  return readdirSync(READABILITY_CORPUS)
    .sort()
    .map((slug) => ({ slug, path: join(READABILITY_CORPUS, slug, 'source.html') }))
    .filter((p) => existsSync(p.path));
}
