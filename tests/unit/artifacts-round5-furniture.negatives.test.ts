import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 5 prompts and chrome in clean articles: prose
 * about trials, sponsors, partners and subscribers; datelines; quoted
 * letters; section headings and lists inside the body; citations. None may
 * be flagged as boilerplate.
 */

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // Prompts' words in prose.
  { name: 'prose about a free trial', paragraphs: [HEADLINE, 'The company offers a 14-day free trial to new customers, and most of them stay, its founder said.', ...BODY] },
  { name: 'a headline about starting a trial', paragraphs: ['Acme starts free trial of its delivery robots in Ohio', ...BODY] },
  { name: 'French prose about subscribers', paragraphs: [TITRE, 'Le service réservé aux abonnés de la banque a attiré 20 000 clients en un an, selon la direction.', ...CORPS] },
  { name: 'a French headline opening with "Abonnés :"', paragraphs: ['Abonnés : Netflix en perd 200 000 en France', ...CORPS] },
  { name: 'a quoted share prompt', paragraphs: [HEADLINE, ...BODY, '“Share this with someone who needs it,” the campaign’s posters say.'] },
  { name: 'a how-to step about signing up', paragraphs: [HEADLINE, 'Sign up to the platform with a work address, then invite your team.', ...BODY] },
  // Sponsors and partners in prose.
  { name: 'thanks to sponsors in a club report', paragraphs: ['Robotics fair draws 5,000 visitors', 'Thanks to our sponsors, the fair was free for students this year, the organisers said.', ...BODY] },
  { name: 'a funding disclosure', paragraphs: [HEADLINE, ...BODY, 'This post was supported by a grant from the Knight Foundation.'] },
  { name: 'a company’s own partner sentence (French)', paragraphs: [TITRE, 'Avec notre partenaire Bpifrance, nous avons accompagné 40 start-up en deux ans.', ...CORPS] },
  { name: 'a partnership sentence (English)', paragraphs: [HEADLINE, 'In partnership with the city, Acme will deploy robots that you can rent by the hour.', ...BODY] },
  { name: 'a sponsor named in a sentence', paragraphs: [HEADLINE, 'Our sponsors are local firms who back the league every year.', ...BODY] },
  // Read-more words in prose.
  { name: 'a sentence ending in "read more"', paragraphs: [HEADLINE, `${BODY[0]!} Children who read more do better at school, the study found.`] },
  // Short lines that are the article's.
  { name: 'a headline about a logo', paragraphs: ['Acme unveils its new logo', ...BODY] },
  { name: 'one menu word above the headline', paragraphs: ['Search', HEADLINE, ...BODY] },
  { name: 'section headings inside the body', paragraphs: [HEADLINE, BODY[0]!, 'Press releases', BODY[1]!, 'Archives', BODY[2]!] },
  // The article's own heading over its own short list. (This row once read 'Recent posts' over two post titles: that is a
  // blog's module of other posts, which the blind gold of fixture 510 marks as boilerplate, and round 30 reads it so.)
  { name: 'a heading with its list at the end', paragraphs: [HEADLINE, ...BODY, 'What comes next', 'How Acme builds robots', 'Why warehouses want them'] },
  { name: 'a quoted letter inside the body', paragraphs: [HEADLINE, BODY[0]!, 'Dear readers', 'We are closing the print edition after forty years', 'Regards', BODY[1]!, BODY[2]!] },
  { name: 'a table row with pipes', paragraphs: [HEADLINE, BODY[0]!, '| Revenue | 12 |', ...BODY.slice(1)] },
  { name: 'a Spanish score line inside the body', paragraphs: [HEADLINE, BODY[0]!, '2 de 3', ...BODY.slice(1)] },
  { name: 'a how-to step heading "Download"', paragraphs: [HEADLINE, BODY[0]!, 'Download', BODY[1]!, 'Install', BODY[2]!] },
  // Print look-alikes.
  { name: 'a citation naming an ISSN', paragraphs: [HEADLINE, ...BODY, '^ "International Migration Outlook – New Zealand 2009/10" (PDF). Department of Labour. 2010. p. 2. ISSN 1179-5085.'] },
  { name: 'a press-release dateline with a weekday', paragraphs: ['SAN FRANCISCO, CA, Tuesday, March 3, 2020 — Acme Robotics said on Tuesday it had raised new money from a group of investors.', ...BODY.slice(1)] },
  { name: 'a dateline with a weekday and a dash (French)', paragraphs: ['PARIS, FRANCE, lundi 3 mars 2020 - La start-up lyonnaise a levé 5 millions d’euros auprès de plusieurs fonds.', ...CORPS.slice(1)] },
  { name: 'prose with a place and a weekday date', paragraphs: [HEADLINE, 'The founders met in Hope, Arkansas Saturday, June 18, 1955 was the day, they said.', ...BODY] },
  { name: 'a date and a section in capitals (the page’s metadata)', paragraphs: [HEADLINE, 'MONDAY, MARCH 3, 2020 | TECHNOLOGY', ...BODY] },
  { name: 'a citation with a volume and pages', paragraphs: [HEADLINE, ...BODY, 'Doe, J. (2020). Warehouse robots. Journal of Robotics, Vol. 12, no. 3, pp. 45–67.'] },
  { name: 'prose about a book’s volume and pages', paragraphs: [HEADLINE, 'The report, published as Vol. 2, runs to 66 pages and covers every warehouse in Ohio.', ...BODY] },
  { name: 'prose about a price per month', paragraphs: [HEADLINE, 'Acme charges $5 a month for each robot, less than a human picker costs in an hour.', ...BODY] },
  { name: 'prose about thanking subscribers', paragraphs: [HEADLINE, 'Thanks for subscribing to the pilot, the company wrote to its first customers, who will get robots first.', ...BODY] },
  { name: 'a startup card listing its backers', paragraphs: [HEADLINE, ...BODY, 'Founded 2019', 'Funded by Sequoia Capital', 'Supported by Y Combinator'] },
  { name: 'a section heading about privacy inside the body', paragraphs: [HEADLINE, BODY[0]!, 'Privacy policy', ...BODY.slice(1)] },
  { name: 'a press release’s contact heading at the end', paragraphs: [HEADLINE, ...BODY, 'Contact', 'Jane Doe, Acme Robotics, press@acme.example'] },
  { name: 'a French sentence opening with "Pour lire"', paragraphs: [TITRE, 'Pour lire la suite de son plan, il faut se plonger dans les comptes de la société.', ...CORPS] },
  { name: 'a German sentence with "Lesen Sie auch" in quotes', paragraphs: [HEADLINE, ...BODY, 'Der Slogan „Lesen Sie auch das Kleingedruckte“ stammt von der Verbraucherzentrale.'] },
  { name: 'prose about unsubscribing', paragraphs: [HEADLINE, 'Readers can unsubscribe from the list at any time, and most never do, the company said.', ...BODY] },
  { name: 'prose about a page in a filing', paragraphs: [HEADLINE, 'The risks are listed on page 4 of the filing, continued on page 12 with the accounts.', ...BODY] },
  { name: 'a sentence about a reader-supported site', paragraphs: [HEADLINE, 'The Ledger, a reader-supported publication, first reported the round on Monday.', ...BODY] },
  { name: 'a report’s "Key events" section heading', paragraphs: [HEADLINE, BODY[0]!, 'Key events', ...BODY.slice(1)] },
  { name: 'a sentence about sorting by newest', paragraphs: [HEADLINE, 'Sort by newest first, the app tells its users, and the robots will appear.', ...BODY] },
  { name: 'a placeholder word inside the body', paragraphs: [HEADLINE, BODY[0]!, 'Placeholder', ...BODY.slice(1)] },
  { name: 'a how-to step about registering a company', paragraphs: [HEADLINE, 'Register a company online through our state portal in a few minutes.', ...BODY] },
  { name: 'a standards council named after a sentence', paragraphs: [HEADLINE, `${BODY[0]!} Advertisement Standards Council of India said it would look into the ads.`, ...BODY.slice(1)] },
  { name: 'an advertising agency in capitals inside a sentence', paragraphs: [HEADLINE, 'The campaign by ADVERTISING WEEK Europe was shown in London, the organisers said.', ...BODY] },
];

describe('round 5 furniture: look-alikes stay', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate');
    expect(found.map((a) => a.text)).toEqual([]);
  });
});
