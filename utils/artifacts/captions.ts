/**
 * Photo captions and credits printed more than once: gallery markup and
 * print replicas repeat the same caption, sometimes with "??" markers where
 * the photo symbol was lost, sometimes again in the middle of the body.
 */
import type { ArticleDoc, Finding } from './context';
import { looseKey, wordCount } from './context';

/** Credit forms that mark a paragraph as a caption. Each names why. */
const CREDITS: readonly RegExp[] = [
  // "(AP Photo/David Zalubowski)", "(Photo by Jane Doe/Getty Images)"
  /\((?:[\p{Lu}]{2,}[\p{L}]* )?Photos?(?: by |\/| ?: ?)[^)]{2,80}\)/u,
  // "[Photo provided to chinadaily.com.cn]", "[Photo/Xinhua]"
  /\[(?:Photos?|Image|Video)(?: provided to | by |\/| ?: ?)[^\]]{2,80}\]/u,
  // "Photo: Xinhua", "Photo: David Zalubowski, STF / Associated Press", "Image: …", "Credit: …"
  /(?:^|[.!?]\s+)(?:Photo|Photos|Photograph|Picture|Image|Credit|Photo credit)s?: \S/u,
  // All-caps credit: "MAO SIQIAN / XINHUA", "LIU WEIBING / XINHUA"
  /\b\p{Lu}{2,}(?: \p{Lu}{2,}){0,3} ?\/ ?\p{Lu}{2,}(?: \p{Lu}{2,})?\b/u,
  // Agency at the end: "… Getty Images", "… / AFP", "… Reuters"
  /(?:\/|,|—|-)\s*(?:Getty Images|Shutterstock|AFP|Reuters|Associated Press|EPA|Bloomberg|Xinhua|VCG|IC)\s*\)?$/,
  // The agency caption formula: "In this Sunday, Nov. 10, 2019, photograph, …", "In this photo dated …"
  /^In this (?:[^.]{0,60} )?(?:file )?(?:photo|photograph|image|picture)\b/u,
  // A lost photo marker: "?? MAO SIQIAN / XINHUA ?? A visitor …"
  /^\?\? /,
];

/** Captions are short; a long paragraph with a credit inside is body text. */
const MAX_CAPTION_LENGTH = 500;

export function isCaptionLike(p: string): boolean {
  return p.length <= MAX_CAPTION_LENGTH && CREDITS.some((re) => re.test(p));
}

/** How damaged a copy looks: keep the cleanest one. */
function damage(p: string): number {
  return (p.match(/\?\?|\uFFFD/g)?.length ?? 0) + (p !== p.trim() ? 1 : 0);
}

/**
 * A credit line alone ("Photo: Jane Doe / AP") repeats legitimately under
 * several photos by the same photographer; it is a duplicate only next to a
 * repeated caption or right after its own copy (gallery markup).
 */
function isCreditOnly(p: string): boolean {
  return wordCount(p) < 8;
}

export function findDuplicatedCaptions(doc: ArticleDoc): Finding[] {
  const groups = new Map<string, number[]>();
  doc.paragraphs.forEach((p, i) => {
    if (!isCaptionLike(p)) return;
    const key = looseKey(p.replace(/\?\?/g, ''));
    if (key.length < 12) return;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const repeated = [...groups.values()].filter((list) => list.length >= 2);
  const captionZone = new Set<number>();
  for (const list of repeated) if (!isCreditOnly(doc.paragraphs[list[0]!]!)) for (const i of list) captionZone.add(i);
  const out: Finding[] = [];
  for (const list of repeated) {
    const creditOnly = isCreditOnly(doc.paragraphs[list[0]!]!);
    let keep = list[0]!;
    for (const i of list) if (damage(doc.paragraphs[i]!) < damage(doc.paragraphs[keep]!)) keep = i;
    const copies = list.length;
    for (const i of list) {
      if (i === keep) continue;
      if (creditOnly && !captionZone.has(i - 1) && !captionZone.has(i + 1) && !list.includes(i - 1)) continue;
      const start = doc.starts[i] ?? 0;
      out.push({
        kind: 'duplicated-caption',
        start,
        end: start + doc.paragraphs[i]!.length,
        message: `A photo caption or credit is printed ${copies} times; this copy repeats it.`,
        fix: '',
      });
    }
  }
  return out;
}
