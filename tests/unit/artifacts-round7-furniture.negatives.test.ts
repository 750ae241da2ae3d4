import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 7 furniture in clean articles: the words of ad,
 * player, newsletter, share, rights and privacy furniture inside sentences
 * the story reports, and short headings that are the article's own. None
 * may be flagged as boilerplate.
 */

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // Ad words in prose.
  { name: 'a sentence about skipping ads', paragraphs: [HEADLINE, 'Viewers who skip advertisement breaks cost broadcasters billions, the study found.', ...BODY] },
  { name: 'a headline about an ad agency', paragraphs: ['Advertisement agency Acme Media raises $10 million', ...BODY] },
  { name: 'a sentence with "continues below"', paragraphs: [HEADLINE, 'The tunnel continues below the river for two miles before it reaches the depot.', ...BODY] },
  // Player and browser words in prose.
  { name: 'a story about browsers', paragraphs: [HEADLINE, 'Please use the Chrome browser, the bank told customers, because older ones are no longer safe.', ...BODY] },
  { name: 'a sentence about a video channel', paragraphs: [HEADLINE, 'Fans can watch more videos on the company’s channel, which has 2 million subscribers.', ...BODY] },
  // Newsletter and share words in prose.
  { name: 'a sentence about a newsletter promotion', paragraphs: [HEADLINE, 'After newsletter promotion costs rose, the publisher cut its marketing budget by a third.', ...BODY] },
  { name: 'a sentence about sharing on WeChat', paragraphs: [HEADLINE, 'Users share links on WeChat and Weibo more than on any other network in China.', ...BODY] },
  { name: 'a sentence about copying a link', paragraphs: [HEADLINE, 'Anyone who copies the link can open the file, which worried security researchers.', ...BODY] },
  { name: 'share as a noun in a heading', paragraphs: [HEADLINE, ...BODY, 'Share price'] },
  // Rights and privacy in prose.
  { name: 'a story about a court order on publication', paragraphs: [HEADLINE, 'The judge ruled that this material may not be published until the trial ends, lawyers said.', ...BODY] },
  { name: 'a story about privacy choices', paragraphs: [HEADLINE, 'Your privacy choices matter more than ever, the regulator said in a statement on Monday.', ...BODY] },
  { name: 'a story about a do-not-sell law', paragraphs: [HEADLINE, 'The law lets residents tell companies: do not sell my personal information to brokers.', ...BODY] },
  { name: 'a story about consent', paragraphs: [HEADLINE, 'Companies must manage consent carefully under the new rules, analysts said.', ...BODY] },
  // Related-module words in prose and the article's own headings.
  { name: 'a sentence with "more to read"', paragraphs: [HEADLINE, 'Investors will have more to read when the company files its accounts next month.', ...BODY] },
  { name: 'a French sentence on the same theme', paragraphs: [TITRE, 'Sur le même thème, la région a lancé un fonds de 20 millions d’euros pour les robots.', ...CORPS] },
  { name: 'a French sentence on the most shared posts', paragraphs: [TITRE, 'Les plus partagés des messages de la campagne portaient sur l’emploi, selon l’étude.', ...CORPS] },
  { name: 'a French sentence with "abonnez-vous" quoted', paragraphs: [TITRE, '« Abonnez-vous », répétait le fondateur à chaque conférence, a raconté un investisseur.', ...CORPS] },
  // Sign-up, paywall, footer and consent words in the story's own lines.
  { name: 'a how-to line about a waitlist', paragraphs: [HEADLINE, ...BODY, 'Sign up for the waitlist'] },
  { name: 'a sentence about promotional content', paragraphs: [HEADLINE, 'Users may receive promotional content from partners, the privacy policy says, which regulators questioned.', ...BODY] },
  { name: 'a sentence about cookies', paragraphs: [HEADLINE, 'Browsers that allow cookies once per session are safer, researchers found in a study published on Monday.', ...BODY] },
  { name: 'a sentence about browser resolution', paragraphs: [HEADLINE, 'Browsers with higher resolution screens drained batteries faster in the tests, the lab said.', ...BODY] },
  { name: 'a sentence about reusing content', paragraphs: [HEADLINE, 'Publishers that reuse this content must pay a fee to the agency, under the new deal.', ...BODY] },
  { name: 'a sentence about logging in', paragraphs: [HEADLINE, 'Please log in or sign up for a new account, the app tells users, before it shows any prices.', ...BODY] },
  // Archives and closing lines that are the article's.
  { name: 'a sentence about archives', paragraphs: [HEADLINE, 'Archives of the company’s early filings show it raised far less than it claimed.', ...BODY] },
  { name: 'a closing author line before nothing else', paragraphs: [HEADLINE, ...BODY, 'Jane Doe', 'Staff Writer'] },
  // Short capitalised lines that are the article's own: a list of stages inside the body.
  { name: 'a short list inside the body', paragraphs: [HEADLINE, BODY[0]!, 'Seed', 'Series A', 'Series B', 'Growth', ...BODY.slice(1)] },
  // Headlines that open like a slogan.
  { name: 'a French headline about the news', paragraphs: ['L’actualité des start-up cette semaine', ...CORPS] },
  { name: 'an English headline with "your daily"', paragraphs: ['Your daily commute is about to get more expensive, Acme says', ...BODY] },
  // "continues after" in prose.
  { name: 'a story that continues after a break', paragraphs: [HEADLINE, `${BODY[0]!} The story continues after the break, when the founders meet again.`, ...BODY.slice(1)] },
  { name: 'a tunnel that continues below', paragraphs: [HEADLINE, `${BODY[0]!} Story continues below the fold, the editor joked. ${BODY[1]!}`, BODY[2]!] },
  // Alert, app and feed words in prose.
  { name: 'a sentence about breaking news alerts', paragraphs: [HEADLINE, 'Breaking news alerts drove most of the app’s traffic last year, the company said.', ...BODY] },
  { name: 'a sentence about a syndicated feed', paragraphs: [HEADLINE, 'The agency sells a syndicated feed to 300 newspapers, which reprint its stories unchanged.', ...BODY] },
  { name: 'a sentence about getting the app', paragraphs: [HEADLINE, 'Customers who get the app receive a discount on their first order, the retailer said.', ...BODY] },
];

describe('round 7 furniture look-alikes: not boilerplate', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate');
    expect(found.map((a) => a.text)).toEqual([]);
  });
});
