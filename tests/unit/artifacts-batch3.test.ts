/**
 * Rules generalised from the batch-3 diagnosis (.tmp/batch3-artifacts-report.md):
 * each positive row is the real line that showed the rule (fixtures 50–79),
 * put in a neutral article; the kind and the excerpt are both checked, so a
 * right excerpt under the wrong kind fails. Negatives live in
 * artifacts-batch3-negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];
const HEADLINE = 'Acme Robotics raises $50 million to build warehouse robots';

interface Row { name: string; paragraphs: string[]; kind: string; text: string }

const STANDFIRST = 'To bolster its free medical photo-sharing app, Toronto startup Figure 1 raised US$4-million in its series A financing round earlier this month, largely driven by New York-based Union Square Ventures, an early investor in Twitter, Tumblr, Zynga and Kickstarter';

export const POSITIVE: Row[] = [
  // 1. Kind confusions.
  { name: 'a long standfirst repeated as the first paragraph is a duplicated paragraph, not a caption', paragraphs: [HEADLINE, STANDFIRST, `${STANDFIRST}.`, ...BODY], kind: 'duplicated-paragraph', text: `${STANDFIRST}.` },
  { name: 'a copy of the headline cut on a function word is a truncated sentence', paragraphs: ['The We Company drops ‘We’ name to restore WeWork as company’s official name', "The We Company drops 'We' name to restore WeWork as", ...BODY], kind: 'truncated-sentence', text: "The We Company drops 'We' name to restore WeWork as" },
  // 2. Boilerplate: chrome above the headline.
  { name: 'a skip link in another language', paragraphs: ['Saltear al contenido principal', HEADLINE, ...BODY], kind: 'boilerplate', text: 'Saltear al contenido principal' },
  { name: 'a logo alt text and a section label above the headline', paragraphs: ['rits logo', 'Wealth Management', 'What is Seed Funding? Understand how seed funding works?', ...BODY], kind: 'boilerplate', text: 'rits logo\n\nWealth Management' },
  { name: 'a section label under "Connect with us"', paragraphs: ['Connect with us', 'Investment', 'Digital investment in islands', ...BODY], kind: 'boilerplate', text: 'Connect with us\n\nInvestment' },
  { name: 'a page-type label as the first line', paragraphs: ['Article', HEADLINE, ...BODY], kind: 'boilerplate', text: 'Article' },
  { name: 'a bare site address and section labels', paragraphs: ['early.tools', 'Seed Funding', 'Definition', ...BODY], kind: 'boilerplate', text: 'early.tools\n\nSeed Funding\n\nDefinition' },
  // Since batch 18's print-page-citation rule (3b7f9b7), the archive's page-citation title above the button is furniture too, so
  // the three header lines are one block of site chrome (the button is still inside it).
  { name: 'Share Page', paragraphs: ['Lima News Newspaper Archive: September 14, 1952 - Page 1', 'Share Page', 'Publication: Lima News', ...BODY], kind: 'boilerplate', text: 'Lima News Newspaper Archive: September 14, 1952 - Page 1\n\nShare Page\n\nPublication: Lima News' },
  { name: 'a support phone line', paragraphs: ['Questions? Call (888) 845-2887 Hablamos Español', HEADLINE, ...BODY], kind: 'boilerplate', text: 'Questions? Call (888) 845-2887 Hablamos Español' },
  { name: 'a metered-paywall prompt split over two lines', paragraphs: [HEADLINE, 'Get 1 more page view just for clicking', 'to like us on Facebook', ...BODY], kind: 'boilerplate', text: 'Get 1 more page view just for clicking\n\nto like us on Facebook' },
  { name: 'wiki chrome', paragraphs: ['Series A round', 'From Wikipedia, the free encyclopedia', ...BODY, 'Sources of capital', '[edit]', BODY[0]!.replace('Acme', 'Beta')], kind: 'boilerplate', text: '[edit]' },
  { name: 'the encyclopedia tagline', paragraphs: ['Series A round', 'From Wikipedia, the free encyclopedia', ...BODY], kind: 'boilerplate', text: 'From Wikipedia, the free encyclopedia' },
  { name: 'a document viewer page counter', paragraphs: ['You are on page 1of 10', HEADLINE, ...BODY], kind: 'boilerplate', text: 'You are on page 1of 10' },
  { name: 'a date widget that lost its date', paragraphs: [HEADLINE, 'Published', 'on', ...BODY], kind: 'boilerplate', text: 'Published\n\non' },
  // 2. Boilerplate: prompts in the body.
  { name: 'a newsletter slogan and its inbox prompt', paragraphs: [HEADLINE, ...BODY, 'Stay ahead of the market.', 'Get curated U.S. market news, insights and key dates delivered to your inbox.'], kind: 'boilerplate', text: 'Stay ahead of the market.\n\nGet curated U.S. market news, insights and key dates delivered to your inbox.' },
  { name: 'a forwarded-newsletter intro', paragraphs: [HEADLINE, "Welcome to Insider Finance. If this was forwarded to you, sign up here. Plus, download Insider's app for news on the go - click here for iOS and here for Android.", ...BODY], kind: 'boilerplate', text: "Welcome to Insider Finance. If this was forwarded to you, sign up here. Plus, download Insider's app for news on the go - click here for iOS and here for Android." },
  { name: 'an account prompt after a garbled emoji', paragraphs: [HEADLINE, BODY[0]!, 'Would you like to join the global platform for startups? Create your account for free and start connecting with great investors and companies today!', ...BODY.slice(1)], kind: 'boilerplate', text: 'Would you like to join the global platform for startups? Create your account for free and start connecting with great investors and companies today!' },
  { name: 'a promotional imperative ending in "!"', paragraphs: [HEADLINE, BODY[0]!, 'Visit Finnovating to connect with over 8k investors from all around the world and begin to grow your company!', ...BODY.slice(1)], kind: 'boilerplate', text: 'Visit Finnovating to connect with over 8k investors from all around the world and begin to grow your company!' },
  { name: 'the page title with its site address', paragraphs: [HEADLINE, BODY[0]!, 'What is Seed Funding? Definition, Stages & How It Works | early.tools', ...BODY.slice(1)], kind: 'boilerplate', text: 'What is Seed Funding? Definition, Stages & How It Works | early.tools' },
  { name: 'a related link glued after a sentence end', paragraphs: [HEADLINE, 'Hyperloop has added another $26 million to its war chest of cash.SEE ALSO: Construction of $150 million hyperloop test track beginning in weeksHyperloop is on its second major round of funding, the company said.', ...BODY], kind: 'boilerplate', text: 'SEE ALSO: Construction of $150 million hyperloop test track beginning in weeks' },
  { name: 'a "Source:" line repeating the headline', paragraphs: ['Hyperloop announces $26 million in new funding for the pneumatic metal tubes of the future', ...BODY, 'Source: Hyperloop announces $26 million in new funding for the pneumatic metal tubes of the future'], kind: 'boilerplate', text: 'Source: Hyperloop announces $26 million in new funding for the pneumatic metal tubes of the future' },
  { name: 'a teaser chip glued to the start of a paragraph', paragraphs: ['Read More 9 minute read Is this ‘secret’ business the world’s smartest media company? The plight of traditional newspaper businesses is depressing many people.', ...BODY], kind: 'boilerplate', text: 'Read More 9 minute read' },
  // 3. Byline noise.
  { name: 'a read-time badge glued to the date', paragraphs: [HEADLINE, 'Friday, Mar 13, 2026 4:03 pm ET1min read', ...BODY], kind: 'byline-noise', text: 'Friday, Mar 13, 2026 4:03 pm ET1min read' },
  { name: 'an account name as the author', paragraphs: ['Author: azeeadmin', HEADLINE, ...BODY], kind: 'byline-noise', text: 'Author: azeeadmin' },
  { name: 'a lower-case "by" glued to the name and the name to the date', paragraphs: [HEADLINE, 'The plight of traditional newspaper businesses is depressing many people in the UK. Journalists… byColin Morrison13 October 2011', ...BODY], kind: 'byline-noise', text: 'byColin Morrison13 October 2011' },
  { name: 'an agency glued to the headline', paragraphs: ['The We Company drops ‘We’ name to restore WeWork as company’s official name By Reuters', ...BODY], kind: 'byline-noise', text: ' By Reuters' },
  { name: 'a publication glued to the headline', paragraphs: ['Connect with us', 'Digital investment in islands – Kathimerini English Edition', ...BODY], kind: 'byline-noise', text: ' – Kathimerini English Edition' },
  // 4. Truncated sentences mid-body.
  { name: 'a link preview cut mid-word, the text going on in lower case', paragraphs: [HEADLINE, 'A convertible note is a short-term debt instrument. It is a hybrid security including properties of both an equity and a debt ins ...', 'sold to investors in exchange for their investment.', ...BODY], kind: 'truncated-sentence', text: 'It is a hybrid security including properties of both an equity and a debt ins ...' },
  { name: 'a teaser cut by "…" with a byline glued after it', paragraphs: [HEADLINE, 'The plight of traditional newspaper businesses is depressing many people in the UK. Journalists… byColin Morrison13 October 2011', ...BODY], kind: 'truncated-sentence', text: 'Journalists…' },
  // 5. Merged stories on blog-index pages. Since the gold re-annotation (CONVENTIONS.md §listings) the excerpt is the later
  // post's headline; its date or "Posted by" line is the post's metadata (these rows once expected that line).
  { name: 'a second post: a date line and a headline after the first post', paragraphs: ['23 Jun 2021', 'Before an exit, founders must get their employment law ducks in a row', ...BODY, '23 Jun 2021', 'As clinical guidelines shift, heart disease screening startup pulls in $43M Series B'], kind: 'merged-stories', text: 'As clinical guidelines shift, heart disease screening startup pulls in $43M Series B' },
  { name: 'a second post: a split headline and its "Posted by" line', paragraphs: ['AT&T Statement on High-Tech,', 'VC Support for T-Mobile Merger', 'Posted by: AT&T Blog Team on June 7, 2011 at 1:31 pm', ...BODY, 'Empowering Entrepreneurs at', 'National Small Business Week', 'Posted by: AT&T Blog Team on June 3, 2011 at 11:27 am', 'By Cathy Martine, AT&T EVP-Small Business Solutions'], kind: 'merged-stories', text: 'Empowering Entrepreneurs at\n\nNational Small Business Week' },
  // 6. Lost hyphens: start-up vocabulary on a page that lost every hyphen.
  { name: 'earlystage', paragraphs: [HEADLINE, 'Seed funding is the initial round of investment that helps an earlystage startup cover core expenses.', ...BODY], kind: 'lost-hyphen', text: 'earlystage' },
  { name: 'followon', paragraphs: [HEADLINE, 'A strong seed round helps founders attract larger followon funding from bigger funds.', ...BODY], kind: 'lost-hyphen', text: 'followon' },
  { name: 'revenueready', paragraphs: [HEADLINE, 'It moves a startup from idea to a working, revenueready business model, typically in exchange for equity.', ...BODY], kind: 'lost-hyphen', text: 'revenueready' },
  { name: 'sidehustle', paragraphs: [HEADLINE, 'The founders must move out of the hobby or sidehustle zone before they raise money.', ...BODY], kind: 'lost-hyphen', text: 'sidehustle' },
  // 7. Mojibake.
  { name: 'a lost ligature printed as a lone "?"', paragraphs: [HEADLINE, 'The company will expand its future-ready ?ber and wireless services across the country.', ...BODY], kind: 'mojibake', text: '?ber' },
  { name: 'an emoji read as GBK at the start of an English paragraph', paragraphs: [HEADLINE, BODY[0]!, '馃殌 Our platform connects startups with great investors and companies around the world every day.', ...BODY.slice(1)], kind: 'mojibake', text: '馃殌' },
  // 8. Duplicated paragraphs and captions.
  { name: 'a short headline printed again after the body', paragraphs: ["Stankey visited to discuss AT&T's $250B US investment", ...BODY, "Stankey visited to discuss AT&T's $250B US investment"], kind: 'duplicated-paragraph', text: "Stankey visited to discuss AT&T's $250B US investment" },
  { name: 'a title printed again under its photo credit', paragraphs: ['Road To Funding', 'Photo Credit: Jaisen Mathai', 'Road To Funding', ...BODY], kind: 'duplicated-caption', text: 'Photo Credit: Jaisen Mathai\n\nRoad To Funding' },
  { name: 'a credit line printed twice in a row (spaced colon)', paragraphs: [HEADLINE, 'Image credit : XCOR Aerospace', 'Image credit : XCOR Aerospace', ...BODY], kind: 'duplicated-caption', text: 'Image credit : XCOR Aerospace\n\nImage credit : XCOR Aerospace' },
];

describe('batch 3 rules: each finds its artifact under the right kind', () => {
  it.each(POSITIVE)('$name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs });
    expect(found.map((a) => `${a.kind}: ${a.text}`)).toContain(`${kind}: ${text}`);
    // The excerpt is not claimed under another kind as well.
    expect(found.filter((a) => a.kind !== kind && (a.text.includes(text) || text.includes(a.text)))).toEqual([]);
  });
});
