/**
 * Text-level detectors, round 3: mojibake through code pages other than
 * Windows-1252 (Thai, Cyrillic, Central European, Turkish, Mac Roman), and
 * site furniture families (archive and feed chrome, browse calls to action,
 * conditional subscribe prompts, donation appeals, tag lines, button labels
 * in other languages, bare counters under the headline). Each row is a form
 * a real scraped page printed; the clean twins are in the .negatives file.
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { decodeRun } from '../../utils/artifacts/mojibake';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];
const of = (kind: string, paragraphs: string[]) => findArtifacts({ paragraphs }).filter((a) => a.kind === kind);

describe('UTF-8 read through another code page: flagged with the repair', () => {
  it.each([
    ['Thai Windows-874 euro sign', 'Imburse raised a โ‚ฌ10m Series A from a group of investors.', 'โ‚ฌ', '€'],
    ['Thai Windows-874 pound sign before a figure', 'Neon raised ยฃ3.9m in an hour via crowdfunding, the company said.', 'ยฃ', '£'],
    ['Thai Windows-874 flag emoji', '๐Ÿ‡ช๐Ÿ‡บ Nuri raised money led by Earlybird Ventures this week.', '๐Ÿ‡ช๐Ÿ‡บ', '🇪🇺'],
    ['Cyrillic Windows-1251 apostrophe', 'The founder said the company donвЂ™t need more money this year.', 'вЂ™', '’'],
    ['Cyrillic Windows-1251 euro sign', 'The round brought in в‚¬5m from angels and two funds in Berlin.', 'в‚¬', '€'],
    ['Central European Windows-1250 accented letter', 'The founders met at a cafĂ© in Prague before they raised the seed round.', 'Ă©', 'é'],
    ['Turkish Windows-1254 emoji', 'ğŸš€ Launch week: the startup shipped three products and raised a round.', 'ğŸš€', '🚀'],
    ['Mac Roman curly quotes', 'The chief executive called it ‚Äúa turning point‚Äù for the company and its staff.', '‚Äú', '“'],
  ])('%s', (_name, line, text, fix) => {
    const found = of('mojibake', [...BODY, line]);
    expect(found.map((a) => [a.text, a.fix])).toContainEqual([text, fix]);
  });

  it('an emoji whose last byte the code page could not hold: flagged, no repair', () => {
    const found = of('mojibake', [...BODY, 'If you enjoy reading this, tell a friend ๐Ÿ™', 'Tweet of the week ๐Ÿฆ‰๐Ÿ†']);
    expect(found.map((a) => [a.text, a.fix])).toEqual([['๐Ÿ™', null], ['๐Ÿฆ‰๐Ÿ†', null]]);
  });

  it('non-breaking space read as Greek capital beta: every copy, each with its repair', () => {
    const found = of('mojibake', [...BODY, 'It was a roller coaster year for tech. Β In the month of April, cuts slowed.', 'Levels were the lowest since the dot-com era.Β We end the year here.']);
    expect(found.map((a) => [a.text, a.fix])).toEqual([['Β', ''], ['Β', '']]);
  });
});

describe('decodeRun: bytes of a run read back as UTF-8', () => {
  const page = (table: string): Map<string, number> => new Map([...table].map((c, k) => [c, 0x80 + k]));
  // Windows-1251's bytes 0x80–0xFF.
  const cp1251 = page('ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—˜™љ›њќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя');
  it.each([
    ['a whole sequence', 'вЂ™', { fix: '’' }],
    ['two sequences', 'вЂњвЂќ', { fix: '“”' }],
    ['a Russian word: not UTF-8', 'Привет', null],
    ['a lead byte whose character is not a symbol (Cyrillic)', 'Рџ', null],
    ['a lone continuation byte', '™', null],
  ])('%s', (_name, run, expected) => {
    expect(decodeRun(run, cp1251)).toEqual(expected);
  });
});

/** Body with `extra` after its second paragraph. */
const mid = (...extra: string[]): string[] => [...BODY.slice(0, 2), ...extra, BODY[2]!];
const HEADLINE = 'Acme Robotics raises $20 million to build warehouse robots';

describe('site furniture families: flagged as boilerplate', () => {
  it.each([
    ['a blog archive heading under the post (above it: metadata, round 42)', [HEADLINE, ...BODY, 'Monthly Archives: May 2021'], 'Monthly Archives: May 2021'],
    ['a category archive heading under the post', [HEADLINE, ...BODY, 'Category Archives: Startups'], 'Category Archives: Startups'],
    ['feed-mirror chrome above the headline', ['Quantcast', 'Channel: Startups', 'Viewing all 5208 articles', 'Browse latest View live', HEADLINE, ...BODY], 'Quantcast\n\nChannel: Startups\n\nViewing all 5208 articles\n\nBrowse latest View live'],
    ['a result counter', [...BODY, 'Showing 1-10 of 240 results'], 'Showing 1-10 of 240 results'],
    ['a section call to action at the end', [...BODY, 'Explore more articles in the Business category'], 'Explore more articles in the Business category'],
    ['a newsletter call to action at the end', [...BODY, 'Discover more from Fintech Across the Pond'], 'Discover more from Fintech Across the Pond'],
    ['an author link', [...BODY, 'View all posts by Jane Doe'], 'View all posts by Jane Doe'],
    ['a conditional subscribe prompt', mid('If you enjoy reading this, please subscribe and share!'), 'If you enjoy reading this, please subscribe and share!'],
    ['a question-then-share prompt', [...BODY, 'Enjoyed this article? Share it with a friend who invests in robots.'], 'Enjoyed this article? Share it with a friend who invests in robots.'],
    ['a newsletter sign-off', [...BODY, 'Thanks for reading Robot Weekly! Subscribe for free to receive new posts and support my work.'], 'Thanks for reading Robot Weekly! Subscribe for free to receive new posts and support my work.'],
    ['a tag line after a type label', ['Enquête Grand Est # Informatique # Capital', HEADLINE, ...BODY], 'Enquête Grand Est # Informatique # Capital'],
    ['a French subscribe button', [HEADLINE, "S'abonner", ...BODY], "S'abonner"],
    ['a German share button', [...BODY, 'Teilen'], 'Teilen'],
    ['like and comment counters under the headline', [HEADLINE, '0', '0', ...BODY], '0\n\n0'],
  ])('%s', (_name, paragraphs, text) => {
    expect(of('boilerplate', paragraphs).map((a) => a.text)).toContain(text);
  });

  it('a donation appeal between the headline and the column, its last line glued to the first heading', () => {
    const appeal = [
      'Your support helps us to tell the story',
      'From climate change to Big Tech, our reporters are on the ground when the story is developing, and we know how important it is to parse out the facts.',
      'At such a critical moment, we need reporters on the ground. Your donation allows us to keep sending journalists to speak to both sides of the story.',
      'We choose not to lock readers out of our reporting with paywalls. We believe quality journalism should be available to everyone.',
    ];
    const found = of('boilerplate', ['Business week in review', ...appeal, 'Your support makes all the difference.In profit...', ...BODY]);
    expect(found.map((a) => a.text)).toContain([...appeal, 'Your support makes all the difference.'].join('\n\n'));
  });

  it('a lone appeal line with its paragraph about donations', () => {
    const found = of('boilerplate', [...BODY, 'Support independent journalism', 'We rely on readers like you. Donate today to keep our reporting free for everyone.']);
    expect(found.map((a) => a.text)).toContain('Support independent journalism\n\nWe rely on readers like you. Donate today to keep our reporting free for everyone.');
  });
});

describe('blog-engine, feed, wire and paywall furniture: flagged as boilerplate', () => {
  it.each([
    ['a feed footer', 'The post Acme raises $20M for warehouse robots appeared first on Robot News.'],
    ['a re-poster link', 'Read full article at Reuters'],
    ['a wire trailer link', 'View original content:https://www.prnewswire.com/news-releases/acme-robotics-301.html'],
    ['a wire source label', 'SOURCE Acme Robotics'],
    ['a share widget label', 'Share this:'],
    ['a like widget', 'Like Loading...'],
    ['a share button text', 'Click to share on Twitter (Opens in new window)'],
    ['a comment form', 'Your email address will not be published. Required fields are marked *'],
    ['a comment link', 'Post a comment'],
    ['a next-post link', 'Next post: Acme hires a new finance chief'],
    ['an older-posts link', '« Older posts'],
    ['a sponsor label', 'Promoted By Zergnet'],
    ['a trial prompt', 'Read the full article – start your free trial'],
    ['a metered paywall', 'You’ve read 3 of 5 free articles this month.'],
    ['a subscribe-to-continue prompt', 'Subscribe to continue reading.'],
    ['a feedback widget', 'Was this article helpful?'],
    ['an audience-count join prompt', 'Join 50,000+ founders who read Robot Weekly every Monday.'],
  ])('%s', (_name, line) => {
    expect(of('boilerplate', [...BODY, line]).map((a) => a.text)).toContain(line);
  });
});

describe('garbled characters: Latin-1 and entity families', () => {
  it.each([
    ['Windows-1252 read as Latin-1 (a C1 control for the apostrophe)', 'The founder\u0092s plan won over the board in March.', '\u0092', '’'],
    ['a non-breaking space whose second byte became a space', 'Sales rose to Â 20 million this year, the company said.', 'Â', ''],
  ])('%s', (_name, line, text, fix) => {
    expect(of('mojibake', [...BODY, line]).map((a) => [a.text, a.fix])).toContainEqual([text, fix]);
  });
  it.each([
    ['an accented capital', 'The &Eacute;cole Polytechnique spin-off raised money.', '&Eacute;', 'É'],
    ['a tilde', 'The Espa&ntilde;a unit grew fastest.', '&ntilde;', 'ñ'],
    ['a per-mille sign', 'Fees fell to 5&permil; of assets.', '&permil;', '‰'],
  ])('escaped entity: %s', (_name, line, text, fix) => {
    expect(of('escaped-entity', [...BODY, line]).map((a) => [a.text, a.fix])).toContainEqual([text, fix]);
  });
});

describe('lost hyphens in compound modifiers of business news', () => {
  it.each([
    ['first-time', 'The fund backs firsttime founders in the Midwest.', 'firsttime'],
    ['best-in-class', 'It sells bestinclass sensors to carmakers.', 'bestinclass'],
    ['direct-to-consumer', 'The directtoconsumer brand raised a round.', 'directtoconsumer'],
    ['cash-strapped', 'The cashstrapped lender sold its stake.', 'cashstrapped'],
  ])('%s', (fix, line, text) => {
    expect(of('lost-hyphen', [...BODY, line]).map((a) => [a.text, a.fix])).toContainEqual([text, fix]);
  });
});

describe('syndication copies and platform buttons: flagged as boilerplate', () => {
  it.each([
    ['a bare "Story continues"', 'Story continues'],
    ['a syndication footer naming the source', 'Read the original article on Business Insider'],
    ['a wire footer', 'Our Standards: The Thomson Reuters Trust Principles.'],
    ['a tip line', 'Got a confidential news tip? We want to hear from you.'],
    ['a platform label', 'Member-only story'],
    ['a post action bar', 'Like Comment Share'],
    ['a sign-up call', 'Sign up now: Get smarter about what matters in your inbox every morning.'],
    ['a click-here prompt', 'Click here to subscribe to our daily briefing.'],
  ])('%s', (_name, line) => {
    expect(of('boilerplate', [...BODY, line]).map((a) => a.text)).toContain(line);
  });
  it('a "Most Read from" block with its headlines', () => {
    const found = of('boilerplate', [...BODY, 'Most Read from Bloomberg', 'Fed Officials Signal Patience on Rate Cuts as Inflation Lingers']);
    expect(found.map((a) => a.text)).toContain('Most Read from Bloomberg\n\nFed Officials Signal Patience on Rate Cuts as Inflation Lingers');
  });
});
