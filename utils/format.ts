/**
 * Human-readable pieces of a summary, shared by the popup, the exports and
 * the command line so that all three say the same thing the same way.
 */
import type { ArtifactKind, Deal, Money, Qualifier } from './types';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  'more-than': 'more than',
  'less-than': 'less than',
  about: 'about',
  'up-to': 'up to',
};

/** "more than $4.5 billion", "1 trillion yuan ($158.4 billion)": the figure as the article wrote it. */
export function formatMoney(money: Money): string {
  let out = money.text;
  if (money.qualifier) {
    const word = QUALIFIER_WORDS[money.qualifier];
    // The qualifier is a field, not part of the text; don't say it twice if a writer's text carries it.
    if (!out.toLowerCase().startsWith(word)) out = `${word} ${out}`;
  }
  if (money.equivalent) out += ` (${money.equivalent.text})`;
  return out;
}

/** "USD 600,000,000": the normalised value, for sheets and for checking the reading. */
export function formatNormalized(money: Money): string {
  return `${money.currency} ${formatNumber(money.value)}`;
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
  'escaped-entity': 'Escaped entity',
  'byline-noise': 'Byline noise',
};

/** Cut a long excerpt for display, on a word boundary. */
export function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
