import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * An article's own fact box after its prose ("Revenue: £120m", "Staff: 1,400") is a run of short lines with no
 * sentence end, the shape of a related-stories block; it is the article's data, and the clean copy must keep it.
 * A real block of other stories' headlines after the body is still furniture. Rows invented.
 */
const boilerplate = (paragraphs: string[]): string[] =>
  findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);

const FACT_BOXES: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'a club’s accounts after the report', paragraphs: [HEADLINE, ...BODY, 'Revenue: 2nd highest in the region, £120m (up from £98m)', 'Ticket and matchday income: £41m (flat)', 'Media and broadcasting rights: £37m', 'Shirt and stadium sponsorship: £22m', 'Staff costs as share of revenue: 61%'] },
  { name: 'a company’s key figures', paragraphs: [HEADLINE, ...BODY, 'Founded in Ohio: 2016 by two engineers', 'Employees worldwide: 1,400 across three sites', 'Funding raised so far: $84 million in three rounds', 'Robots shipped last year: 3,200 to retailers'] },
  { name: 'les chiffres clés d’une start-up', paragraphs: [TITRE, ...CORPS, 'Chiffre d’affaires 2023 : 12 millions d’euros', 'Effectif à Lyon et Paris : 85 salariés', 'Montant levé depuis sa création : 9 millions d’euros', 'Clients dans la grande distribution : 40 enseignes'] },
];

const OTHER_STORIES: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'headlines of other stories after the body', paragraphs: [HEADLINE, ...BODY, 'Retail Giant Cuts 2,000 Jobs As Sales Slump In Europe', 'Why Investors Are Betting Big On Battery Recycling Startups', 'Central Bank Holds Rates As Inflation Cools Faster Than Expected'] },
];

describe('an article’s own fact box is not a related-stories block', () => {
  for (const row of FACT_BOXES) {
    it(row.name, () => {
      expect(boilerplate(row.paragraphs)).toEqual([]);
    });
  }
});

describe('a block of other stories’ headlines is still furniture', () => {
  for (const row of OTHER_STORIES) {
    it(row.name, () => {
      expect(boilerplate(row.paragraphs).length).toBeGreaterThan(0);
    });
  }
});
