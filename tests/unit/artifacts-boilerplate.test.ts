import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];

/** Body with `extra` after its second paragraph. */
const mid = (...extra: string[]): string[] => [...BODY.slice(0, 2), ...extra, BODY[2]!];

/** Furniture in the forms sites print it (English and French); `text` is the flagged excerpt. */
const POSITIVE: Array<{ name: string; paragraphs: string[]; text: string }> = [
  {
    name: 'unlabelled related headlines after the end',
    paragraphs: [...BODY, 'Acme rival Botco raises $40 million to build delivery robots', 'Why SoftBank is betting big on warehouse automation again', 'Ohio lures chip makers with $2 billion in tax breaks'],
    text: 'Acme rival Botco raises $40 million to build delivery robots\n\nWhy SoftBank is betting big on warehouse automation again\n\nOhio lures chip makers with $2 billion in tax breaks',
  },
  {
    name: 'Title Case teaser block between paragraphs',
    paragraphs: mid('Acme Rival Botco Raises $40 Million For Delivery Robots', 'Why SoftBank Is Betting Big On Warehouse Automation', 'Ohio Lures Chip Makers With Tax Breaks Worth Billions', 'The Startups Racing To Build Humanoid Robots'),
    text: 'Acme Rival Botco Raises $40 Million For Delivery Robots\n\nWhy SoftBank Is Betting Big On Warehouse Automation\n\nOhio Lures Chip Makers With Tax Breaks Worth Billions\n\nThe Startups Racing To Build Humanoid Robots',
  },
  { name: '"More from" heading with links', paragraphs: [...BODY, 'More from TechCrunch', 'Acme rival Botco raises $40 million to build delivery robots'], text: 'More from TechCrunch\n\nAcme rival Botco raises $40 million to build delivery robots' },
  { name: 'French "Sur le même sujet" block', paragraphs: [...BODY, 'Sur le même sujet', 'La start-up Botco lève 40 millions d’euros pour ses robots'], text: 'Sur le même sujet\n\nLa start-up Botco lève 40 millions d’euros pour ses robots' },
  { name: 'newsletter prompt with a named letter', paragraphs: mid('Sign up for the Morning Brief newsletter to get the day’s news.'), text: 'Sign up for the Morning Brief newsletter to get the day’s news.' },
  { name: 'inbox prompt', paragraphs: mid('Get the latest startup news in your inbox'), text: 'Get the latest startup news in your inbox' },
  { name: 'cookie banner', paragraphs: [...BODY, 'This site uses cookies to improve your experience. By continuing you agree to our use of cookies.'], text: 'This site uses cookies to improve your experience. By continuing you agree to our use of cookies.' },
  { name: 'consent button', paragraphs: [...BODY, 'Accept all cookies'], text: 'Accept all cookies' },
  { name: 'French cookie banner', paragraphs: [...BODY, 'Ce site utilise des cookies pour améliorer votre expérience.'], text: 'Ce site utilise des cookies pour améliorer votre expérience.' },
  { name: 'follow prompt naming the site', paragraphs: mid('Follow TechCrunch on Twitter and LinkedIn'), text: 'Follow TechCrunch on Twitter and LinkedIn' },
  { name: 'like prompt', paragraphs: mid('Like us on Facebook'), text: 'Like us on Facebook' },
  { name: 'WhatsApp channel prompt', paragraphs: mid('Join our WhatsApp channel for the latest updates'), text: 'Join our WhatsApp channel for the latest updates' },
  { name: 'image credit alone', paragraphs: mid('Image: Getty Images'), text: 'Image: Getty Images' },
  { name: 'credit with a slash', paragraphs: mid('Credit: Jane Doe/Bloomberg via Getty Images'), text: 'Credit: Jane Doe/Bloomberg via Getty Images' },
  { name: 'image credit courtesy', paragraphs: mid('Image credit: Courtesy of Acme Robotics'), text: 'Image credit: Courtesy of Acme Robotics' },
  { name: 'French photo credit', paragraphs: mid('Crédit photo : Botco'), text: 'Crédit photo : Botco' },
  { name: 'share counter', paragraphs: ['12 Shares', ...BODY], text: '12 Shares' },
  { name: 'view counter', paragraphs: ['1.2K views', ...BODY], text: '1.2K views' },
  { name: 'listen to this story', paragraphs: ['Listen to this story', ...BODY], text: 'Listen to this story' },
  { name: 'minute-read label', paragraphs: ['4-minute read', ...BODY], text: '4-minute read' },
  { name: 'French reading time', paragraphs: ['Lecture : 3 min', ...BODY], text: 'Lecture : 3 min' },
  { name: 'skip link', paragraphs: ['Skip to main navigation', ...BODY], text: 'Skip to main navigation' },
  { name: 'update stamp after a paragraph', paragraphs: mid('Updated: March 3, 2024 10:32 AM ET'), text: 'Updated: March 3, 2024 10:32 AM ET' },
  { name: 'relative stamp after a paragraph', paragraphs: mid('2 hours ago'), text: '2 hours ago' },
  { name: 'French update stamp after the end', paragraphs: [...BODY, 'Mis à jour le 3 mars 2024 à 10h32'], text: 'Mis à jour le 3 mars 2024 à 10h32' },
];

/** Look-alikes in clean articles: headings, lists, quotes, captions, metadata above the body. */
const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'an update stamp above the body (page metadata)', paragraphs: ['By Jane Doe', 'Updated: March 3, 2024 10:32 AM ET', ...BODY] },
  { name: 'a sentence about an update', paragraphs: mid('Updated figures released on Friday showed the company doubled revenue in 2023.') },
  { name: 'a listing: stamp after a "Published" line', paragraphs: [...BODY, 'Botco raises $40 million for robots', 'Published: 7:00pm, 24 Apr, 2019', 'Updated: 7:00pm, 24 Apr, 2019', ...BODY] },
  { name: 'a list after a colon at the end', paragraphs: [...BODY, 'The fund’s other bets include:', 'Botco, which builds delivery robots for ports', 'Chipco, a maker of sensors for cars in Ohio', 'Gridco, which sells software to US utilities'] },
  { name: 'sentence-case subheadings between paragraphs', paragraphs: [BODY[0]!, 'What the money will pay for in Ohio', BODY[1]!, 'Why investors are betting on Acme now', BODY[2]!] },
  { name: 'two teaser-like lines at the end only', paragraphs: [...BODY, 'Acme rival Botco raises $40 million to build robots', 'Why SoftBank is betting on warehouse automation'] },
  { name: 'a caption with "Image:" and a sentence', paragraphs: mid('Image: Jose Mourinho has agreed a deal to become manager of Tottenham') },
  { name: 'a caption credit line under a photo ("Photo:")', paragraphs: mid('Photo: Jane Doe / Reuters') },
  { name: 'a sentence about cookies', paragraphs: mid('The site uses cookies, the regulator said, and must ask users before tracking them.') },
  { name: 'a sentence about shares', paragraphs: mid('12 shares of the company changed hands before the close, the exchange said.') },
  { name: 'a sentence about following', paragraphs: mid('Investors follow Acme on Twitter closely, analysts said, and the stock rose.') },
  { name: 'a sentence about signing up', paragraphs: mid('More than 4,000 customers sign up for the service each month, the company said.') },
  { name: 'a quotation without a full stop at the end of the body', paragraphs: [...BODY, '“We are just getting started”', '“This is the year of the robot”', '“Our customers want more”'] },
];

describe('boilerplate: flagged', () => {
  it.each(POSITIVE)('$name', ({ paragraphs, text }) => {
    const found = findArtifacts({ paragraphs });
    const hit = found.find((a) => a.kind === 'boilerplate' && a.text === text);
    expect(hit, JSON.stringify(found.map((a) => [a.kind, a.text]))).toBeDefined();
    expect(hit!.fix).toBe('');
    expect(paragraphs.join('\n\n')).toContain(hit!.text);
  });
});

describe('boilerplate: look-alikes stay', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs }) => {
    expect(findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate')).toEqual([]);
  });
});
