/**
 * The review's findings on the exports (session 11): bidi controls in page strings, the
 * rich copy disagreeing with Markdown and text, the ISO timestamp in the meta line, other
 * money figures without kind or context, and doubled brackets in the text export.
 */
import { describe, expect, it } from 'vitest';
import { figureContext, moneyWithNormalized, publishedDay, toCsv, toHtml, toJson, toMarkdown, toPlainText } from '../../utils/export';
import type { Summary } from '../../utils/types';

const RLO = '\u202E';
const PDF = '\u202C';

function summary(overrides: Partial<Summary> = {}): Summary {
  const usd = (value: number, text: string) => ({ value, currency: 'USD', text, qualifier: null, equivalent: null });
  return {
    schemaVersion: 1,
    source: { input: null, url: 'https://example.com/a', title: 'Acme raises $5m', byline: 'Jo Doe', siteName: 'Example News', publishedTime: '2019-11-19T13:02:00.000Z', lang: 'en' },
    article: { isArticle: true, wordCount: 100, excerpt: null },
    deals: [
      {
        company: 'Acme', round: 'Series A', status: 'announced', amount: usd(5e6, '$5m'), valuation: null,
        leadInvestors: ['Big VC'], investors: [], date: 'on Monday', evidence: ['Acme raised $5m.'],
      },
      {
        company: 'Acme', round: 'Seed', status: 'past', amount: usd(1e6, '$1m'), valuation: null,
        leadInvestors: [], investors: [], date: 'in 2020', evidence: ['Acme raised $1m in 2020.'],
      },
    ],
    investors: [{ name: 'Big VC', role: 'lead', deals: [0] }],
    money: [
      { ...usd(5e6, '$5m'), kind: 'round', sentence: 'Acme raised $5m.' },
      { ...usd(1e6, '$1m'), kind: 'round', sentence: 'Acme raised $1m in 2020.' },
      { value: 1e12, currency: 'CNY', text: '1 trillion yuan', qualifier: null, equivalent: { value: 158.4e9, currency: 'USD', text: '$158.4 billion' }, kind: 'other', sentence: 'The market is worth 1 trillion yuan ($158.4 billion), analysts say.' },
      { ...usd(2.53, '$2.53'), kind: 'other', sentence: 'Shares closed at $2.53 on <b>Friday</b>.' },
      { ...usd(2e7, '$20m'), kind: 'total-raised', sentence: 'Acme has raised $20m to date.' },
    ],
    artifacts: [
      { kind: 'lost-hyphen', text: 'vicechairman', message: 'Hyphen lost.', fix: 'vice-chairman' },
      { kind: 'boilerplate', text: 'Sign up for our newsletter', message: 'Site furniture.', fix: '' },
      { kind: 'merged-stories', text: 'Another story begins here.', message: 'A second story.', fix: null },
    ],
    ...overrides,
  };
}

const HUMAN = [
  ['Markdown', toMarkdown],
  ['plain text', toPlainText],
  ['rich HTML', toHtml],
] as const;

describe('bidi controls in page strings', () => {
  const hostile = (): Summary => {
    const s = summary();
    s.source.title = `Acme${RLO}evil${PDF} raises`;
    s.source.byline = `Jean${RLO}evil${PDF} Dupont`;
    s.deals[0]!.company = `Ac${RLO}me${PDF}`;
    s.deals[0]!.leadInvestors = [`Big${RLO}VC${PDF}`];
    s.investors[0]!.name = `Big${RLO}VC${PDF}`;
    s.money[3]!.sentence = `Shares closed at \u2067$2.53\u2069 on Friday.`;
    s.artifacts[0]!.text = `vice\u200Fchairman`;
    return s;
  };
  it.each([...HUMAN, ['CSV', (s: Summary) => toCsv(s)] as const])('%s carries none of them, and keeps the letters', (_name, format) => {
    const out = format(hostile());
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
    expect(out).toContain('Acmeevil raises');
    expect(out).toContain('BigVC');
  });
  it('JSON keeps page strings exactly as in the text (the contract)', () => {
    const s = hostile();
    expect(toJson(s)).toContain(`Jean${RLO}evil${PDF} Dupont`);
    expect(JSON.parse(toJson(s))).toEqual(s);
  });
});

describe('Markdown, text and rich HTML say the same things in the same words', () => {
  it.each(HUMAN)('%s calls an earlier round "earlier round", never "past"', (_name, format) => {
    const out = format(summary());
    expect(out).toContain('(earlier round)');
    expect(out).toContain('(announced)');
    expect(out).not.toContain('(past)');
  });
  it.each([
    ['Markdown', toMarkdown, '“vicechairman” → “vice-chairman”', '“Sign up for our newsletter” → *delete it*'],
    ['plain text', toPlainText, '"vicechairman" -> "vice-chairman"', '"Sign up for our newsletter" -> (delete it)'],
    ['rich HTML', toHtml, '“vicechairman” → “vice-chairman”', '“Sign up for our newsletter” → <em>delete it</em>'],
  ] as const)('%s gives each artifact its proposed fix', (_name, format, hyphen, removal) => {
    const out = format(summary());
    expect(out).toContain(hyphen);
    expect(out).toContain(removal);
  });
  it.each(HUMAN)('%s leaves an artifact without a fix as its excerpt alone', (_name, format) => {
    const out = format(summary());
    expect(out).toMatch(/[“"]Another story begins here\.[”"](?:<\/li>)?\n?/);
    expect(out).not.toMatch(/Another story begins here\.[”"] (→|->)/);
  });
  it.each(HUMAN)('%s shows the byline without its override', (_name, format) => {
    const s = summary();
    s.source.byline = `Jean${RLO}evil${PDF} Dupont`;
    expect(format(s)).toContain('Jeanevil Dupont');
  });
  it.each(HUMAN)('%s dates the article by its day, as the card does', (_name, format) => {
    const out = format(summary());
    expect(out).toContain('Example News · Jo Doe · 2019-11-19');
    expect(out).not.toContain('T13:02');
  });
});

describe('publishedDay', () => {
  it.each([
    ['2019-11-19T13:02:00.000Z', '2019-11-19'],
    ['2024-03-04T09:00:00+01:00', '2024-03-04'],
    ['2024-03-04', '2024-03-04'],
    ['2024-03-04 09:00', '2024-03-04'],
  ])('%s -> %s', (input, day) => expect(publishedDay(input)).toBe(day));
  it.each([
    ['a written date', 'November 19, 2019'],
    ['a number that only starts like a date', '2019-11-19-update'],
  ])('keeps %s as written', (_what, input) => expect(publishedDay(input)).toBe(input));
});

describe('other money figures', () => {
  it.each([
    ['Markdown', toMarkdown, '- $2.53 (2.53 USD), other: “Shares closed at $2.53 on \\<b\\>Friday\\</b\\>.”'],
    ['plain text', toPlainText, '* $2.53 (2.53 USD), other: "Shares closed at $2.53 on <b>Friday</b>."'],
    ['rich HTML', toHtml, '<li>$2.53 (2.53 USD), other: “Shares closed at $2.53 on &#60;b&#62;Friday&#60;/b&#62;.”</li>'],
  ] as const)('%s gives each its kind and the sentence it was read in (as text)', (_name, format, line) => {
    expect(format(summary())).toContain(line);
  });
  it.each(HUMAN)('%s lists a total raised with its kind, as the card does', (_name, format) => {
    expect(format(summary())).toContain('$20m (20 000 000 USD), total raised');
  });
  it.each(HUMAN)('%s does not list a deal amount again as other money', (_name, format) => {
    expect(format(summary())).not.toMatch(/\$5m \(5 000 000 USD\), round/);
  });
  it('cuts a long context short', () => {
    const s = summary();
    s.money[3]!.sentence = `Shares closed at $2.53 ${'and then went on '.repeat(20)}.`;
    const line = toPlainText(s).split('\n').find((l) => l.startsWith('* $2.53'))!;
    expect(line.length).toBeLessThan(160);
    expect(line).toContain('…');
  });
  it.each(HUMAN)('%s writes a restated sum with one pair of brackets', (_name, format) => {
    const out = format(summary());
    expect(out).toContain('1 trillion yuan ($158.4 billion; 1 000 000 000 000 CNY)');
    expect(out).not.toContain(') (');
  });
});

describe('moneyWithNormalized', () => {
  const usd = { value: 6e8, currency: 'USD', text: '$600 million', qualifier: null, equivalent: null };
  it.each([
    ['a plain sum', usd, '$600 million (600 000 000 USD)'],
    ['a qualified sum', { ...usd, qualifier: 'more-than' as const }, 'more than $600 million (600 000 000 USD)'],
    ['a restated sum', { ...usd, value: 1e12, currency: 'CNY', text: '1 trillion yuan', equivalent: { value: 158.4e9, currency: 'USD', text: '$158.4 billion' } }, '1 trillion yuan ($158.4 billion; 1 000 000 000 000 CNY)'],
  ])('%s', (_what, money, expected) => expect(moneyWithNormalized(money)).toBe(expected));
});

describe('figureContext', () => {
  const long = 'The government has laid out plans to become the world leader in AI by 2030, with an aim of making the industry worth 1 trillion yuan ($158.4 billion) by then, officials said on Monday in Beijing.';
  it('keeps a short sentence whole', () => expect(figureContext('Shares closed at $2.53.', '$2.53')).toBe('Shares closed at $2.53.'));
  it('cuts a long sentence around the figure, so the figure is in it', () => {
    const out = figureContext(long, '1 trillion yuan');
    expect(out).toContain('1 trillion yuan');
    expect(out.length).toBeLessThanOrEqual(112);
    expect(out.startsWith('…')).toBe(true);
    expect(out).not.toMatch(/^… | …$/);
  });
  it('cuts on word boundaries', () => {
    const out = figureContext(long, '1 trillion yuan').replace(/^…|…$/g, '');
    expect(long.startsWith(out) || long.includes(` ${out}`)).toBe(true);
    expect(long.endsWith(out) || long.includes(`${out} `)).toBe(true);
  });
  it('shortens from the start when the figure is not in the sentence', () => {
    expect(figureContext(long, '$9 billion')).toBe(`${long.slice(0, 109).slice(0, long.slice(0, 109).lastIndexOf(' '))}…`);
  });
});
