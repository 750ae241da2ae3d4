import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 10 furniture in clean articles: comment, app, follow
 * and tip words in the story's own last sentence or in quotes, reported
 * speech about comment rules, bracketed editor's notes and transcript cues,
 * lower-case brand names at the top. None may be flagged as boilerplate.
 */
const end = (line: string): string[] => [HEADLINE, ...BODY, line];
const fin = (line: string): string[] => [TITRE, ...CORPS, line];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // The story's own last sentence.
  { name: 'an app launch’s last line', paragraphs: end('Users can download the app for free on iOS and Android from Tuesday.') },
  { name: 'a diplomatic last line', paragraphs: end('Both leaders called for a constructive dialogue on the border.') },
  { name: 'a platform’s standards in prose', paragraphs: end('The post violated Meta’s community standards, the oversight board found.') },
  { name: 'investors following a company', paragraphs: end('Investors will follow Nvidia for the latest signal on AI demand.') },
  { name: 'customers leaving comments', paragraphs: end('Customers can leave a comment on each delivery in the app.') },
  { name: 'a story about tips', paragraphs: end('The hotline has received more than 400 news tips since March, the paper reported.') },
  { name: 'a story about paying for videos', paragraphs: end('Broadcasters say they will pay for videos shot by viewers during the storm, the report found.') },
  { name: 'a French sentence on news coverage', paragraphs: fin('Le groupe veut suivre toute l’actualité de ses marchés en Europe.') },
  // Reported speech about comment rules.
  { name: 'a quoted moderation rule', paragraphs: end('“Please keep your comments respectful,” the moderator wrote in a pinned post.') },
  { name: 'a station’s pledge reported', paragraphs: end('The station said it is committed to providing a forum for civil and constructive conversation.') },
  // Comment words in the body, not at its end.
  { name: 'comment rules mid-body', paragraphs: [HEADLINE, BODY[0]!, 'Please keep your comments respectful, moderators ask forum users.', ...BODY.slice(1)] },
  // French prose.
  { name: 'a French app sentence', paragraphs: fin('Les utilisateurs peuvent télécharger l’application gratuitement dès mardi.') },
  { name: 'a French quoted forum', paragraphs: fin('« Rejoignez la discussion », lance le fondateur aux investisseurs.') },
  // Brackets that are not headlines.
  { name: 'a bracketed update note', paragraphs: end('[This story has been updated with comment from the company.]') },
  { name: 'a transcript cue', paragraphs: [HEADLINE, BODY[0]!, '[Applause]', ...BODY.slice(1)] },
  { name: 'an editor’s note in brackets', paragraphs: end('[Editor’s Note: Acme Is a Client of Our Parent Company]') },
  { name: 'a lower-case bracketed aside', paragraphs: [HEADLINE, BODY[0]!, '[inaudible crosstalk between the two speakers]', ...BODY.slice(1)] },
  { name: 'a figure placeholder in brackets', paragraphs: [HEADLINE, BODY[0]!, '[figure 6: Acme’s Robot Arm With Two Grippers]', ...BODY.slice(1)] },
  { name: 'a script speaker in brackets', paragraphs: [HEADLINE, BODY[0]!, '[Alden: Did You Give Me Lexi’s Dose?]', ...BODY.slice(1)] },
  { name: 'an author bio with a follow line', paragraphs: end('Jane Doe is a reporter for Acme News covering robotics. Follow her on Twitter') },
  // Lower-case words at the top that are not tag chips.
  { name: 'a brand in camel case on top', paragraphs: ['iPhone', HEADLINE, ...BODY] },
  { name: 'a lower-case brand headline', paragraphs: ['eBay cuts 500 jobs in its marketplace unit', ...BODY] },
  { name: 'a lone lower-case word mid-body', paragraphs: [HEADLINE, BODY[0]!, 'jobs', ...BODY.slice(1)] },
  // Headlines and name lists at the edges that share the story's words.
  { name: 'a sentence-case headline with names', paragraphs: ['Acme Robotics hires Google veteran as Nvidia ally joins Amazon warehouse push', ...BODY] },
  { name: 'a title-case headline', paragraphs: ['Acme Robotics Raises Fifty Million For Warehouse Robots', ...BODY] },
  { name: 'a closing list of the story’s names', paragraphs: end('Acme Robotics warehouse robots Lyon Boston Series B') },
  { name: 'a photo credit with a long name', paragraphs: end('Portrait by George Del Barrio') },
  { name: 'a print teaser row whose headline is printed again', paragraphs: ['Harvest begins early Farmers in Hebei bring in record wheat crop Ports expand', HEADLINE, ...BODY, 'Farmers in Hebei bring in record wheat crop'] },
  { name: 'a headline of camel-case brands above a dek', paragraphs: ['SoftBank and SenseTime back PayPal rival DoorDash in YouTube deal', 'Delivery app wins backing', ...BODY] },
  { name: 'a headline ending in an agency above the body', paragraphs: ['The We Company drops its name to restore WeWork as official name By Reuters', ...BODY] },
  // Full-article words inside a sentence.
  { name: 'reading the full story in prose', paragraphs: end('Read the full story of how Acme began in our archive, which opens on Monday.') },
];

describe('round 10 furniture look-alikes: not boilerplate', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate');
    expect(found.map((a) => a.text)).toEqual([]);
  });
});
