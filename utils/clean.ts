/**
 * The repaired ("clean") copy of an article: confident fixes applied
 * (duplicates and furniture dropped, pull-quotes removed and sentences
 * rejoined, hyphens restored, recoverable mojibake and entities decoded);
 * what could not be repaired stays in the text; the command line's copy lists
 * it at the end, the popup's copy is the article alone.
 * Pure: text and artifacts in, text out.
 */
import { copyCount } from './artifacts/copies';
import type { Artifact, ArticleText } from './types';
import { PARAGRAPH_SEPARATOR } from './types';

export type CleanFormat = 'markdown' | 'text';

export interface CleanCopy {
  /** The repaired article followed, when something was left as found, by a list of it (the command line's --clean). */
  text: string;
  /**
   * The repaired article alone: what the popup's "Copy clean text" puts on the clipboard, for an
   * editor to paste into a CMS (no Markdown rule, no list of kind names after the last paragraph;
   * the popup's status line counts what was left as found).
   */
  article: string;
  /** Artifacts left in the text: no fix proposed, or overlapping a fix already applied. */
  unrepaired: Artifact[];
}

interface Located {
  artifact: Artifact;
  start: number;
  end: number;
}

/**
 * Find each artifact's place. Artifacts come in text order from the finder;
 * an excerpt that occurs several times ("Advertisement") takes the first
 * occurrence not yet taken by an artifact with the same excerpt. An artifact
 * standing for every copy of its excerpt (copyCount: "Ă©" for "é" all through
 * the text) takes every occurrence.
 */
function locate(text: string, artifacts: Artifact[]): Located[] {
  const taken = new Map<string, Set<number>>();
  const out: Located[] = [];
  for (const artifact of artifacts) {
    if (!artifact.text) continue;
    if (copyCount(artifact) > 1) {
      for (let at = text.indexOf(artifact.text); at >= 0; at = text.indexOf(artifact.text, at + artifact.text.length)) {
        out.push({ artifact, start: at, end: at + artifact.text.length });
      }
      continue;
    }
    const used = taken.get(artifact.text) ?? new Set<number>();
    taken.set(artifact.text, used);
    let at = text.indexOf(artifact.text);
    while (at >= 0 && used.has(at)) at = text.indexOf(artifact.text, at + 1);
    if (at < 0) continue;
    used.add(at);
    out.push({ artifact, start: at, end: at + artifact.text.length });
  }
  return out;
}

export function cleanCopy(text: ArticleText, artifacts: Artifact[], format: CleanFormat): CleanCopy {
  const source = text.paragraphs.join(PARAGRAPH_SEPARATOR);
  const located = locate(source, artifacts);
  // Apply fixes that do not overlap one another: the wider block fix wins (deleting a
  // duplicated caption also removes the "??" inside it).
  const fixes = located
    .filter((l) => l.artifact.fix !== null)
    .sort((a, b) => (b.end - b.start) - (a.end - a.start));
  const applied: Located[] = [];
  for (const f of fixes) if (!applied.some((a) => a.start < f.end && f.start < a.end)) applied.push(f);
  applied.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const f of applied) {
    out += source.slice(at, f.start) + f.artifact.fix!;
    at = f.end;
  }
  out += source.slice(at);
  const cleaned = tidy(out);
  // One entry per artifact: a copy-counted artifact left as found at several places is listed once.
  const unrepaired = [...new Set(located
    .filter((l) => !applied.some((a) => a.start <= l.start && l.end <= a.end))
    .map((l) => l.artifact))];
  return { text: cleaned + unrepairedSection(unrepaired, format), article: cleaned, unrepaired };
}

/** Remove what deletions leave behind: empty paragraphs, doubled spaces, spaces before punctuation. */
function tidy(s: string): string {
  return s
    .split(/\n{2,}/)
    .map((p) => p.replace(/[ \t]{2,}/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join(PARAGRAPH_SEPARATOR);
}

function unrepairedSection(list: Artifact[], format: CleanFormat): string {
  if (list.length === 0) return '';
  const quote = (s: string): string => {
    const flat = s.replace(/\s+/g, ' ').trim();
    return flat.length > 120 ? `${flat.slice(0, 117)}…` : flat;
  };
  if (format === 'markdown') {
    const items = list.map((a) => `- **${a.kind}**: ${a.message} “${escapeMarkdown(quote(a.text))}”`);
    return `\n\n---\n\n**Not repaired (${list.length})**\n\n${items.join('\n')}`;
  }
  const items = list.map((a) => `- ${a.kind}: ${a.message} “${quote(a.text)}”`);
  return `\n\n----\nNot repaired (${list.length}):\n${items.join('\n')}`;
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
