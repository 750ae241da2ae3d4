/**
 * Page furniture recognised by its shape (utils/artifacts/furniture.ts) and
 * the label additions for rights lines, French paywalls, app promotions and
 * tag labels (utils/artifacts/boilerplate.ts). Each row: a made-up article
 * with one piece of furniture where sites print it, and the excerpt flagged.
 * The look-alikes that must stay are in artifacts-furniture.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { HEADLINE } from '../helpers/artifact-texts';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone, and more orders were coming.',
];
const CORPS = [
  'La start-up lyonnaise Botco a annoncé mardi une levée de fonds de 12 millions d’euros auprès de plusieurs investisseurs.',
  'L’entreprise compte utiliser cet argent pour recruter des ingénieurs et ouvrir des bureaux en Allemagne et en Espagne.',
  'Son président estime que la demande pour ses robots a doublé en un an, portée par le commerce en ligne.',
];

const POSITIVE: Array<{ name: string; paragraphs: string[]; text: string }> = [
  // Unrendered templates.
  {
    name: 'browser banner with an unrendered ${…} placeholder',
    paragraphs: ['Your browser (${ browser.name }) is out of date. Update it for a safer and faster visit to our site.', HEADLINE, ...BODY],
    text: 'Your browser (${ browser.name }) is out of date. Update it for a safer and faster visit to our site.',
  },
  { name: 'a {{…}} placeholder inside a long paragraph: only the placeholder', paragraphs: [HEADLINE, BODY[0]!, `${BODY[1]} Readers in {{ user.city }} can attend the launch event next week, the company said in a statement.`, ...BODY.slice(2)], text: '{{ user.city }}' },
  // Ticker strips.
  {
    name: 'market ticker strip above the headline',
    paragraphs: ['CAC 40', '8 025.80', '+0.83 %', 'DAX', '23 464.63', '-0.97 %', 'Dow Jones', '47 048.10', '+1.29 %', HEADLINE, ...BODY],
    text: '8 025.80\n\n+0.83 %\n\nDAX\n\n23 464.63\n\n-0.97 %\n\nDow Jones\n\n47 048.10\n\n+1.29 %',
  },
  { name: 'ticker strip below the article', paragraphs: [HEADLINE, ...BODY, '1.158', '+0.51 %', '4 120.3', '-1.2 %', '98.4', '+0.1 %'], text: '1.158\n\n+0.51 %\n\n4 120.3\n\n-1.2 %\n\n98.4\n\n+0.1 %' },
  // Quote widgets.
  { name: 'stock-quote widget with an ISIN above the headline', paragraphs: ['TOP PICK', 'Transcorp - FR0001234567', 'Eligible: PEA', HEADLINE, ...BODY], text: 'TOP PICK\n\nTranscorp - FR0001234567\n\nEligible: PEA' },
  // Meta bars.
  { name: 'meta bar: source, counter and rating', paragraphs: [HEADLINE, '| AFP | 214 | No votes yet', ...BODY], text: '| AFP | 214 | No votes yet' },
  { name: 'meta bar: date and comma-separated tags', paragraphs: ['March 3, 2021 | Robotics, Logistics, Funding', HEADLINE, ...BODY], text: 'March 3, 2021 | Robotics, Logistics, Funding' },
  { name: 'archive header with an RSS link', paragraphs: ['Archive | Robotics News RSS for this section', HEADLINE, ...BODY], text: 'Archive | Robotics News RSS for this section' },
  { name: 'meta bar below the article', paragraphs: [HEADLINE, ...BODY, '12/03/2024 | Reuters | 1024'], text: '12/03/2024 | Reuters | 1024' },
  // Navigation and site labels at the edges.
  { name: 'back link above the headline', paragraphs: ['Back to news', HEADLINE, ...BODY], text: 'Back to news' },
  { name: 'French back link below the article', paragraphs: [HEADLINE, ...CORPS, 'Retour à l’accueil'], text: 'Retour à l’accueil' },
  { name: 'site tagline as the first line', paragraphs: ['Latest news about robots and automation. Your daily robotics news habit.', HEADLINE, ...BODY], text: 'Latest news about robots and automation. Your daily robotics news habit.' },
  { name: 'site tagline closing the text', paragraphs: [HEADLINE, ...BODY, 'Independent coverage of the stories that shape your industry.'], text: 'Independent coverage of the stories that shape your industry.' },
  { name: 'dangling label as the last line', paragraphs: [HEADLINE, ...BODY, 'No comments:'], text: 'No comments:' },
  { name: 'all-caps site label above the body', paragraphs: [HEADLINE, 'ROBOWIRE EXCLUSIVE:', ...BODY], text: 'ROBOWIRE EXCLUSIVE:' },
  { name: 'label and bare address below the article', paragraphs: [HEADLINE, ...BODY, 'Link : https://example.com/2021/06/acme-raises-50-million'], text: 'Link : https://example.com/2021/06/acme-raises-50-million' },
  { name: 'auto-poster time stamp and feed name at the end', paragraphs: [HEADLINE, ...BODY, 'June 14, 2021 at 06:00AM', 'RoboFeed'], text: 'June 14, 2021 at 06:00AM\n\nRoboFeed' },
  { name: 'ISO time stamp and feed name at the end', paragraphs: [HEADLINE, ...BODY, '2021-06-14 06:00', 'Robo Feed'], text: '2021-06-14 06:00\n\nRobo Feed' },
  { name: 'two-crumb breadcrumb above the headline', paragraphs: ['Business › Startups', HEADLINE, ...BODY], text: 'Business › Startups' },
  { name: 'breadcrumb below the article', paragraphs: [HEADLINE, ...BODY, 'Tech » Funding » Europe'], text: 'Tech » Funding » Europe' },
  { name: 'row of topic tags above the headline', paragraphs: ['Robotics Logistics Startups Venture', 'Tracking the Warehouse Robot Boom', ...BODY], text: 'Robotics Logistics Startups Venture' },
  // Tokens glued into prose.
  {
    name: 'image path glued to the headline',
    paragraphs: [`Acme raises money01/02/2024/media/images/2024/02/cover_12-c.jpg.445x577_q85_box-0%2C0%2C1264_crop.jpg`, ...BODY],
    text: '01/02/2024/media/images/2024/02/cover_12-c.jpg.445x577_q85_box-0%2C0%2C1264_crop.jpg',
  },
  { name: 'URL-encoded image path standing alone in prose', paragraphs: [HEADLINE, `${BODY[0]} uploads/2024%2F02/thumbs%20big/cover.png ${BODY[1]}`, ...BODY.slice(2)], text: 'uploads/2024%2F02/thumbs%20big/cover.png' },
  { name: 'logo slug glued to the next word', paragraphs: [HEADLINE, `robowire-logoNote: ${BODY[0]}`, ...BODY.slice(1)], text: 'robowire-logo' },
  { name: 'logo slug alone on a line', paragraphs: [HEADLINE, 'acme-robotics-logo', ...BODY], text: 'acme-robotics-logo' },
  { name: 'link label glued after a full stop', paragraphs: [HEADLINE, `${BODY[0]} The parties did not disclose terms. Story`, ...BODY.slice(1)], text: 'Story' },
  { name: 'French link label glued after a full stop', paragraphs: [HEADLINE, `${CORPS[0]} Le montant n’a pas été dévoilé. Lire la suite`, ...CORPS.slice(1)], text: 'Lire la suite' },
  { name: 'French breadcrumb glued to the head of a paragraph', paragraphs: [`Accueil > Robotique & IA > Botco lève 12 millions d’euros ${CORPS[0]}`, ...CORPS.slice(1)], text: 'Accueil > Robotique & IA >' },
  { name: 'English breadcrumb glued to the head of a paragraph', paragraphs: [`Home › Startups › ${BODY[0]}`, ...BODY.slice(1)], text: 'Home › Startups ›' },
  // Label additions.
  { name: 'copyright line with a year', paragraphs: [HEADLINE, ...BODY, '© 2024 RoboWire. All rights reserved. For personal use only.'], text: '© 2024 RoboWire. All rights reserved. For personal use only.' },
  { name: 'rights line without ©', paragraphs: [HEADLINE, ...BODY, 'RoboWire Media Group. All rights reserved.'], text: 'RoboWire Media Group. All rights reserved.' },
  { name: 'French rights line', paragraphs: ['Botco lève 12 millions d’euros', ...CORPS, 'Copyright 2024 Robo Médias - Tous droits réservés'], text: 'Copyright 2024 Robo Médias - Tous droits réservés' },
  { name: 'a repeated rights line is boilerplate, not a duplicated paragraph', paragraphs: [HEADLINE, BODY[0]!, '© 2024 RoboWire. All rights reserved.', BODY[1]!, '© 2024 RoboWire. All rights reserved.', BODY[2]!], text: '© 2024 RoboWire. All rights reserved.' },
  { name: 'French paywall badge', paragraphs: ['Botco lève 12 millions d’euros', 'Article réservé aux abonnés', ...CORPS], text: 'Article réservé aux abonnés' },
  { name: 'French paywall prompt', paragraphs: ['Botco lève 12 millions d’euros', ...CORPS, 'Pour lire gratuitement cet article réservé aux abonnés, connectez-vous'], text: 'Pour lire gratuitement cet article réservé aux abonnés, connectez-vous' },
  { name: 'app promotion', paragraphs: [HEADLINE, ...BODY, 'Get the RoboWire app'], text: 'Get the RoboWire app' },
  { name: 'app-store button description', paragraphs: [HEADLINE, ...BODY, "A button that says 'Get it on, Google Play', and if clicked it will lead you to the Google Play store"], text: "A button that says 'Get it on, Google Play', and if clicked it will lead you to the Google Play store" },
  { name: 'tag label and feed lead-in', paragraphs: [HEADLINE, ...BODY, 'More About: robots', 'For more Robotics coverage:', 'Other story headline goes here'], text: 'More About: robots\n\nFor more Robotics coverage:' },
  { name: 'French keywords label', paragraphs: ['Botco lève 12 millions d’euros', ...CORPS, 'Mots-clés : robotique, levée de fonds'], text: 'Mots-clés : robotique, levée de fonds' },
  { name: 'Yoast placeholders in a title line', paragraphs: ['%%title%% %%sep%% %%sitename%%', HEADLINE, ...BODY], text: '%%title%% %%sep%% %%sitename%%' },
  { name: 'meta bar whose field is a label (no date)', paragraphs: [HEADLINE, ...BODY, 'Startups, Robotics | Leave a comment'], text: 'Startups, Robotics | Leave a comment' },
  { name: 'footer row of links below the article', paragraphs: [HEADLINE, ...BODY, 'Help Status About Careers Press Blog Privacy Terms'], text: 'Help Status About Careers Press Blog Privacy Terms' },
  { name: 'Blogger labels line', paragraphs: [HEADLINE, ...BODY, 'Labels: robots, funding'], text: 'Labels: robots, funding' },
  { name: 'Blogger post links', paragraphs: [HEADLINE, ...BODY, 'Newer Post Older Post Home'], text: 'Newer Post Older Post Home' },
  { name: 'WordPress visit counter', paragraphs: [HEADLINE, ...BODY, '(Visited 1,234 times, 3 visits today)'], text: '(Visited 1,234 times, 3 visits today)' },
  { name: 'French widget label', paragraphs: ['Botco lève 12 millions d’euros', 'Offrir cet article', ...CORPS], text: 'Offrir cet article' },
  { name: 'back-to-top link with its arrow', paragraphs: [HEADLINE, ...BODY, 'Back to Top ↑'], text: 'Back to Top ↑' },
  { name: 'blog-engine credit', paragraphs: [HEADLINE, ...BODY, 'Proudly powered by WordPress'], text: 'Proudly powered by WordPress' },
  { name: 'ad report link', paragraphs: [HEADLINE, BODY[0]!, 'Report this ad', ...BODY.slice(1)], text: 'Report this ad' },
  { name: 'French share label', paragraphs: ['Botco lève 12 millions d’euros', ...CORPS, 'Partager l’article'], text: 'Partager l’article' },
  { name: 'French sponsor label', paragraphs: ['Botco lève 12 millions d’euros', 'Contenu sponsorisé', ...CORPS], text: 'Contenu sponsorisé' },
  { name: 'French back-to-top link', paragraphs: ['Botco lève 12 millions d’euros', ...CORPS, 'Retour en haut de la page'], text: 'Retour en haut de la page' },
  { name: 'platform sign-up promo', paragraphs: [HEADLINE, ...BODY, 'Sign up to discover human stories that deepen your understanding of the world.'], text: 'Sign up to discover human stories that deepen your understanding of the world.' },
  { name: 'a button label with its colon', paragraphs: [HEADLINE, ...BODY, 'Share:'], text: 'Share:' },
  { name: 'print plugin residue', paragraphs: [HEADLINE, ...BODY, 'Print Friendly, PDF & Email'], text: 'Print Friendly, PDF & Email' },
  { name: 'ad label with its reading prompt', paragraphs: [HEADLINE, BODY[0]!, 'Advertisement - Continue Reading Below', ...BODY.slice(1)], text: 'Advertisement - Continue Reading Below' },
  { name: 'French paywall sentence', paragraphs: ['Botco lève 12 millions d’euros', ...CORPS, 'Vous lisez un article réservé aux abonnés.'], text: 'Vous lisez un article réservé aux abonnés.' },
  { name: 'page links glued after the last sentence', paragraphs: [HEADLINE, ...BODY.slice(0, 2), `${BODY[2]} Order Reprints | Today’s Paper | Subscribe`], text: 'Order Reprints | Today’s Paper | Subscribe' },
  { name: 'follow row with its networks', paragraphs: [HEADLINE, ...BODY, 'Follow RoboWire: Twitter |Facebook'], text: 'Follow RoboWire: Twitter |Facebook' },
  { name: 'gallery meta bar with a photo count above the body', paragraphs: ['Gallery: Acme warehouse robots | 14 Photos', HEADLINE, ...BODY], text: 'Gallery: Acme warehouse robots | 14 Photos' },
  { name: 'one-line quotes above the headline', paragraphs: ['CAC 40 8 025.80 +0.83 %', 'DAX 23 464.63 -0.97 %', 'Nasdaq 17,842.11 ▼1.2%', HEADLINE, ...BODY], text: 'CAC 40 8 025.80 +0.83 %\n\nDAX 23 464.63 -0.97 %\n\nNasdaq 17,842.11 ▼1.2%' },
  { name: 'French share buttons with networks', paragraphs: ['Botco lève 12 millions d’euros', ...CORPS, 'Partager sur Facebook Partager sur Twitter Envoyer par e-mail'], text: 'Partager sur Facebook Partager sur Twitter Envoyer par e-mail' },
  { name: 'UTC time stamp and feed name at the end', paragraphs: [HEADLINE, ...BODY, '2021-06-14T06:00:00Z', 'RoboFeed'], text: '2021-06-14T06:00:00Z\n\nRoboFeed' },
  { name: 'WordPress upload path glued to a word', paragraphs: [`Acme raises moneywp-content/uploads/2024/02/robots-300x200.jpg`, ...BODY], text: 'moneywp-content/uploads/2024/02/robots-300x200.jpg' },
  { name: 'logo slug with underscores', paragraphs: [HEADLINE, `robo_wire_logo${BODY[0]}`, ...BODY.slice(1)], text: 'robo_wire_logo' },
  { name: 'comma tag list above the headline', paragraphs: ['Fintech, Startups, Venture Capital', 'Tracking the Warehouse Robot Boom', ...BODY], text: 'Fintech, Startups, Venture Capital' },
  { name: 'weekday date next to a cover price (print masthead)', paragraphs: ['THURSDAY, September 24, 2020', 'robowire.com', 'RMB', '¥2', HEADLINE, ...BODY], text: 'THURSDAY, September 24, 2020\n\nrobowire.com\n\nRMB\n\n¥2' },
];

describe('furniture by shape: flagged as boilerplate', () => {
  it.each(POSITIVE)('$name', ({ paragraphs, text }) => {
    const found = findArtifacts({ paragraphs });
    const hit = found.find((a) => a.kind === 'boilerplate' && a.text === text);
    expect(hit, JSON.stringify(found.map((a) => [a.kind, a.text]))).toBeDefined();
    expect(hit!.fix).toBe('');
    expect(paragraphs.join('\n\n')).toContain(hit!.text);
    // A repeated furniture line is boilerplate, never a duplicated paragraph as well.
    expect(found.filter((a) => a.kind === 'duplicated-paragraph' && a.text === text)).toEqual([]);
  });
});
