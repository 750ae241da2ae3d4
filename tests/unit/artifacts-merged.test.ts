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
