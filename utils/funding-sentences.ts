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
 */
const LEADING_LABEL = /^(?<label>[\p{L}][\p{L}’' ]{0,30}?)\s?:\s+(?=\S)/u;

export function leadingLabel(sentence: string): { label: string; rest: number } | null {
  const m = LEADING_LABEL.exec(sentence);
  if (!m) return null;
  return { label: m.groups!.label!.toLowerCase(), rest: m[0].length };
}
