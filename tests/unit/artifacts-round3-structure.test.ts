import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/** Round 3 (batch 4 diagnosis): structural artifacts, each in the shape a real page printed it. */
const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];

interface Row { name: string; paragraphs: string[]; kind: string; text: string }

const ROWS: Row[] = [
  // Batch 4, 82 (tag page): the teaser stops on a function word above "Read More".
  { name: 'a teaser cut on "the" above "Read More"', paragraphs: [...BODY, 'Along with the', 'Read More'], kind: 'truncated-sentence', text: 'Along with the' },
  // Batch 4, 91 (paywall): a long sentence without its end, above the free-trial prompt.
  {
    name: 'a sentence cut above a paywall prompt',
    paragraphs: [...BODY, 'This premium is also called the control premium because it includes the value paid by the acquirer to control the target', 'Read the full article – start your free trial today!', 'Already a subscriber?'],
    kind: 'truncated-sentence', text: 'This premium is also called the control premium because it includes the value paid by the acquirer to control the target',
  },
  { name: 'a sentence cut above "Continue reading"', paragraphs: [...BODY, 'Analysts said the deal would give the company a much larger share of the market for', 'Continue reading'], kind: 'truncated-sentence', text: 'Analysts said the deal would give the company a much larger share of the market for' },
  { name: 'a French teaser cut above "Lire la suite"', paragraphs: [...BODY, 'La start-up lyonnaise compte utiliser ces fonds pour recruter une vingtaine de personnes et ouvrir des bureaux en', 'Lire la suite'], kind: 'truncated-sentence', text: 'La start-up lyonnaise compte utiliser ces fonds pour recruter une vingtaine de personnes et ouvrir des bureaux en' },
  // Mid-body cut: the paragraph stops on "of" and the next one opens a sentence of its own.
  { name: 'a mid-body paragraph stopping on "of"', paragraphs: [BODY[0]!, 'The round was the largest in the history of', 'The company said it would hire more engineers in the coming months.', ...BODY.slice(1)], kind: 'truncated-sentence', text: 'The round was the largest in the history of' },
  // Batch 4, 82 (tag page): after the cut teaser and its "Read More", the next story's headline and body.
  {
    name: 'a second story after a cut teaser and "Read More"',
    paragraphs: [...BODY, 'Along with the', 'Read More', 'European markets have vaccine hopes', 'European stocks are expected to open higher Thursday as global markets get a boost from vaccine news.'],
    kind: 'merged-stories', text: 'European markets have vaccine hopes',
  },
  // Batch 4, 84 (archive page): the teaser copy cut at a fixed length, then the full paragraph; the copy is both.
  ...(['duplicated-paragraph', 'truncated-sentence'] as const).map((kind) => ({
    name: `an archive teaser cut mid-sentence before its full paragraph (${kind})`,
    paragraphs: ['Live video platform Bright lets you Zoom with creators', 'What if you could Zoom with your favorite creator? The service allows fans to engage in live sessions with creators, ask', 'What if you could Zoom with your favorite creator? The service allows fans to engage in live sessions with creators, ask questions and join them on stage.', ...BODY],
    kind,
    text: kind === 'truncated-sentence' ? 'The service allows fans to engage in live sessions with creators, ask' : 'What if you could Zoom with your favorite creator? The service allows fans to engage in live sessions with creators, ask',
  })),
  // Batch 4, 87: the pull-quote comes back two paragraphs later, continued after a comma.
  {
    name: 'a pull-quote continued after a comma in the body',
    paragraphs: [...BODY, 'It’s in our national interests to make becoming an entrepreneur as egalitarian as possible.', 'Today, if you are a white male, you have an unfair advantage when looking to raise venture capital.', 'As a nation we know the benefits of entrepreneurship. It’s in our national interests to make becoming an entrepreneur as egalitarian as possible, and yet we’ve fallen short of that goal.'],
    kind: 'broken-pull-quote', text: 'It’s in our national interests to make becoming an entrepreneur as egalitarian as possible.',
  },
  {
    name: 'a quoted pull-quote with small changes, and its attribution',
    paragraphs: [...BODY, '“We want every warehouse in America to run on our robots within ten years.”', 'Jane Doe,', 'Its founder was blunt about the plan. “We want every warehouse in America to run on Acme robots within the next ten years,” she said.'],
    kind: 'broken-pull-quote', text: '“We want every warehouse in America to run on our robots within ten years.”\n\nJane Doe,',
  },
  // Batch 4, 90 (BloombergQuint): the caption inside its escaped HTML, then as plain text.
  { name: 'a caption printed inside escaped markup and again as text', paragraphs: ['Startup Street: Rapido’s funding and more', 'Here’s what went on at Startup Street in April.', '<div class="paragraphs"><p>Rapido drivers. (Source: Rapido)&nbsp;</p></div>', 'Rapido drivers. (Source: Rapido) ', ...BODY], kind: 'duplicated-caption', text: 'Rapido drivers. (Source: Rapido)' },
  { name: 'a caption inside entity-escaped markup, the plain copy first', paragraphs: [...BODY, 'Workers at the Acme plant in Ohio. Photo: Acme', '&lt;figcaption&gt;Workers at the Acme plant in Ohio. Photo: Acme&lt;/figcaption&gt;', ...BODY], kind: 'duplicated-caption', text: 'Workers at the Acme plant in Ohio. Photo: Acme' },
  // Mid-body, a long sentence without its end, then a paragraph that opens a sentence of its own.
  {
    name: 'a mid-body paragraph that breaks off after a long run of prose',
    paragraphs: [BODY[0]!, 'Sales doubled last year. The company said the new money would be used to open two more factories and hire several hundred engineers across the country', 'The chief executive said demand for robots was still growing.', ...BODY.slice(1)],
    kind: 'truncated-sentence', text: 'The company said the new money would be used to open two more factories and hire several hundred engineers across the country',
  },
  // Aggregator and feed excerpts: WordPress cut marks and prompts in their usual dress.
  { name: 'a WordPress excerpt ending in " […]"', paragraphs: [...BODY, 'Acme Robotics said on Tuesday it would open two factories in Ohio and hire engineers to […]'], kind: 'truncated-sentence', text: 'Acme Robotics said on Tuesday it would open two factories in Ohio and hire engineers to […]' },
  { name: 'an excerpt with "Read more »" glued after its ellipsis', paragraphs: [...BODY, 'Sales doubled. The company said it would open two factories in Ohio and hire engineers to… Read more »'], kind: 'truncated-sentence', text: 'The company said it would open two factories in Ohio and hire engineers to…' },
  { name: 'an excerpt ending in "..." above "[Read more]"', paragraphs: [...BODY, 'The company said it would open two factories in Ohio and hire engineers to...', '[Read more]'], kind: 'truncated-sentence', text: 'The company said it would open two factories in Ohio and hire engineers to...' },
  { name: 'a teaser cut on "of" above "(more…)"', paragraphs: [...BODY, 'The company said it would open two factories in Ohio, the largest of', '(more…)'], kind: 'truncated-sentence', text: 'The company said it would open two factories in Ohio, the largest of' },
  // A one-sentence teaser cut at a fixed length above the full lede: the full copy goes on in lower case.
  {
    name: 'a one-sentence teaser cut above the full lede',
    paragraphs: ['Live video platform Bright launches', 'What if you could Zoom with your favorite creator and ask them', 'What if you could Zoom with your favorite creator and ask them questions about their work?', ...BODY],
    kind: 'truncated-sentence', text: 'What if you could Zoom with your favorite creator and ask them',
  },
  { name: 'a French paywall: "Il vous reste 60 % de cet article à lire."', paragraphs: [...BODY, 'La start-up lyonnaise compte utiliser ces fonds pour recruter une vingtaine de personnes et ouvrir des bureaux à', 'Il vous reste 60 % de cet article à lire. La suite est réservée aux abonnés.'], kind: 'truncated-sentence', text: 'La start-up lyonnaise compte utiliser ces fonds pour recruter une vingtaine de personnes et ouvrir des bureaux à' },
  { name: 'a French paywall: "Article réservé aux abonnés"', paragraphs: [...BODY, 'Selon nos informations, la société prépare une nouvelle levée de fonds auprès de ses investisseurs historiques et de', 'Article réservé aux abonnés'], kind: 'truncated-sentence', text: 'Selon nos informations, la société prépare une nouvelle levée de fonds auprès de ses investisseurs historiques et de' },
  { name: 'an English paywall: "Subscribe to read the full story"', paragraphs: [...BODY, 'Analysts said the deal would give the company a much larger share of the market for', 'Subscribe to read the full story'], kind: 'truncated-sentence', text: 'Analysts said the deal would give the company a much larger share of the market for' },
  { name: 'a short caption twice in a row with its credit changed', paragraphs: [...BODY, 'Rapido drivers in Bengaluru. (Source: Rapido)', 'Rapido drivers in Bengaluru. Photo: Rapido', ...BODY], kind: 'duplicated-caption', text: 'Rapido drivers in Bengaluru. Photo: Rapido' },
];

describe('round 3 structure: each artifact is found under its kind', () => {
  it.each(ROWS)('$name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs });
    const joined = paragraphs.join('\n\n');
    for (const a of found) expect(joined).toContain(a.text);
    expect(found.some((a) => a.kind === kind && a.text === text), JSON.stringify(found.map((a) => [a.kind, a.text]))).toBe(true);
  });
});

describe('round 3 structure: the related-links label stops before a second story’s headline', () => {
  it('keeps the headline out of the boilerplate span, so the repaired copy keeps it', () => {
    const paragraphs = [...BODY, 'Along with the', 'Read More', 'European markets have vaccine hopes', 'European stocks are expected to open higher Thursday as global markets get a boost from vaccine news.'];
    const boilerplate = findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate');
    for (const b of boilerplate) expect(b.text).not.toContain('European markets');
  });
});
