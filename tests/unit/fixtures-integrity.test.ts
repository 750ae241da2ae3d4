/**
 * The answer keys themselves: every gold file under tests/fixtures/ parses, and every piece of text it
 * quotes is in its source. An excerpt that is not in the text can never be found, so it would count as a
 * miss whatever the readers do (artifacts gold 51 carried one for 22 sessions: two newlines where the
 * stored text has four). Annotators check this by hand; this file checks it for every fixture, new ones too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../fixtures/', import.meta.url);

/** Runs of whitespace compare as one space: a source.html re-flows its paragraphs, the gold does not. */
function squeezed(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The text a reader sees in a fixture's source.html: tags dropped, numeric and the five named entities decoded. */
function visibleText(html: string): string {
  const noTags = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]+>/g, ' ');
  const decoded = noTags
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return squeezed(decoded);
}

/** Quoted texts the source must hold, each named for the message when it is missing. */
function unquotedTexts(source: string, quotes: readonly string[]): string[] {
  return quotes.filter((quote) => !source.includes(quote));
}

interface MoneyText {
  text?: string;
}
interface FundingGold {
  kind: string;
  deals: { amount?: MoneyText | null; valuation?: MoneyText | null }[];
  nonFundingMoney?: (MoneyText | string)[];
}
interface ArtifactGold {
  artifacts: { kind: string; text: string }[];
}

/** A page's address as fixtures write it, without scheme, "www." and closing slash: two spellings of one page compare equal. */
function pageKey(address: string): string {
  return address.trim().replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/+$/, '').toLowerCase();
}

/** Addresses that more than one fixture of a set was made from. */
function repeatedPages(addresses: readonly (readonly [folder: string, address: string | null])[]): string[] {
  const seen = new Map<string, string>();
  const repeats: string[] = [];
  for (const [folder, address] of addresses) {
    if (!address) continue;
    const key = pageKey(address);
    const first = seen.get(key);
    if (first) repeats.push(`${first} and ${folder}: ${key}`);
    else seen.set(key, folder);
  }
  return repeats;
}

function foldersOf(set: string): string[] {
  const dir = new URL(`${set}/`, ROOT);
  return readdirSync(dir).filter((name) => existsSync(new URL(`${name}/gold.json`, dir)));
}

function readJson<T>(set: string, folder: string): T {
  return JSON.parse(readFileSync(new URL(`${set}/${folder}/gold.json`, ROOT), 'utf8')) as T;
}

function fundingQuotes(gold: FundingGold): string[] {
  const figures = gold.deals.flatMap((deal) => [deal.amount?.text, deal.valuation?.text]);
  const other = (gold.nonFundingMoney ?? []).map((m) => (typeof m === 'string' ? m : m.text));
  return [...figures, ...other].filter((t): t is string => typeof t === 'string' && t.length > 0).map(squeezed);
}

describe('the checker', () => {
  it.each([
    ['<p>Acme raised &amp; closed $5m</p>', ['$5m', 'raised & closed']],
    ['<p>Acme raised\n   $5\nmillion</p>', ['$5 million']],
    ['<p>Le tour &lt;seed&gt;</p>', ['<seed>']],
    ['<p>23,5 millions d&#x27;euros</p>', ["23,5 millions d'euros"]],
  ])('finds quotes in %j', (html, quotes) => {
    expect(unquotedTexts(visibleText(html), quotes.map(squeezed))).toEqual([]);
  });
  it.each([
    ['<p>Acme raised $5m</p>', ['$6m']],
    ['<p>Acme raised $5m</p>', ['p>Acme']],
    ['<!-- $9m --><p>Acme raised $5m</p>', ['$9m']],
  ])('reports quotes missing from %j', (html, quotes) => {
    expect(unquotedTexts(visibleText(html), quotes)).toEqual(quotes);
  });
});

describe('the page check', () => {
  it('takes two spellings of one address for one page', () => {
    expect(repeatedPages([['1', 'https://www.Example.com/a/'], ['2', 'http://example.com/a']])).toEqual(['1 and 2: example.com/a']);
  });
  it('keeps different pages and fixtures with no address apart', () => {
    expect(repeatedPages([['1', 'https://example.com/a'], ['2', 'https://example.com/a/b'], ['3', null], ['4', null]])).toEqual([]);
  });
});

// A page annotated twice in one set counts twice, and a blind batch's copy of a page already tuned on is not unseen
// (batch 25's 1049 was 925's page again, found by duplicates after the run; 426 and 230 were older copies).
describe('each page once per set', () => {
  it('funding', () => {
    const addresses = foldersOf('funding').map((folder) => {
      const html = readFileSync(new URL(`funding/${folder}/source.html`, ROOT), 'utf8');
      return [folder, /source-url" content="([^"]*)/.exec(html)?.[1] ?? null] as const;
    });
    expect(repeatedPages(addresses)).toEqual([]);
  });
  it('artifacts', () => {
    const addresses = foldersOf('artifacts').map((folder) => {
      const source = readJson<{ source?: string }>('artifacts', folder).source ?? '';
      return [folder, /https?:\/\/[^\s)]+/.exec(source)?.[0]?.replace(/[.,;]+$/, '') ?? null] as const;
    });
    expect(repeatedPages(addresses)).toEqual([]);
  });
});

describe('funding fixtures', () => {
  it.each(foldersOf('funding'))('%s: gold parses and quotes its source', (folder) => {
    const gold = readJson<FundingGold>('funding', folder);
    expect(['funding', 'negative']).toContain(gold.kind);
    const source = visibleText(readFileSync(new URL(`funding/${folder}/source.html`, ROOT), 'utf8'));
    expect(unquotedTexts(source, fundingQuotes(gold))).toEqual([]);
  });
});

describe('artifact fixtures', () => {
  it.each(foldersOf('artifacts'))('%s: gold parses and quotes its source', (folder) => {
    const gold = readJson<ArtifactGold>('artifacts', folder);
    const source = readFileSync(new URL(`artifacts/${folder}/source.txt`, ROOT), 'utf8');
    expect(unquotedTexts(source, gold.artifacts.map((a) => a.text))).toEqual([]);
  });
});
