/**
 * Investor lists, round 8: sentences that must NOT yield these names (a passive "will be invested", a
 * company won over to lead something other than a round, a source quoted with "according to / d’après",
 * adjectives and nationality nouns at the edge of a name). Names of our own invention; money masked as "§".
 * The positive rows are in investors-round8.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';

const names = (s: string) => findInvestorMentions(s, { nearDeal: true }).flatMap((m) => m.names);

describe('not investors', () => {
  const rows: Array<[string, string[]]> = [
    // A passive: the money is invested, nobody named invests.
    ['The Acme funds will be invested.', ['Acme']],
    ['Most of the Globex proceeds were invested.', ['Globex']],
    // Won over to lead something that is not a round.
    ['Acme attracted Globex to lead its push into cloud computing.', ['Globex']],
    ['The offer convinced Jane Moreau to lead the company’s European expansion.', ['Jane Moreau']],
    // A bare "invested" whose subject is not a list of names.
    ['Acme raised § and the founders say every cent will be invested.', ['Acme']],
    // A source told with "according to" / "d’après" is quoted, not investing.
    ['L’argent, qui provient d’un groupe d’investisseurs dont fait partie Northwind Capital, servira à recruter, d’après Jane Moreau, directrice marketing.', ['Jane Moreau']],
    ['Acme raised § from Northwind Capital, Kestrel Partners, according to Jane Moreau, its spokeswoman.', ['Jane Moreau']],
    // Adjectives and nationality words are not names.
    ['The round was led by Northwind Capital, with significant participation from Kestrel Partners.', ['significant', 'Significant']],
    ['Acme lève § auprès du Français Northwind Capital.', ['Français Northwind Capital', 'Français']],
    // A country code before lower-case words or a non-firm name is not kept.
    ['Acme raised § from US investor Northwind Capital.', ['US investor Northwind Capital', 'US Northwind Capital']],
    // A parenthesis after a figure that is no list of firms: a conversion, a round name, places.
    ['Acme raised § (£4.3m, Series A).', ['Series A']],
    ['Acme raised § (US, UK and Canada).', ['US', 'UK', 'Canada']],
    ['Acme raised § (Paris, Lyon), its founder Jane Moreau said.', ['Paris', 'Lyon', 'Jane Moreau']],
  ];
  it.each(rows)('%s', (sentence, absent) => {
    const found = names(sentence);
    for (const n of absent) expect(found).not.toContain(n);
  });
});
