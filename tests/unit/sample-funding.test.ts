/** Golden test: the bundled sample article (China Daily, SenseTime) read end to end. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphsOfText, readHtmlFile } from '../../scripts/lib/node-dom';
import { readFunding } from '../../utils/funding';
import { analyzeDocument } from '../../utils/summary';
import type { FundingResult } from '../../utils/types';

const SEED = '/work/shared/seeds/000_d790469cfd4e1a02.txt';
const PAGE = new URL('../../assets/sample/index.html', import.meta.url);

function fromText(): FundingResult {
  const text = readFileSync(new URL('../fixtures/sensetime-china-daily/article.txt', import.meta.url), 'utf8');
  return readFunding({ paragraphs: paragraphsOfText(text) });
}

function check(r: FundingResult, joined: string): void {
  expect(r.deals.map((d) => [d.company, d.round, d.status, d.amount?.value ?? null])).toEqual([
    ['SenseTime Group Ltd', 'Series C', 'announced', 600e6],
    ['SenseTime Group Ltd', null, 'past', 410e6],
    // Megvii's round is context for SenseTime's (another company, "In October"): past.
    ['Megvii Technology Inc', 'Series C', 'past', 460e6],
  ]);
  const [main, earlier, megvii] = r.deals;
  expect(main!.amount!.text).toBe('$600 million');
  expect(main!.valuation).toMatchObject({ value: 4.5e9, currency: 'USD', qualifier: 'more-than' });
  expect(main!.leadInvestors).toEqual(['Alibaba Group Holding Ltd']);
  expect(main!.investors).toEqual(['Temasek Holdings', 'Suning Commerce Group Co Ltd']);
  expect(main!.date).toBe('on Monday');
  expect(earlier!.leadInvestors).toEqual(['CDH Investments', 'Sailing Capital']);
  expect(earlier!.date).toBe('in July');
  expect(megvii!.investors).toEqual(['Ant Financial Services Group']);
  expect(megvii!.leadInvestors).toEqual([]);

  expect(r.investors.map((i) => [i.name, i.role, i.deals])).toEqual([
    ['Alibaba Group Holding Ltd', 'lead', [0]],
    ['Temasek Holdings', 'participant', [0]],
    ['Suning Commerce Group Co Ltd', 'participant', [0]],
    ['CDH Investments', 'lead', [1]],
    ['Sailing Capital', 'lead', [1]],
    ['Ant Financial Services Group', 'participant', [2]],
  ]);
  const names = r.investors.map((i) => i.name).join('|');
  for (const notInvestor of ['Qualcomm', 'Nvidia', 'UnionPay', 'Xiaomi', 'Huawei', 'Oppo', 'Vivo', 'Honda', 'Joe Tsai', 'Linklaters']) {
    expect(names).not.toContain(notInvestor);
  }

  const other = r.money.filter((m) => m.kind === 'other');
  expect(other.map((m) => m.text)).toEqual(expect.arrayContaining(['$16.82 billion', '$1.5 trillion', '$2.5 trillion']));
  const yuan = other.find((m) => m.currency === 'CNY');
  expect(yuan).toMatchObject({ value: 1e12, equivalent: { value: 158.4e9, currency: 'USD' } });
  expect(r.money.filter((m) => m.kind === 'round').map((m) => m.value)).toEqual([600e6, 600e6, 410e6, 460e6]);
  expect(r.money.filter((m) => m.kind === 'valuation').map((m) => m.value)).toEqual([4.5e9, 4.5e9]);
  // Every excerpt is an exact substring of the article.
  for (const d of r.deals) for (const e of d.evidence) expect(joined).toContain(e);
  for (const m of r.money) {
    expect(joined).toContain(m.sentence);
    expect(m.sentence).toContain(m.text);
  }
}

describe('sample article (SenseTime, China Daily)', () => {
  it('reads the .txt capture', () => {
    const text = readFileSync(new URL('../fixtures/sensetime-china-daily/article.txt', import.meta.url), 'utf8');
    check(fromText(), paragraphsOfText(text).join('\n\n'));
  });

  it('reads the HTML page through Readability', () => {
    const analysis = analyzeDocument(readHtmlFile(PAGE.pathname));
    check(analysis.summary, analysis.paragraphs.join('\n\n'));
  });

  it('fixture is the shared seed when it is available', () => {
    let seed: string;
    try {
      seed = readFileSync(SEED, 'utf8');
    } catch {
      return;
    }
    expect(readFileSync(new URL('../fixtures/sensetime-china-daily/article.txt', import.meta.url), 'utf8')).toBe(seed);
  });
});
