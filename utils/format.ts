/**
 * Human-readable pieces of a summary, shared by the popup, the exports and
 * the command line so that all three say the same thing the same way.
 */
import { withoutBidiControls } from './bidi';
import { displayHost } from './unicode-host';
import type { ArtifactKind, Deal, Money, Qualifier, SourceInfo } from './types';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  'more-than': 'more than',
  'less-than': 'less than',
  about: 'about',
  'up-to': 'up to',
};

/**
 * The qualifying words writers put before a figure, English and French, longest
 * first. The contract's qualifier is one of four categories ("almost" and
 * "under" are both less-than), so a reader of the figure is shown the writer's
 * own word when the sentence has it: "almost ₹200 Cr", not "less than ₹200 Cr".
 */
const WRITER_QUALIFIER = new RegExp(
  `(?:^|[\\s(,;:])(${[
    'a little over', 'a little under', 'just over', 'just under', 'slightly over', 'slightly under', 'more than', 'less than', 'fewer than',
    'upwards of', 'in excess of', 'as much as', 'as little as', 'at least', 'at most', 'up to', 'close to', 'north of', 'south of',
    'approximately', 'roughly', 'around', 'about', 'almost', 'nearly', 'over', 'under', 'some', 'approx\\.', 'circa', 'c\\.', '~',
    'pas moins de', 'plus de', 'moins de', 'près de', 'pres de', 'environ', 'quelque', 'jusqu[’\'] ?à', 'au moins', 'presque', 'quasiment',
    'autour de', 'de l[’\']ordre de', 'un peu plus de', 'un peu moins de',
  ].join('|')})\\s*$`,
  'iu',
);

/** The writer's own qualifying words right before the figure in one of `context`'s sentences, or null. */
export function writerQualifierOf(money: Money, context: string | readonly string[] | undefined): string | null {
  if (!money.qualifier || !context) return null;
  for (const sentence of typeof context === 'string' ? [context] : context) {
    const at = sentence.indexOf(money.text);
    if (at < 0) continue;
    const before = sentence.slice(Math.max(0, at - 30), at);
    const m = WRITER_QUALIFIER.exec(before);
    if (m) return m[1]!.replace(/\s+/g, ' ').toLowerCase();
  }
  return null;
}

/**
 * "more than $4.5 billion", "almost ₹200 Cr", "1 trillion yuan ($158.4 billion)": the figure as the
 * article wrote it. `context` is where it was read (a money mention carries its sentence; a deal, its
 * evidence): the writer's own qualifier there is shown, else the contract's category in words.
 */
export function formatMoney(money: Money & { sentence?: string }, context?: string | readonly string[]): string {
  let out = money.text;
  if (money.qualifier) {
    const word = writerQualifierOf(money, context ?? money.sentence) ?? QUALIFIER_WORDS[money.qualifier];
    // The qualifier is a field, not part of the text; don't say it twice if a writer's text carries it.
    if (!out.toLowerCase().startsWith(word)) out = `${word} ${out}`;
  }
  if (money.equivalent) out += ` (${money.equivalent.text})`;
  return out;
}

/**
 * "600 000 000 USD", "30 000 000 EUR": the normalised value, for checking the reading, in a
 * locale-neutral form (digits grouped by spaces, the ISO code after). "EUR 30,000,000" read
 * wrong beside a French figure ("30 millions d'euros"), where a comma marks decimals.
 */
export function formatNormalized(money: Money): string {
  return `${groupedDigits(money.value)} ${money.currency}`;
}

/**
 * 30000000 -> "30 000 000", 2.5 -> "2.5", 0.00000386 -> "0.00000386": thousands grouped by spaces
 * (SI/ISO 80000 style, read alike in every locale). Two decimals at most from 1 up; below 1, as many
 * as three significant digits need (a per-unit price "$0.00000386" rounded to two decimals said
 * "0 USD", a value the article never gave).
 */
export function groupedDigits(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  // 0.5 -> 3 decimals, 0.0386 -> 4, 0.00000386 -> 8 (trailing zeros dropped below); toFixed allows 100.
  const decimals = abs > 0 && abs < 1 ? Math.min(100, Math.max(2, 2 - Math.floor(Math.log10(abs)))) : 2;
  const [whole = '', fraction] = abs.toFixed(decimals).replace(/\.0+$|(\.\d*?)0+$/, '$1').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ' ');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "SenseTime Group Ltd — Series C": the deal's name line. */
export function dealTitle(deal: Deal): string {
  const company = deal.company ?? 'Unnamed company';
  return deal.round ? `${company} — ${deal.round}` : company;
}

export const ARTIFACT_LABELS: Record<ArtifactKind, string> = {
  'duplicated-caption': 'Duplicated caption',
  'broken-pull-quote': 'Broken pull-quote',
  boilerplate: 'Boilerplate',
  'lost-hyphen': 'Lost hyphen',
  mojibake: 'Mojibake',
  'duplicated-paragraph': 'Duplicated paragraph',
  'merged-stories': 'Merged stories',
  'truncated-sentence': 'Truncated sentence',
  // What a reader sees on the page ("<img src=…>" printed as text), not the contract's kind name.
  'escaped-entity': 'HTML code shown as text',
  'byline-noise': 'Byline noise',
};

/**
 * One sentence per kind, for an export's group line when its artifacts carry different
 * messages (each lost hyphen names its own word): the receiver of a pasted summary has no
 * card to open, and a bare "Merged stories" told them nothing.
 */
export const ARTIFACT_EXPLANATIONS: Record<ArtifactKind, string> = {
  'duplicated-caption': 'A photo caption or credit is printed more than once in the text.',
  'broken-pull-quote': 'A pull-quote was spliced into the middle of a sentence; removing it rejoins the sentence.',
  boilerplate: 'Website furniture (labels, prompts, links, notices) was left in the article text.',
  'lost-hyphen': 'A hyphenated word lost its hyphen at a line break.',
  mojibake: 'Characters were garbled or lost in an encoding conversion.',
  'duplicated-paragraph': 'A paragraph is printed more than once.',
  'merged-stories': 'Another story runs on from here: the page joined two articles into one text.',
  'truncated-sentence': 'A sentence stops before its end: the text was cut off.',
  'escaped-entity': 'HTML code or entities appear in the text as characters instead of being rendered.',
  'byline-noise': 'A byline was merged with other text (contact details, dates or labels).',
};

/** Cut a long excerpt for display, on a word boundary. */
export function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * Whose story it is, for the card's and the readable exports' meta line: the
 * page's own site name, else the host of its web address ("www." dropped), so
 * a page that names no site (Readability found no og:site_name, as on a
 * Business Insider story) still says where it is from (review of session 22,
 * R4). The address is the page's location as the content script read it; a
 * host is letters, digits, dots and hyphens once parsed (punycode), shown as
 * text in its Unicode form unless it could pass for another host
 * (displayHost). Display only: the summary's siteName stays what the page
 * said (null), and the JSON export keeps it so (the contract's url has the address).
 */
export function siteLabel(source: Pick<SourceInfo, 'siteName' | 'url'>): string | null {
  const name = source.siteName ? withoutBidiControls(source.siteName).trim() : '';
  return name !== '' ? name : hostOf(source.url);
}

/** The host of an http(s) address without a leading "www.", or null (no address, another scheme, not an address). */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return displayHost(parsed.hostname.replace(/^www\./, '')) || null;
  } catch {
    return null;
  }
}
