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
