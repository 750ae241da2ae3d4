import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 42 (blind batch 29's misses), page controls and modules by their shape: a header's link row on one spaced line
 * (844), a module heading naming its beat in title case ('Latest Radio Stories', 844), the section link in a verb's words
 * ('View More In This Section', 833), the ad label in the plural ('Publicités', 849), and an article's sources line is no
 * other story's headline (737's false alarm next to its module heading).
 */
const BODY = 'The FCC has denied a request by the CXR Radio Station Trust for a one-year extension to divest WSUN-FM and WPYO-FM, granting the trust 60 more days instead.';
const BODY2 = 'The trust was set up to hold the stations until a buyer could be found, and the Commission said the trustee had not shown that a longer period was warranted.';
const BUDGET = 'The Mayor’s Office today announced that the Council’s proposed budget will be accepted as is and placed on next week’s City Council agenda.';
const FR = 'Le forum des communicants publics s’est tenu à Marseille pendant trois jours, avec plus de huit cents participants venus de toute la France et des territoires.';
const SHIP = 'The Justice Department said the merger would have combined two of the four refrigerated shipping container suppliers and further concentrated the market.';

/** `found`: whether a flag of `kind` covers `excerpt`. */
interface Row { name: string; paragraphs: string[]; kind: string; excerpt: string; found: boolean }

const ROWS: Row[] = [
  { name: 'a header’s link row with the site’s name in capitals (844)', paragraphs: ['Home Login RADIO ONLINE RSS Facebook', 'CXR Radio Station Trust Denied Longterm Extension', BODY, BODY2], kind: 'boilerplate', excerpt: 'Home Login RADIO ONLINE RSS Facebook', found: true },
  { name: 'a module heading with a trade’s beat word (844)', paragraphs: ['CXR Radio Station Trust Denied Longterm Extension', BODY, BODY2, 'Latest Radio Stories', 'Erik Bradley Named Brand Manager of 98.7 The Spot'], kind: 'boilerplate', excerpt: 'Latest Radio Stories', found: true },
  { name: 'the section link in a verb’s words (833)', paragraphs: ['Press Releases', 'View More In This Section', 'Mayor Accepts City Council Budget for Fiscal Year 2016', BUDGET, BODY2], kind: 'boilerplate', excerpt: 'View More In This Section', found: true },
  { name: 'the ad label in the plural (849)', paragraphs: ['Forum Cap’Com à Marseille', FR, 'Publicités', FR.replace('trois', 'quatre')], kind: 'boilerplate', excerpt: 'Publicités', found: true },
  // Negatives.
  { name: 'a headline about a home and a log-in', paragraphs: ['Home Login Security Flaw Found In RSS Reader', BODY, BODY2], kind: 'boilerplate', excerpt: 'Home Login', found: false },
  { name: 'a subhead in sentence case', paragraphs: ['Radio trust denied', BODY, 'More success stories', BODY2], kind: 'boilerplate', excerpt: 'More success stories', found: false },
  { name: 'a digest’s own "Top" heading', paragraphs: ['Radio trust denied', BODY, 'Top Radio Stories', BODY2], kind: 'boilerplate', excerpt: 'Top Radio Stories', found: false },
  { name: 'an article’s sources line before a module heading (737)', paragraphs: ['Container merger abandoned', SHIP, BODY2, 'References: KITCO, The United States Department Of Justice', 'Latest Shipping News', 'Leave a Reply'], kind: 'boilerplate', excerpt: 'References: KITCO', found: false },
];

describe('round 42: page controls and module headings by their shape', () => {
  it.each(ROWS)('$name', ({ paragraphs, kind, excerpt, found }) => {
    const flagged = findArtifacts({ paragraphs }).filter((a) => a.kind === kind).map((a) => a.text);
    expect(flagged.some((t) => t.includes(excerpt))).toBe(found);
  });
});
