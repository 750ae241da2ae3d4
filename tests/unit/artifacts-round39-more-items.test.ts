import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 39: a tag page's items closed by a bracketed "[More]" link (merged-stories.ts BRACKETED_MORE_CLOSE), the
 * listing's last headline with its teaser lost at the text's end, and a photo credit cut after "and" above a headline
 * (CUT_CREDIT_END). Rows from Consumerist's mergers & acquisitions tag page (762); negatives keep one article's own
 * related link and a sentence in brackets.
 */
const ALBERTSONS = ['mergers & acquisitions', 'Kelly Sims', 'Albertsons In Talks To Acquire Health Food Market Sprouts', 'Is Albertsons looking to add a natural foods store to its grocery empire? The chain acquired Safeway in 2015 and remains hungry for expansion. Does it want free-range, organic expansion, and does it make sense to acquire a natural foods chain when “natural” and organic food is now available everywhere? [More]'];
const BAT = ['British American Tobacco Offers $47B For Reynolds American', 'More than a decade after British American Tobacco bought a roughly 42% stake in tobacco biggie R.J. Reynolds American, the London-based company is back for the rest, offering $47 billion to create the world’s largest tobacco company.  [More]'];
const WALGREENS = ['Walgreens-Rite Aid Merger Still On Track, CEO Says Only 500 Stores Would Close', 'Walgreens and Rite Aid are the biggest and third-biggest pharmacy drugstore in this country, and they want to join forces to become a pharma-Voltron. The companies are waiting for regulatory approval, but the CEO of Walgreens Boots Alliance told shareholders today that the deal will probably go through by the end of 2016, and that it will result in the closing of only about 500 stores. [More]'];
const AMAZON = ['Mike Mozart and', 'Amazon Executive: Actually, We Don’t Have Any Big Corporate Office Supply Contracts Yet', 'Staples and Office Depot want to pledge their future and their fortunes together in corporate matrimony, and the Federal Trade Commission objects to their union. The companies and the Federal Trade Commission are making their cases before a federal judge. [More]'];
const SYSCO = 'Sysco Drops Bid To Buy U.S. Foods, Plan To Create Foodservice Supply Voltron';

interface Row { name: string; paragraphs: string[]; stories: string[] }

const ROWS: Row[] = [
  { name: 'items closed by "[More]" (762)', paragraphs: [...ALBERTSONS, ...BAT, ...WALGREENS], stories: [BAT[0]!, WALGREENS[0]!] },
  { name: 'a cut photo credit above an item\'s headline is not the headline (762)', paragraphs: [...ALBERTSONS, ...BAT, ...WALGREENS, ...AMAZON], stories: [BAT[0]!, WALGREENS[0]!, AMAZON[1]!] },
  { name: 'the listing\'s last headline, its teaser lost at the end (762)', paragraphs: [...ALBERTSONS, ...BAT, ...WALGREENS, ...AMAZON, SYSCO], stories: [BAT[0]!, WALGREENS[0]!, AMAZON[1]!, SYSCO] },
  // Negatives: one related link is no listing, even with a headline at the text's end; a bracketed aside is no link.
  { name: 'one "[More]" item, then a headline at the end', paragraphs: [...ALBERTSONS, ...BAT.slice(0, 1), 'More than a decade after British American Tobacco bought a roughly 42% stake in R.J. Reynolds American, the company is back for the rest.', SYSCO], stories: [] },
  { name: 'an article\'s "Read more" related link at its end', paragraphs: ['Walgreens and Rite Aid want to join forces, and the companies are waiting for regulatory approval from the Federal Trade Commission.', 'The CEO of Walgreens Boots Alliance told shareholders today that the deal will probably go through by the end of 2016. Read more', SYSCO], stories: [] },
  { name: 'a bracketed word closing a sentence of prose', paragraphs: ['Walgreens and Rite Aid want to join forces, and the companies are waiting for regulatory approval [more].', 'Sysco Drops Bid', 'The CEO of Walgreens Boots Alliance told shareholders today that the deal will probably go through by the end of 2016 [more].', 'Rite Aid Shares Rise', 'The companies said the closing of about 500 stores would follow the deal.'], stories: [] },
];

describe('round 39: listing items closed by "[More]"', () => {
  it.each(ROWS)('$name', ({ paragraphs, stories }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === 'merged-stories').map((a) => a.text);
    expect(found).toEqual(stories);
  });
});
