/**
 * The merged-stories message names the first story by the name its opening
 * uses (the company), not by a topic acronym or a company suffix.
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

const FIRST = [
  'On Tuesday, Acme Robotics Ltd said it raised $50 million for its AI software, and Acme Robotics Ltd will use the money to hire AI engineers.',
  'Acme Robotics makes AI for warehouse robots, and AI demand from big retailers and grocers has pushed chains to automate their depots.',
  'The round values Acme Robotics at $400 million, people familiar with the matter said, as AI startups draw record sums from investors.',
  'Investors in AI companies include two pension funds and a sovereign wealth fund from the Gulf, along with several AI specialists and AI funds that have backed the company since its first round of funding in 2019.',
];
const SECOND = [
  'The Ministry of Commerce said on Monday that foreign direct investment rose in the first quarter of the year.',
  'The ministry said FDI into services grew fastest, and FDI into manufacturing slowed in March.',
  'FDI from Europe rose by a fifth, while the ministry said flows from Asia were flat over the period.',
  'The ministry expects FDI to keep growing this year as rules on market access are eased further, and it said it would publish the full data later.',
  'Officials also said the number of newly established foreign-invested companies rose, with most of them in coastal provinces and the biggest cities.',
];

describe('merged stories: the message names the story the reader knows', () => {
  const found = findArtifacts({ paragraphs: [...FIRST, ...SECOND] }).filter((a) => a.kind === 'merged-stories');
  it('flags the second story', () => {
    expect(found.map((a) => a.text)).toEqual([SECOND[0]]);
  });
  it('names the company, not the topic acronym or a suffix', () => {
    expect(found[0]!.message).toMatch(/Acme is never mentioned again\.$/);
    expect(found[0]!.message).not.toMatch(/\b(?:AI|Ltd) is never/);
  });
});

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];
const merged = (paragraphs: string[]) => findArtifacts({ paragraphs }).filter((a) => a.kind === 'merged-stories').map((a) => a.text);

describe('merged stories: a second dateline or headline and byline mid-text', () => {
  it.each<[string, string[], string]>([
    ['agency dateline with a hyphen', [...BODY, 'LONDON (Reuters) - British lender Barclays said on Wednesday it would cut 500 jobs in its investment bank.'], 'LONDON (Reuters) - British lender Barclays said on Wednesday it would cut 500 jobs in its investment bank.'],
    ['dateline with a date and an em dash', [...BODY, 'NEW YORK, March 3 — Shares of the chip maker fell 8 percent after it cut its forecast for the year.'], 'NEW YORK, March 3 — Shares of the chip maker fell 8 percent after it cut its forecast for the year.'],
    ['dateline with a date and an agency', [...BODY, 'SAN FRANCISCO, March 3 (Reuters) - Uber Technologies said on Monday it would buy a food delivery rival.'], 'SAN FRANCISCO, March 3 (Reuters) - Uber Technologies said on Monday it would buy a food delivery rival.'],
    ['French agency dateline', [...BODY, 'PARIS (AFP) – Le groupe de luxe a annoncé mardi la nomination d’un nouveau directeur général pour sa filiale.'], 'PARIS (AFP) – Le groupe de luxe a annoncé mardi la nomination d’un nouveau directeur général pour sa filiale.'],
    ['a new headline and byline', [...BODY, 'Chip maker cuts forecast as demand for phones slows sharply', 'By Jane Doe', 'Shares of the chip maker fell 8 percent on Tuesday after it cut its forecast for the year.'], 'Chip maker cuts forecast as demand for phones slows sharply'],
  ])('%s', (_name, paragraphs, text) => {
    expect(merged(paragraphs)).toContain(text);
  });

  it.each<[string, string[]]>([
    ['the story’s own agency dateline at the top', ['LONDON (Reuters) - British lender Barclays said on Wednesday it would cut 500 jobs in its investment bank.', ...BODY]],
    ['a dated dateline at the top', ['NEW YORK, March 3 — Shares of the chip maker fell 8 percent after it cut its forecast for the year.', ...BODY]],
    ['an acronym and a hyphenated word mid-body', [...BODY, 'AI-driven demand lifted sales, and Acme said orders from retailers rose again in March.']],
    ['an all-caps word and a hyphen mid-body', [...BODY, 'NOTE - The company did not say how much of the round it had drawn down so far this year.']],
    ['headline and byline above the body', ['Chip maker cuts forecast as demand for phones slows sharply', 'By Jane Doe', ...BODY]],
    ['a subheading mid-body without a byline', [...BODY.slice(0, 2), 'What the money will pay for in the coming year', BODY[2]!, 'The company said hiring would start in the spring.']],
  ])('not: %s', (_name, paragraphs) => {
    expect(merged(paragraphs)).toEqual([]);
  });
});

/** A tag or search page: the first item's headline and its teaser printed twice (summary and excerpt), then teasers alone. */
const FEATURED = [
  'Harbour bank bracing for its biggest decline in decades',
  'The harbour bank expects lending to contract by seven per cent when the June quarter figures are released.',
  'The harbour bank expects lending to contract by seven per cent when the June quarter figures are released.',
];
const TEASERS = [
  'Lockdowns, unemployment and uncertainty mean the region’s economic pain is likely to continue for years, writes Jane Roe.',
  'Acme Robotics has sold its drone business to a rival from Ohio, severing its last link with the defence industry that made its name.',
  'Texas school districts are spending millions beyond state funding to keep buses running every morning.',
  'Northwind Freight is in talks with a larger rival about the sale of a minority stake in its trucking arm and a shared depot.',
];

describe('merged stories: a tag page’s teasers without their headlines', () => {
  it('flags each teaser after the doubled featured one, at its first sentence', () => {
    expect(merged([...FEATURED, ...TEASERS])).toEqual(TEASERS);
  });
  it('passes over a sign-up box between the teasers', () => {
    const box = 'Get the Harbour Daily in your inbox. The best local news sent straight to your inbox every workday at lunchtime.';
    expect(merged([...FEATURED, TEASERS[0]!, box, ...TEASERS.slice(1)])).toEqual(TEASERS);
  });
  it('reports a long teaser by its first sentence', () => {
    const long = `${TEASERS[1]} The buyer plans to keep the staff. It will move the plant to Dayton next year.`;
    expect(merged([...FEATURED, TEASERS[0]!, long, ...TEASERS.slice(2)])).toContain(TEASERS[1]);
  });

  it.each<[string, string[]]>([
    ['a standfirst twice over a body that opens on a pronoun', [...FEATURED, ...TEASERS.slice(0, 2), 'Its chief executive said demand for warehouse robots had doubled over the past year alone.', ...TEASERS.slice(2)]],
    ['a body paragraph adding to the story', [...FEATURED, ...TEASERS.slice(0, 3), 'The Scott Trust will also take a minority stake in the buyer as part of the deal announced on Friday.']],
    ['a body paragraph quoting the company', [...FEATURED, ...TEASERS, 'Demand for loans fell in every state over the quarter, the lender said in a statement on Tuesday morning, it said.']],
    ['a body paragraph opening on a quotation', [...FEATURED, ...TEASERS, '“In regional publishing, the decline in display advertising has clearly hit these businesses,” Mr Carey said.']],
    ['too few teasers', [...FEATURED, ...TEASERS.slice(0, 3)]],
    ['no doubled teaser at the top', [FEATURED[0]!, FEATURED[1]!, ...TEASERS]],
    ['a headline printed twice, not a teaser', [FEATURED[0]!, FEATURED[0]!, FEATURED[1]!, ...TEASERS]],
  ])('not: %s', (_name, paragraphs) => {
    expect(merged(paragraphs)).toEqual([]);
  });
});

describe('merged stories: a blog’s tag archive titled "Tag: …"', () => {
  const POST = [
    'Adobe acquires Day Software for $240 million',
    'I’ll admit it. I did not see this one coming: Adobe announced today that it will acquire Day Software for $240 million.',
    'Honestly, I thought Adobe would acquire another vendor by the end of last year and I was surprised when it didn’t happen.',
    'Day has a FAQ up on their site. As you would expect, Day promises that current customers have nothing to fear.',
  ];
  const NEXT = 'OpenText administers Vignette mercy killing';
  const NEXT_BODY = 'OpenText issued a press release today saying it would buy Vignette for $12.70 a share, ending a long slide.';
  it.each<[string, string[], string]>([
    ['a one-label tag title', ['Tag: Acquisition', ...POST, NEXT, NEXT_BODY], NEXT],
    ['a tag title with the page number', ['By Jane Roe • Press and politics', 'Tag: Tribune Publishing Page 1 of 4', ...POST, NEXT, NEXT_BODY], NEXT],
    ['a long headline under a footer of comment links', ['Tag: Acquisition', ...POST, 'Leave a comment | Read comments', 'A riveting Boston story about a medical disaster with ties to the local news crisis and its long aftermath', NEXT_BODY], 'A riveting Boston story about a medical disaster with ties to the local news crisis and its long aftermath'],
  ])('%s', (_name, paragraphs, text) => {
    expect(merged(paragraphs)).toContain(text);
  });
  it.each<[string, string[]]>([
    ['an article’s tag line listing several tags', ['Tags: Acquisition, Software, Adobe', ...POST, NEXT, NEXT_BODY]],
    ['a post’s closing cheer and its footer of links', ['Tag: Acquisition', ...POST, 'Congrats to Erik Hansen, David Nuescheler and the rest of the Day team!', 'Leave a comment | Read comments']],
  ])('not: %s', (_name, paragraphs) => {
    expect(merged(paragraphs)).toEqual([]);
  });
});

describe('merged stories: a second story under its Title Case headline after a complete first one', () => {
  const STORY = [
    'Northwind Media said on Friday it will buy the publishing assets of Harbour Press, which owns titles such as the Daily Courier.',
    'Northwind Media chief executive Simon Fox says the combined circulation of the titles would make it the largest group in the north.',
    'Furthermore, Northwind Media said it will deliver £20m in annualised cost savings by 2020, most of them achieved in 2019.',
    'The group will fund the cash element of the price with a new term loan, and the deal is expected to close in the spring.',
  ];
  const HEAD = 'Oldfield Partners Sells 53900 Shares of Barrick Gold Corp';
  const LEDE = 'After a strong quarter reported by Barrick Gold Corporation, Wall Street now forecasts 31 per cent earnings growth for the miner.';
  it.each<[string, string[], string]>([
    ['the headline, then its lede', [...STORY, HEAD, LEDE], HEAD],
    ['the headline, its date line, then its lede', [...STORY, HEAD, 'Friday, July 10, 2020 - 9:39pm', LEDE], HEAD],
  ])('%s', (_name, paragraphs, text) => {
    expect(merged(paragraphs)).toContain(text);
  });
  it.each<[string, string[]]>([
    ['a Title Case subhead whose section names the story’s subject again', [...STORY, 'What the Savings Will Pay For', 'Northwind Media expects the savings to pay for new presses and a bigger newsroom in Leeds.']],
    ['a Title Case subhead over a section on another name, the subject named again later', [...STORY, 'Oldfield Partners Sells Shares of Barrick Gold', LEDE, 'Northwind Media shares rose 4 per cent on the news.']],
    ['a sentence-case subhead', [...STORY, 'Oldfield Partners sells its shares of Barrick Gold Corp', LEDE]],
    ['a headline whose lede does not retell it', [...STORY, HEAD, 'Analysts in London expect the market to stay quiet until the summer holidays are over this year.']],
    ['too short a story above', [...STORY.slice(0, 2), HEAD, LEDE]],
    ['a how-to’s Title Case subhead told in common words', [...STORY, 'Make a List of Everything You Own and Do Some Decluttering', 'Now that you know what you are up against, make a list of everything you own before Monday.']],
  ])('not: %s', (_name, paragraphs) => {
    expect(merged(paragraphs)).toEqual([]);
  });
});

describe('merged stories: a later story under a section kicker is reported by its headline', () => {
  const STORY = [
    'Multiple news outlets are reporting that Snapchat is raising funds from investors based on a $10 billion valuation for the service.',
    'The Wall Street Journal, citing unnamed sources, reports that a venture firm agreed to invest in Snapchat at that valuation this week.',
    'But if true, $10 billion would represent an enormous valuation for Snapchat, a company that has effectively no revenue source yet.',
    'The firm was valued at $2 billion just one year ago, according to the Journal, and its owners turned down an offer last November.',
  ];
  const found = findArtifacts({ paragraphs: [...STORY, 'TIME Innovation', 'Five Best Ideas of the Day: August 4', '1. Making the punishment fit the crime: a better way of calculating fines for the bad acts of big banks.'] })
    .filter((a) => a.kind === 'merged-stories').map((a) => a.text);
  it('reports the headline', () => {
    expect(found).toEqual(['Five Best Ideas of the Day: August 4']);
  });
  it('leaves the kicker out of the excerpt', () => {
    expect(found.join(' ')).not.toContain('TIME Innovation');
  });
});
