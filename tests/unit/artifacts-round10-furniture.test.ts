import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, HEADLINE } from '../helpers/artifact-texts';
import { expectBoilerplateFlag, furnitureRow as row, type FurnitureRow as Row } from '../helpers/furniture-rows';

/**
 * Round 10 (issue 4, batch 9): furniture by shape at the body's edges. The
 * outlet's closing footer about itself (comment rules, forum promos, tip
 * lines, keep-checking and follow lines, the site's self-description, app
 * promos), a teaser's "read full article" button, a related headline in
 * square brackets, a lower-case tag chip above the headline. Lines of our
 * own invention in other outlets' wording, English and French. Each row must
 * give a boilerplate flag whose excerpt is exactly `text`.
 */



const ROWS: Row[] = [
  // The outlet's own footer: comment rules and forum promos.
  row('a TV station’s comment rules', 'end', ['WKRN News 2 is committed to providing a forum for civil and constructive conversation.', 'Please keep your comments respectful and relevant. You can review our Community Guidelines by clicking here']),
  row('a forum promo', 'end', ['Join our new commenting forum', 'Join the discussion below and read our community guidelines before you post.']),
  row('a moderation notice', 'end', ['Comments are moderated and will appear once approved.']),
  row('a comment prompt', 'end', ['Please leave your comments below and keep them civil.']),
  // Tip lines.
  row('a story-idea line', 'end', ['If you would like to share a story idea, please submit it here.']),
  row('a news-tip line', 'end', ['Have a news tip? Email us at tips@example.com']),
  row('a tabloid tip box', 'end', [
    'Do you have a story for the Daily Post news desk?',
    'Email us at tips@dailypost.example or call 0207 000 0000. You can WhatsApp us on 07400 000000. We pay for videos too. Click here to upload yours.',
  ]),
  row('a short tip prompt', 'end', ['Got a story? Email us at newsdesk@example.com']),
  row('a French follow footer', 'end', ['Retrouvez toute l’actualité de la tech sur notre application'], true),
  // Keep-checking and follow footers, self-description, app promos.
  row('a latest-on-this-story footer', 'end', ['For the latest updates on this story, visit our homepage.']),
  row('a follow footer', 'end', ['Follow Reuters Business for the latest']),
  row('a follow-us footer', 'end', ['Follow us on Instagram and TikTok for more.']),
  row('a site self-description', 'end', ['Thecourier.co.uk is your go-to destination for local news, sport and what’s on.']),
  row('an app promo', 'end', ['Download our free app for the best experience, on iPhone and Android.']),
  row('a whole tabloid footer', 'end', [
    'For the latest headlines on this story, follow us on Facebook.',
    'Dailystar.co.uk is your number one destination for showbiz news and must-see video.',
    'Download our brand new App for the best ever Star Online experience.',
  ]),
  // French footers.
  row('a French moderation notice', 'end', ['Les commentaires sont modérés. Merci de rester courtois.'], true),
  row('a French forum promo', 'end', ['Rejoignez la discussion sur notre forum'], true),
  row('a French app promo', 'end', ['Téléchargez notre application pour suivre l’actualité en direct'], true),
  row('a French tip line', 'end', ['Une info à nous transmettre ? Écrivez-nous'], true),
  // A teaser's button to the whole story.
  row('a full-article button in capitals', 'end', ['READ FULL ARTICLE']),
  row('a full-story button', 'end', ['Read the full story']),
  row('a view-full-article button', 'end', ['View full article']),
  row('a French full-article button', 'end', ['Lire l’article complet'], true),
  // Related headlines in square brackets.
  row('a bracketed related headline', 'middle', ['[Acme Lays Off 200 Staff as Orders Slow]']),
  row('a bracketed headline with quotes', 'end', ['[Jane Doe ‘Not Surprised’ by Allegations at ‘Morning Show’]']),
  row('a bracketed related label', 'middle', ['[Related: Gannett Cuts More Newsroom Jobs]']),
  row('a bracketed read label', 'end', ['[Read: Why Acme’s Rivals Are Struggling to Hire]']),
  row('a French bracketed related link', 'middle', ['[À lire aussi : Les Echos rachètent Netexplo]'], true),
  // Rows of link labels run together at the edges.
  row('a promo row above the headline', 'top', ['How savings bonds work Compare today’s rates Best mortgage deals of June Protecting your pension']),
  row('a nav row glued without spaces', 'top', ['HomeNewsSportsEntertainmentWeather']),
  row('a promo row after the body', 'end', ['Top stories Latest videos Most read Weather radar Traffic cams']),
  row('a French nav row', 'top', ['Les plus lus Nos podcasts Météo locale Petites annonces Jeux concours'], true),
  // A lower-case slug above the headline (a plain word there, "jobs", is a category name: page metadata since round 42,
  // artifacts-round42-section-labels.test.ts).
  row('a tracking image’s slug', 'top', ['facebook-page-view']),
  row('a sidebar box’s slug', 'top', ['e-magazine']),
];

describe('round 10 furniture: flagged as boilerplate', () => {
  it.each(ROWS)('$name', expectBoilerplateFlag);
});

/**
 * Size guard: long glued inputs (digit runs, glued words, comma chains, thousands of short lines) go through the
 * whole finder and give only in-bounds excerpts. No timing assertion: the fuzz run measures time; this row fails if a
 * rule throws, loops or reports an excerpt that is not in the text.
 */
const LONG_INPUTS: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'a 50,000-digit run', paragraphs: [HEADLINE, '1'.repeat(50_000), ...BODY] },
  { name: 'a glued word run', paragraphs: [HEADLINE, 'ReadMoreShareThis'.repeat(3_000), ...BODY] },
  { name: 'a comma chain', paragraphs: [HEADLINE, 'Acme, '.repeat(10_000), ...BODY] },
  { name: 'thousands of identical short lines', paragraphs: [HEADLINE, ...BODY, ...Array.from({ length: 5_000 }, () => '123456789')] },
  { name: 'a long bracketed run', paragraphs: [HEADLINE, ...BODY, `[${'Word '.repeat(20_000)}]`] },
  { name: 'a long footer-like line', paragraphs: [HEADLINE, ...BODY, `Follow ${'Acme '.repeat(20_000)}for the latest`] },
];

describe('round 10: long inputs stay in bounds', () => {
  it.each(LONG_INPUTS)('$name', ({ paragraphs }) => {
    const joined = paragraphs.join('\n\n');
    const found = findArtifacts({ paragraphs });
    for (const a of found) expect(joined.includes(a.text), a.kind).toBe(true);
    expect(found.length).toBeLessThan(10_000);
  });
});
