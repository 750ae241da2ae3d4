/**
 * Byline noise: bylines merged with each other or with e-mail addresses
 * ("By FAN FEIFEI fanfeifei@… By REN XIAOJIN … Contact the writers at …"),
 * and contact lines (e-mail, Twitter) left at the end of the body.
 */
import type { ArticleDoc, Finding } from './context';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** A byline: "By" and a capitalised name. */
const BY = /(?:^|[\s—–-])By \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)/gu;
/** "Contact the writer(s) at …", "Email the author: …". */
const CONTACT = /\b(?:contact (?:the )?(?:writers?|reporters?|authors?)(?: at)?|e-?mail (?:the )?(?:writers?|reporters?|authors?)(?: at)?:?)\s/i;
/** A contact line on its own: an address, a Twitter profile or handle. */
const CONTACT_LINE = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x)\.com\/\w{1,30}|@\w{1,30}|follow (?:him|her|them|me) on twitter[^.]{0,40}\.?|(?:e-?mail|twitter)\s*:\s*\S+)$/i;

export function findBylineNoise(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  const ps = doc.paragraphs;
  ps.forEach((p, i) => {
    const start = doc.starts[i] ?? 0;
    if (p.length > 400) return;
    const bylines = p.match(BY)?.length ?? 0;
    const email = EMAIL.test(p);
    const contact = CONTACT.test(p);
    if ((bylines >= 1 && (email || bylines >= 2 || contact)) || (contact && email && p.length < 120)) {
      out.push({
        kind: 'byline-noise', start, end: start + p.length,
        message: bylines >= 2 ? 'Several bylines and contact details were merged into one line.' : 'A byline was merged with contact details.',
        fix: null,
      });
      return;
    }
    if (CONTACT_LINE.test(p) && i >= ps.length - 4) {
      out.push({ kind: 'byline-noise', start, end: start + p.length, message: 'A reporter’s contact line was left at the end of the text.', fix: '' });
    }
  });
  return out;
}
