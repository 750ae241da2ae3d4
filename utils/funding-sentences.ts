/**
 * The article as a list of sentences with offsets into the joined text
 * (`paragraphs.join('\n\n')`), so every piece of evidence the funding reader
 * reports is an exact substring of the article.
 */
import { splitSentences } from './sentences';
import { PARAGRAPH_SEPARATOR, type ArticleText } from './types';

export interface Sentence {
  text: string;
  /** Offsets in the joined article text. */
  start: number;
  end: number;
  paragraph: number;
  /** Position in the article's sentence list. */
  index: number;
}

export interface IndexedArticle {
  text: string;
  sentences: Sentence[];
  /** Start offset of each paragraph in `text`. */
  paragraphStarts: number[];
}

export function indexArticle(article: ArticleText): IndexedArticle {
  const sentences: Sentence[] = [];
  const paragraphStarts: number[] = [];
  let offset = 0;
  article.paragraphs.forEach((paragraph, p) => {
    paragraphStarts.push(offset);
    for (const span of splitSentences(paragraph)) {
      sentences.push({ text: span.text, start: offset + span.start, end: offset + span.end, paragraph: p, index: sentences.length });
    }
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  });
  return { text: article.paragraphs.join(PARAGRAPH_SEPARATOR), sentences, paragraphStarts };
}

/** The sentence containing offset `at` (binary search; sentences are sorted). */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/**
 * A leading "Label:" of list-style articles ("Funding: A $10-billion…",
 * "Investors: The round was…", "TechCrunch: Parse.ly Raises $5M"). Returns
 * the label (lower-cased) and where the sentence proper starts.
 * Round 12: newsletters and digests put a bullet or an item number before the label ("- FlapKap: …", "1) Mister Spex: …",
 * "• Kiplo : …", "2. Acme: …"); it is stepped over, not part of the label.
 */
const LEADING_LABEL = /^(?:(?:[-–—•·▪‣◦*]|\(?\d{1,2}[.)])\s*)?(?<label>[\p{L}][\p{L}’' ]{0,30}?)\s?:\s+(?=\S)/u;

export function leadingLabel(sentence: string): { label: string; rest: number } | null {
  const m = LEADING_LABEL.exec(sentence);
  if (!m) return null;
  return { label: m.groups!.label!.toLowerCase(), rest: m[0].length };
}

/**
 * A line of a list of rounds, figures masked as "§": "Sep 13: Scalapay: §", "• Acme — § seed (Sequoia)", "MyLight System : §".
 * An optional bullet, an optional date, the company, a colon or dash, then the figure opening the rest of the line.
 */
const LIST_LINE = /^\s*(?:[•·▪‣◦*–—-]\s*)?(?:(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)[\p{L}]*\.? \d{1,2}|\d{1,2}(?:er)? (?:jan|feb|fév|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|août|sep|oct|nov|dec|déc)[\p{L}]*\.?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)\s*[:–—-]\s*)?(?<name>[\p{Lu}\p{N}][^:–—()§;]{0,58}?)\s*(?::|\s[–—-]|\()\s*(?:(?:about|around|over|more than|environ|plus de|près de|up to)\s+)?(?<money>§+)/u;
/** Labels of profile lists ("Funding: §", "Valuation: §"): the line is a field of one company, not an item of a list of rounds. */
const FIELD_LABEL = /^(?:total|funding|financement|montant|amount|round|raised|levée|valuation|valorisation|revenue|revenues|sales|chiffre d[’']affaires|ca|arr|latest|last|previous|date|stage|sector|secteur|fund|fonds|budget|price|prix|cost|coût|salary|deal|investment|investissement)(?![\p{L}\p{N}])/iu;
/** Words of funding in the paragraphs before a list, or in its lines. */
const LIST_FUNDING_CUE = /\b(?:rais(?:e|es|ed|ing)|funding|fundraising|rounds?|financings?|investments?|deals|levées?|lève|levé|tours? de table|financements?|opérations|invest)(?![\p{L}\p{N}])/iu;

/** Whether a text holds a word of funding (the cue of a list of rounds: "raised", "rounds", "levées", "tours de table"…). */
export function hasListFundingCue(text: string): boolean {
  return LIST_FUNDING_CUE.test(text);
}

export interface ListLine {
  /** The company as written on the line. */
  name: string;
  /** Offset of the figure in the sentence. */
  at: number;
}

/**
 * Lines of a list of rounds: at least two sibling one-sentence paragraphs of the same "name: figure" shape, with a heading or
 * an intro about funding in the three paragraphs before the first line (or funding words on the lines). A lone line is never
 * read this way. `masked(s)`: the sentence with its figures masked, or null when it holds none. Linear in the sentences.
 */
export function findListLines(sentences: Sentence[], masked: (s: Sentence) => string | null): Map<number, ListLine> {
  const out = new Map<number, ListLine>();
  let block: Array<{ s: Sentence; line: ListLine }> = [];
  const close = () => {
    if (block.length >= 2) {
      const first = block[0]!.s;
      let cue = block.some((b) => LIST_FUNDING_CUE.test(b.s.text.slice(b.line.at)));
      for (let i = first.index - 1; !cue && i >= 0 && first.paragraph - sentences[i]!.paragraph <= 3; i--) cue = LIST_FUNDING_CUE.test(sentences[i]!.text);
      if (cue) for (const b of block) out.set(b.s.index, b.line);
    }
    block = [];
  };
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const text = masked(s);
    const alone = (k === 0 || sentences[k - 1]!.paragraph !== s.paragraph) && (k + 1 === sentences.length || sentences[k + 1]!.paragraph !== s.paragraph);
    const m = text !== null && alone ? LIST_LINE.exec(text) : null;
    const name = m ? m.groups!.name!.trim() : '';
    if (!m || name.length < 2 || FIELD_LABEL.test(name)) {
      if (text !== null || alone) close();
      continue;
    }
    // Siblings are adjacent paragraphs.
    const prev = block[block.length - 1];
    if (prev && s.paragraph - prev.s.paragraph > 1) close();
    block.push({ s, line: { name, at: m.index + m[0].length - m.groups!.money!.length } });
  }
  close();
  return out;
}
