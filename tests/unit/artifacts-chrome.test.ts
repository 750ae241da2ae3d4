/**
 * Page chrome (boilerplate): glued menus, short UI labels, runs of labels
 * above or below the body, a breadcrumb glued to the headline. Positive rows
 * come from real scraped pages (the sentence that showed the rule), negative
 * rows are what a clean article contains that looks alike.
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { isGluedMenu } from '../../utils/artifacts/menus';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];
const HEADLINE = 'Acme Robotics raises $50 million to build warehouse robots';

interface Row { name: string; paragraphs: string[]; text: string }

const POSITIVE: Row[] = [
  { name: 'glued corporate menu', paragraphs: ['FinancialGovernment SolutionsLegalReuters News AgencyRisk Management SolutionsTax & AccountingBlog: Answers OnInnovation @ Thomson Reuters', HEADLINE, ...BODY], text: 'FinancialGovernment SolutionsLegalReuters News AgencyRisk Management SolutionsTax & AccountingBlog: Answers OnInnovation @ Thomson Reuters' },
  { name: 'glued edition picker', paragraphs: [HEADLINE, ...BODY, 'AfricaAmérica LatinaعربيArgentinaBrasilCanada中国DeutschlandEspañaFranceIndiaItalia日本MéxicoРОССИЯUnited KingdomUnited States'], text: 'AfricaAmérica LatinaعربيArgentinaBrasilCanada中国DeutschlandEspañaFranceIndiaItalia日本MéxicoРОССИЯUnited KingdomUnited States' },
  { name: 'header links above the headline', paragraphs: ['Directory of sites', 'Login', 'Contact', 'Support', 'Reuters logo', HEADLINE, ...BODY], text: 'Directory of sites\n\nLogin\n\nContact\n\nSupport\n\nReuters logo' },
  { name: 'teaser headlines around their section labels', paragraphs: ['Sections', 'Featured', 'When neutron stars collide', 'science', 'When neutron stars collide', HEADLINE, ...BODY], text: 'Sections\n\nFeatured\n\nWhen neutron stars collide\n\nscience\n\nWhen neutron stars collide' },
  { name: 'layout class names after the body', paragraphs: [...BODY, '0 : 0', '• narrow-browser-and-phone', '• medium-browser-and-portrait-tablet', '• landscape-tablet'], text: '0 : 0\n\n• narrow-browser-and-phone\n\n• medium-browser-and-portrait-tablet\n\n• landscape-tablet' },
  { name: 'section names above the headline', paragraphs: ['World', 'Business', 'Markets', 'Tech', HEADLINE, ...BODY], text: 'World\n\nBusiness\n\nMarkets\n\nTech' },
  { name: 'share counters', paragraphs: [HEADLINE, '0', '0', '0', '0', ...BODY], text: '0\n\n0\n\n0\n\n0' },
  { name: 'decorated ad label', paragraphs: [...BODY.slice(0, 2), '- Advertisement -', BODY[2]!], text: '- Advertisement -' },
  { name: 'ad shortcode placeholders and source link', paragraphs: ['[ad_1]', ...BODY, '[ad_2]', 'Source link'], text: '[ad_2]\n\nSource link' },
  { name: 'syndication note', paragraphs: [...BODY, 'Image and article originally from seekingalpha.com. Read the original article here.'], text: 'Image and article originally from seekingalpha.com. Read the original article here.' },
  { name: 'archive-age banner', paragraphs: [HEADLINE, 'This article is more than 5 month old.', ...BODY], text: 'This article is more than 5 month old.' },
  { name: 'related link ending in a question', paragraphs: [...BODY.slice(0, 2), 'Also read: What is Indian about the Indian entrepreneur?', BODY[2]!], text: 'Also read: What is Indian about the Indian entrepreneur?' },
  { name: 'feed-reader chrome', paragraphs: ['FreshRSS', '🔒', '❌ About FreshRSS', HEADLINE, ...BODY], text: 'FreshRSS\n\n🔒\n\n❌ About FreshRSS' },
  { name: 'reading time', paragraphs: [HEADLINE, '1 Min Read', ...BODY], text: '1 Min Read' },
  { name: 'audio player and reading time', paragraphs: [HEADLINE, 'Listen to the Article(6 Minutes)', '16 Min Read', ...BODY], text: 'Listen to the Article(6 Minutes)\n\n16 Min Read' },
  { name: 'author photo alt text', paragraphs: [HEADLINE, 'Profile image', ...BODY], text: 'Profile image' },
  { name: 'hashtag line', paragraphs: [HEADLINE, '#Cyclical Consumer Goods', ...BODY], text: '#Cyclical Consumer Goods' },
  { name: 'weather widget', paragraphs: ['Kuala Lumpur 28°C, Mostly Cloudy', HEADLINE, ...BODY], text: 'Kuala Lumpur 28°C, Mostly Cloudy' },
  { name: 'share bar and close button', paragraphs: [HEADLINE, BODY[0]!, 'Twitter Facebook Linkedin Flipboard Email', '×', ...BODY.slice(1)], text: 'Twitter Facebook Linkedin Flipboard Email\n\n×' },
  { name: 'icon accessibility text', paragraphs: ['Chevron icon It indicates an expandable section or menu, or sometimes previous / next navigation options. HOMEPAGE', HEADLINE, ...BODY], text: 'Chevron icon It indicates an expandable section or menu, or sometimes previous / next navigation options. HOMEPAGE' },
  { name: 'French newsletter prompt', paragraphs: ['Recevez chaque jour toute l\'actualité du numérique', HEADLINE, ...BODY], text: 'Recevez chaque jour toute l\'actualité du numérique' },
  { name: 'French related-story link', paragraphs: [...BODY.slice(0, 2), 'Lire aussi : Les critiques de la CNIL contre le projet de loi sur le renseignement', BODY[2]!], text: 'Lire aussi : Les critiques de la CNIL contre le projet de loi sur le renseignement' },
  {
    name: 'breadcrumb glued to a copy of the headline',
    paragraphs: ['homestartup NewsStartup Digest: Sharechat trims 20% of its workforce, Byju’s changes sales strategy', 'Startup Digest: Sharechat trims 20% of its workforce, Byju’s changes sales strategy', ...BODY],
    text: 'homestartup NewsStartup Digest: Sharechat trims 20% of its workforce, Byju’s changes sales strategy',
  },
];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'camel-case brands in a headline', paragraphs: ['SoftBank and SenseTime back PayPal rival DoorDash in YouTube deal', ...BODY] },
  { name: 'camel-case brands in a sentence', paragraphs: [...BODY, 'SenseTime, LinkedIn, GlaxoSmithKline and PricewaterhouseCoopers joined the round'] },
  { name: 'code identifiers', paragraphs: [...BODY, 'Added logAdminCommands, showDeathMessages, reducedDebugInfo and sendCommandFeedback game rules'] },
  { name: 'a logo caption in the body (Wikipedia)', paragraphs: [...BODY.slice(0, 2), 'Firefox logo', BODY[2]!] },
  { name: 'kicker, headline and byline above the body', paragraphs: ['Technology', HEADLINE, 'By Jane Doe', 'March 3, 2021', ...BODY] },
  { name: 'numbers in a table column', paragraphs: [...BODY.slice(0, 2), '12', '15', BODY[2]!] },
  { name: 'a sentence about an article that originally ran elsewhere', paragraphs: [...BODY, 'The report, which originally appeared in a trade journal, was cited by the regulator in its ruling last week.'] },
  { name: 'a country infobox above the body', paragraphs: ['New Zealand', 'Capital', 'Wellington', 'Government', 'Unitary parliamentary democracy', ...BODY] },
  { name: 'an infobox above the body', paragraphs: ['Mozilla', 'Industry', 'Open-source software', 'Founded', 'February 23, 1998', ...BODY] },
  { name: 'byline split over lines', paragraphs: [...BODY, 'Abigail Williams', 'and', 'Beomsu Jo', 'contributed'] },
  { name: 'a list in the body', paragraphs: [...BODY.slice(0, 2), 'The fund backs:', 'Robotics', 'Batteries', 'Software', BODY[2]!] },
  { name: 'a numbered heading matching another heading', paragraphs: [...BODY, '3 Government and politics of the new republic', 'Government and politics of the new republic', ...BODY] },
  { name: 'a headline that is a question with a temperature', paragraphs: ['Why was it 40°C in London last summer?', ...BODY] },
  { name: 'a sentence about an icon', paragraphs: [...BODY, 'Fashion icon Kate Moss said the brand had grown quickly.'] },
  { name: 'share words in a sentence', paragraphs: [...BODY, 'Twitter and Facebook shares fell on the news.'] },
  { name: 'French sentence starting like a prompt', paragraphs: [...BODY, 'Recevez-vous des aides publiques ? La société a répondu que non.'] },
  { name: 'CJK paragraphs', paragraphs: ['一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣', '玉峰道路一路上雲氣山嵐滯留山頭 順路下切蜿蜒道路後不久即抵達來到', '每年12月向來是攝影班外拍的絕佳場所之一 楓紅期間入園費$50元'] },
];

describe('page chrome: flagged as boilerplate', () => {
  it.each(POSITIVE)('$name', ({ paragraphs, text }) => {
    const found = findArtifacts({ paragraphs });
    expect(found.some((a) => a.kind === 'boilerplate' && a.text === text), JSON.stringify(found.map((a) => [a.kind, a.text]))).toBe(true);
  });
});

describe('page chrome: look-alikes in clean articles stay', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs }) => {
    expect(findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate')).toEqual([]);
  });
});

describe('isGluedMenu', () => {
  it.each([
    ['FinancialGovernment SolutionsLegalReuters News AgencyRisk Management', true],
    ['NewsSportsBusinessCultureOpinion', true],
    ['SenseTime PayPal iPhone McDonald', false],
    ['GlaxoSmithKline and SenseTime said. LinkedIn agreed.', false],
    ['var reqHeaders = new Headers(); reqHeaders.append(x)', false],
  ])('%s → %s', (line, expected) => {
    expect(isGluedMenu(line)).toBe(expected);
  });
});

/** Label variants the same rules must read (the forms real sites print), and sentences that share their words. */
describe('isFurnitureLine: label variants', () => {
  it.each([
    '5 min read', '5 minute read', 'Reading time: 5 minutes', 'Temps de lecture : 4 min', '4 min de lecture', 'Listen to this article',
    'Share this article', 'Share on Twitter', 'Share via Email', 'Facebook Twitter WhatsApp', 'Tweet Share Email',
    'Home > Tech > Startups', 'Home / News / Business', 'News | Business | Markets', 'Home › Technology',
    'Subscribe to our newsletter', 'Enter your email address', 'Get the best stories delivered to your inbox',
    'Leave a comment', '12 Comments', 'Loading...', 'Please enable JavaScript to view the comments powered by Disqus.', 'Click to expand',
    'Author image', '#Fintech #AI', 'London 12°C', 'Publicité', 'À lire aussi : La French Tech lève 2 milliards',
  ])('%s', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });
  it.each([
    'Twitter and Facebook shares fell.', 'Apple | Google | Microsoft: who wins?', 'Share prices rose 5 percent on Friday.',
    'Comments from the chief executive were welcome.', 'The image of the company suffered.', 'Loading docks were empty',
    'Home is where the heart is', 'Profit rose 5 percent in 2020 / 2021 / 2022 respectively.', 'Read the full report here.', 'A/B testing helps',
  ])('not: %s', (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});
