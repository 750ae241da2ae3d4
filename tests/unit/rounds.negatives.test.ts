import { describe, expect, it } from 'vitest';
import { findRounds } from '../../utils/rounds';

/** Text that names no funding round. */
const NO_ROUND: string[] = [
  // "Series" without a round letter, or a show, a sport, a product, a bond.
  'a series of acquisitions',
  'The World Series opened on Tuesday.',
  'the TV series A Small Light',
  'the hit Netflix series B-Side',
  'the iPhone 15 series',
  'US savings Series I bonds pay more',
  'Juventus won the Serie A title',
  'Series 7 exam',
  // A round letter glued to an amount is not an extension "A-30" (fuzz seed 587304422); extensions are one digit.
  'a combined Series A30 millions d’euros',
  'the Series B12 notes',
  'series a success',
  // "A round" as an article at the start of a sentence.
  'A round of applause followed.',
  // Seed in agriculture and elsewhere.
  'the seed company Pioneer',
  'sesame seeds and seed oil',
  'a seed bank in Svalbard',
  'French Tech Seed fund',
  'its India seed and venture funds',
  'spanning seed to growth stages',
  'invests in seed-stage startups',
  'mutagens leaking from the seed, and barricaded themselves',
  'seeded players',
  // A facility that is not a loan: a building, a plant.
  'a new manufacturing facility in Ohio',
  'the loan office facility manager',
  // Growth as an ordinary noun, growth investors.
  'revenue growth of 20%',
  'The growth of China’s outbound direct investment remained stable',
  'comparable-store sales growth in 2019',
  'growth stage software investments',
  'General Atlantic, a growth equity firm',
  'Other high-profile casualties among growth investors',
  // Angels, strategy, debt as a balance-sheet item.
  'angel investors include Tom Preston-Werner',
  'One Home Depot strategic investments',
  'a strategic focus on North America',
  'valorisé 110 milliards de dollars, dette comprise',
  'the national debt',
  'the company was deeply in debt',
  'owed 5 million in debt to banks',
  'a bridge over the river',
  'the bridge roundabout near the station',
  // A bare "bridge" after a number or a word ending in "mn" that is no money amount.
  'the Route 9 bridge before the storm',
  'its 1937 bridge from scratch',
  'the autumn bridge before dawn',
  'le pont de la Route 9 bridge from the north',
];

describe('findRounds: no round', () => {
  it.each(NO_ROUND)('%s', (text) => {
    expect(findRounds(text).map((m) => m.text)).toEqual([]);
  });

  // Speed is measured by `npm run bench`; a pathological pattern shows here as a test timeout.
  it('reads a long repetitive text, one Series A per repeat', { timeout: 60_000 }, () => {
    const text = 'Series A seed round a series of growth '.repeat(25_000);
    expect(findRounds(text).filter((m) => m.round === 'Series A')).toHaveLength(25_000);
  });
});
