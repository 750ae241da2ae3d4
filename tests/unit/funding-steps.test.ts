/**
 * The funding reader as resumable work: draining `readFundingSteps` gives
 * exactly `readFunding`'s result, and a long article is read in several steps
 * (so the content script can pause between them and keep its tasks short).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphsOfText, readHtmlFile } from '../../scripts/lib/node-dom';
import { extractArticle } from '../../utils/extract';
import { MONEY_CHARS_PER_STEP, readFunding, readFundingSteps, type FundingOptions } from '../../utils/funding';
import { summarizeText } from '../../utils/summary';
import type { ArticleText, FundingResult } from '../../utils/types';

const SEED = '/work/shared/seeds/000_d790469cfd4e1a02.txt';
const DEV = '/work/shared/corpus/funding-dev/';

function drain(text: ArticleText, options?: FundingOptions): { result: FundingResult; yields: number } {
  const steps = readFundingSteps(text, options);
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value, yields };
    yields++;
  }
}

function fromHtml(path: string): { text: ArticleText; options: FundingOptions } {
  const extracted = extractArticle(readHtmlFile(path));
  return { text: { paragraphs: extracted.paragraphs }, options: { lang: extracted.meta.lang, title: extracted.meta.title } };
}

const CASES: Array<{ name: string; load: () => { text: ArticleText; options: FundingOptions } }> = [
  { name: 'the sample article (text)', load: () => ({ text: { paragraphs: paragraphsOfText(readFileSync(SEED, 'utf8')) }, options: {} }) },
  { name: 'an English Series A page', load: () => fromHtml(`${DEV}01-parsely-series-a-pixelmonkey.html`) },
  { name: 'a Series B page with a title', load: () => fromHtml(`${DEV}02-7learnings-series-b-eu-startups.html`) },
];

describe('readFundingSteps', () => {
  it.each(CASES)('drained, gives readFunding’s result on $name', ({ load }) => {
    const { text, options } = load();
    const once = readFunding(text, options);
    const { result, yields } = drain(text, options);
    expect(result).toEqual(once);
    // The fixture has a deal: an empty result on both sides would prove nothing.
    expect(once.deals.length).toBeGreaterThan(0);
    expect(yields).toBeGreaterThanOrEqual(1);
  });

  it('yields many times on a long article, with the same result as one pass', () => {
    const base = paragraphsOfText(readFileSync(SEED, 'utf8'));
    // A long roundup: 40 copies of the sample with a distinct figure each, so every copy is a funding paragraph.
    const paragraphs: string[] = [];
    for (let k = 0; k < 40; k++) for (const p of base) paragraphs.push(p.replace(/\$600 million/g, `$${600 + k} million`));
    const { result, yields } = drain({ paragraphs });
    expect(yields).toBeGreaterThan(5);
    expect(result).toEqual(readFunding({ paragraphs }));
  });

  it('a text with no funding word pauses only around and inside the money pass', () => {
    const paragraphs = Array.from({ length: 200 }, (_, k) => `The weather on day ${k} was mild and the river stayed calm.`);
    const chars = paragraphs.reduce((n, p) => n + p.length, 0);
    // One pause after the page cues, one every MONEY_CHARS_PER_STEP characters read for money, one after it.
    expect(drain({ paragraphs }).yields).toBe(2 + Math.floor(chars / MONEY_CHARS_PER_STEP));
  });

  it('the money pass of a long, figure-dense article is cut into pauses, with the figures a single pass gives', () => {
    const paragraphs = Array.from({ length: 300 }, (_, k) => `Shares of firm ${k} rose to $${k + 1} million, and its revenue hit €${k + 2} billion.`);
    const { yields, result } = drain({ paragraphs });
    expect(yields).toBeGreaterThan(3);
    expect(result.money.length).toBe(600);
    expect(result).toEqual(readFunding({ paragraphs }));
  });

  it('summarizeText still reads the deals through the stepped reader', () => {
    const text = { paragraphs: paragraphsOfText(readFileSync(SEED, 'utf8')) };
    expect(summarizeText(text).deals).toEqual(readFunding(text).deals);
  });
});
