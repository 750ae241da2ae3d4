/**
 * Exports after the session-13 reader review: another company's past round is not an
 * "earlier round"; each artifact group carries its one-sentence message; the spreadsheet
 * copy has readable headers and the publication day; the normalised value is written in a
 * locale-neutral form beside the writer's own figure; the escaped-entity label says what a
 * reader sees. The JSON (the contract) keeps its shape and values.
 */
import { describe, expect, it } from 'vitest';
import {
  artifactGroupMessage, CSV_COLUMNS, dealStatusWords, SHEET_COLUMNS, toCsv, toHtml, toJson, toMarkdown, toPlainText, toSheetHtml, toTsv,
} from '../../utils/export';
import { ARTIFACT_EXPLANATIONS, ARTIFACT_LABELS, formatNormalized, groupedDigits } from '../../utils/format';
import type { Artifact, Deal, Summary } from '../../utils/types';

const usd = (value: number, text: string) => ({ value, currency: 'USD', text, qualifier: null, equivalent: null });
function deal(overrides: Partial<Deal> = {}): Deal {
  return {
    company: 'SenseTime Group Ltd', round: 'Series C', status: 'announced', amount: usd(6e8, '$600 million'), valuation: null,
    leadInvestors: ['Alibaba Group Holding Ltd'], investors: ['Temasek Holdings'], date: 'on Monday', evidence: [], ...overrides,
  };
}
const SAMPLE_DEALS: Deal[] = [
  deal(),
  deal({ round: null, status: 'past', amount: usd(4.1e8, '$410 million'), leadInvestors: ['CDH Investments'], investors: [], date: 'in July' }),
  deal({ company: 'Megvii Technology Inc', status: 'past', amount: usd(4.6e8, '$460 million'), leadInvestors: [], investors: ['Ant Financial Services Group'], date: 'In October' }),
];
function summary(overrides: Partial<Summary> = {}): Summary {
  return {
    schemaVersion: 1,
    source: { input: null, url: 'https://example.com/s', title: 'SenseTime gets $600m funding', byline: null, siteName: 'China Daily', publishedTime: '2018-04-10T02:00:00.000Z', lang: 'en' },
    article: { isArticle: true, wordCount: 900, excerpt: null },
    deals: SAMPLE_DEALS, investors: [], money: [], artifacts: [], ...overrides,
  };
}
const CONTEXT = "another company's round, mentioned for context: Megvii Technology Inc";

describe('another company’s past round is said to be one, with its company', () => {
  it.each([
    ['Markdown', toMarkdown, `- **Megvii Technology Inc — Series C** (${CONTEXT})`],
    ['text', toPlainText, `* Megvii Technology Inc — Series C (${CONTEXT})`],
    ['rich HTML', toHtml, `<li><strong>Megvii Technology Inc — Series C</strong> (another company&#39;s round, mentioned for context: Megvii Technology Inc)`],
  ])('%s', (_name, format, line) => {
    const out = format(summary());
    expect(out).toContain(line);
    expect(out).not.toMatch(/Megvii Technology Inc — Series C\*{0,2}(<\/strong>)? \(earlier round\)/);
  });
  it('the spreadsheet copy says it in the status cell', () => {
    const rows = toTsv(summary()).trimEnd().split('\r\n').map((r) => r.split('\t'));
    const status = SHEET_COLUMNS.indexOf('Status');
    expect(rows.map((r) => r[status])).toEqual(['Status', 'announced', 'earlier round', CONTEXT]);
  });
  it('negative: the article company’s own past round stays an "earlier round", an announced round "announced"', () => {
    expect(dealStatusWords(SAMPLE_DEALS[1]!, SAMPLE_DEALS)).toBe('earlier round');
    expect(dealStatusWords(SAMPLE_DEALS[0]!, SAMPLE_DEALS)).toBe('announced');
    expect(dealStatusWords(deal({ company: 'Megvii Technology Inc' }), SAMPLE_DEALS)).toBe('announced');
    expect(toMarkdown(summary())).toContain('- **SenseTime Group Ltd** (earlier round)');
  });
  it('negative: a loosely equal name ("SenseTime" for "SenseTime Group Ltd") and an unnamed company are the same company', () => {
    expect(dealStatusWords(deal({ company: 'SenseTime', status: 'past' }), SAMPLE_DEALS)).toBe('earlier round');
    expect(dealStatusWords(deal({ company: null, status: 'past' }), SAMPLE_DEALS)).toBe('earlier round');
  });
  it('negative: JSON keeps the contract’s status', () => {
    const json = JSON.parse(toJson(summary())) as Summary;
    expect(json.deals.map((d) => d.status)).toEqual(['announced', 'past', 'past']);
    expect(toJson(summary())).not.toContain('mentioned for context');
  });
  it('the company name in the status is escaped like any page string', () => {
    const deals = [SAMPLE_DEALS[0]!, deal({ company: '<img src=x>', status: 'past' })];
    expect(toHtml(summary({ deals }))).toContain('mentioned for context: &#60;img src=x&#62;');
    expect(toMarkdown(summary({ deals }))).toContain('mentioned for context: \\<img src=x\\>');
  });
});

const merged: Artifact = { kind: 'merged-stories', text: 'The growth of China’s outbound direct investment', message: 'A second story (about ODI) runs on from here; Alibaba is never mentioned again.', fix: null };
const hyphen = (word: string, fixed: string): Artifact => ({ kind: 'lost-hyphen', text: word, message: `“${word}” lost its hyphen at a line break; the usual form is “${fixed}”.`, fix: fixed });
const boiler: Artifact = { kind: 'boilerplate', text: 'Newspapers in English', message: 'Website furniture (labels, prompts, links) left in the text.', fix: '' };

describe('each artifact group carries its one-sentence message', () => {
  const artifacts = [merged, hyphen('vicechairman', 'vice-chairman'), hyphen('yearon-year', 'year-on-year'), boiler, { ...boiler, text: 'Newspapers from China' }];
  it.each([
    ['Markdown', toMarkdown, '- **Merged stories** (1): A second story (about ODI) runs on from here; Alibaba is never mentioned again.'],
    ['text', toPlainText, '* Merged stories (1): A second story (about ODI) runs on from here; Alibaba is never mentioned again.'],
    ['rich HTML', toHtml, '<li>Merged stories (1): A second story (about ODI) runs on from here; Alibaba is never mentioned again.<ul>'],
  ])('%s: the group’s message on its line', (_name, format, line) => {
    expect(format(summary({ artifacts }))).toContain(line);
  });
  it('a message shared by the group is said once, not per excerpt', () => {
    const md = toMarkdown(summary({ artifacts }));
    expect(md).toContain('- **Boilerplate** (2): Website furniture (labels, prompts, links) left in the text.');
    expect(md.split('Website furniture (labels, prompts, links) left in the text.')).toHaveLength(2);
  });
  it('messages that differ (each names its word): the kind’s explanation, once', () => {
    const text = toPlainText(summary({ artifacts }));
    expect(text).toContain(`* Lost hyphen (2): ${ARTIFACT_EXPLANATIONS['lost-hyphen']}`);
    expect(text).not.toContain('lost its hyphen at a line break; the usual form');
  });
  it('negative: artifactGroupMessage gives the common message, not the explanation, for one message', () => {
    expect(artifactGroupMessage('merged-stories', [merged])).toBe(merged.message);
    expect(artifactGroupMessage('merged-stories', [merged, { ...merged, message: 'Another.' }])).toBe(ARTIFACT_EXPLANATIONS['merged-stories']);
  });
  it('a message is page-derived text: bidi controls dropped, escaped', () => {
    const hostile: Artifact = { ...merged, message: 'A story about <b>x</b>\u202E runs on.' };
    expect(toHtml(summary({ artifacts: [hostile] }))).toContain('Merged stories (1): A story about &#60;b&#62;x&#60;/b&#62; runs on.');
    expect(toMarkdown(summary({ artifacts: [hostile] }))).toContain('Merged stories** (1): A story about \\<b\\>x\\</b\\> runs on.');
  });
});

describe('spreadsheet copy: words for headers, the publication day', () => {
  it('headers a spreadsheet user reads, with Published after the date as written', () => {
    const [header, row] = toTsv(summary()).trimEnd().split('\r\n').map((r) => r.split('\t'));
    expect(header).toEqual([...SHEET_COLUMNS]);
    expect(header).toContain('Amount (as written)');
    expect(header).not.toContain('amount_text');
    expect(row![SHEET_COLUMNS.indexOf('Date (as written)')]).toBe('on Monday');
    expect(row![SHEET_COLUMNS.indexOf('Published')]).toBe('2018-04-10');
    expect(row![SHEET_COLUMNS.indexOf('Amount (as written)')]).toBe('$600 million');
    expect(row![SHEET_COLUMNS.indexOf('Amount')]).toBe('600000000');
    expect(toSheetHtml(summary())).toContain('<th>Amount (as written)</th>');
    expect(toSheetHtml(summary())).toContain('<td>on Monday</td><td>2018-04-10</td>');
  });
  it('an unknown publication date is an empty cell', () => {
    const row = toTsv(summary({ source: { ...summary().source, publishedTime: null } })).split('\r\n')[1]!.split('\t');
    expect(row[SHEET_COLUMNS.indexOf('Published')]).toBe('');
  });
  it('negative: the CSV file keeps its stable field names and contract status', () => {
    const [header, , , third] = toCsv(summary()).trimEnd().split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(header).toContain('amount_text');
    expect(third).toContain(',past,');
  });
});

describe('money: the writer’s figure, the value in a locale-neutral form', () => {
  const eur = { value: 3e7, currency: 'EUR', text: '30 millions d’euros', qualifier: null, equivalent: null };
  it('formatNormalized groups digits by spaces, the ISO code after', () => {
    expect(formatNormalized(eur)).toBe('30 000 000 EUR');
    expect(formatNormalized(usd(6e8, '$600 million'))).toBe('600 000 000 USD');
  });
  it.each([
    [0, '0'], [999, '999'], [1000, '1 000'], [2.5, '2.5'], [158.4e9, '158 400 000 000'], [1234.567, '1 234.57'], [-5000, '-5 000'],
  ])('groupedDigits(%s) = %j', (value, expected) => {
    expect(groupedDigits(value)).toBe(expected);
  });
  it('a French amount is exported as written, then "30 000 000 EUR", never "EUR 30,000,000"', () => {
    const s = summary({ deals: [deal({ company: 'Vizzia', round: 'Series B', amount: eur, leadInvestors: [], investors: ['Headline'] })] });
    for (const out of [toMarkdown(s), toPlainText(s), toHtml(s)]) {
      expect(out).toContain('30 millions d’euros (30 000 000 EUR)');
      expect(out).not.toContain('EUR 30,000,000');
    }
  });
  it('negative: JSON keeps the contract’s number and text', () => {
    const s = summary({ deals: [deal({ amount: eur })] });
    const json = JSON.parse(toJson(s)) as Summary;
    expect(json.deals[0]!.amount).toEqual(eur);
  });
});

describe('the escaped-entity label says what a reader sees', () => {
  const entity: Artifact = { kind: 'escaped-entity', text: '<img src="x.jpg" alt="">', message: 'HTML markup was left in the text as characters.', fix: '' };
  it('"HTML code shown as text" in the exports', () => {
    expect(ARTIFACT_LABELS['escaped-entity']).toBe('HTML code shown as text');
    expect(toMarkdown(summary({ artifacts: [entity] }))).toContain('- **HTML code shown as text** (1)');
    expect(toPlainText(summary({ artifacts: [entity] }))).not.toContain('Escaped entity');
  });
  it('negative: the contract kind is unchanged', () => {
    expect((JSON.parse(toJson(summary({ artifacts: [entity] }))) as Summary).artifacts[0]!.kind).toBe('escaped-entity');
  });
});
