/**
 * An author box left in the text near the byline: the author's name on its
 * own line, then a line of credentials ("Diplômée d'un Master 2 en droit…",
 * "Written by Jane Doe. Co-founder of Acme. Graduate of MIT."). The article
 * reports on people; the box describes its writer, and sits by the name.
 */
import type { ArticleDoc, Finding } from './context';
import { wordCount } from './context';

/** A name alone on a line: two to four capitalised words ("Léna Cazenave", "Mary-Ann de la Cruz"). */
const NAME_LINE = /^\p{Lu}[\p{L}'’-]+(?: (?:(?:de|du|des|la|le|van|von|da|di|del|dos|bin|al)\s)?\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** "Écrit par X." / "Written by X." opening the box, then more sentences about the writer. */
const WRITTEN_BY = /^(?:[ÉéEe]crit|[Rr]édigée?|[Ww]ritten|[Pp]osted|[Aa]uthored) (?:par|by) \p{Lu}[^.!?]{1,60}\.\s+\p{Lu}/u;
/** A credential opening the line: degrees, titles, roles. */
const CREDENTIAL_OPENING = /^(?:diplômée?s? (?:d['’]|de |du |des )|titulaire d['’]|docteure? en |(?:co-?)?fondat(?:eur|rice) (?:de|d['’])|avocate? (?:au|à|spécialisée?)|(?:a )?graduate of |(?:she|he) (?:holds|is a graduate|graduated)|(?:co-?)?founder (?:of|and) |holds an? (?:master|mba|phd|ph\.d\.|degree))/iu;
/** Words of a writer's credentials, for the "Written by X." box. */
const CREDENTIAL_WORD = /\b(?:diplômée?|titulaire|docteure?|(?:co-?)?fondat(?:eur|rice)|avocate?|journaliste|rédact(?:eur|rice)|graduate|graduated|(?:co-?)?founder|holds an?|master|mba|phd|ceo|partner|associée?|expert(?:e)?)\b/iu;
/** The author box is short and sits among the first lines (under the byline) or the last ones. */
const MAX_BIO_WORDS = 45;
const EDGE_LINES = 12;

export function findAuthorBios(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  const ps = doc.paragraphs;
  ps.forEach((p, i) => {
    if (i >= EDGE_LINES && i < ps.length - EDGE_LINES) return;
    if (wordCount(p) > MAX_BIO_WORDS) return;
    const prev = i > 0 ? ps[i - 1]! : '';
    const namedAbove = NAME_LINE.test(prev.trim());
    const box = (WRITTEN_BY.test(p) && CREDENTIAL_WORD.test(p)) || (namedAbove && CREDENTIAL_OPENING.test(p));
    if (!box) return;
    const from = namedAbove ? i - 1 : i;
    out.push({ kind: 'byline-noise', start: doc.starts[from] ?? 0, end: (doc.starts[i] ?? 0) + p.length, message: 'An author box (name and credentials) is left in the text.', fix: '' });
  });
  return out;
}
