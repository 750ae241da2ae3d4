import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 21 negatives: invented sentences, EN and FR.

// Look-alikes of the descriptor reader (nameAfterDescriptor): a descriptor without a company-kind head names a place, an
// event or a body, not a raiser; a figure after a colon with no company after "pour" stays no round.
describe('round 21: a descriptor without a company kind names no raiser', () => {
  const rows: [string, string, string][] = [
    ['a region and a town (FR)', 'Le plan de relance prévoit deux levées de fonds publiques : 50 millions d’euros pour la région Occitanie, 20 millions d’euros pour la commune littorale de Sète.', 'Occitanie'],
    ['a city and a state (EN)', 'The program funded two rounds of grants: $5 million for the city of Austin and $3 million for the northern state of Ohio.', 'Austin'],
    ['a trade fair (FR)', 'Les levées du mois : 10 millions d’euros pour le salon annuel Vivaldor, 4 millions d’euros pour le festival Lunaria.', 'Vivaldor'],
    ['a single figure after a colon, for a season (EN)', 'Funding rounds slowed: $40 million for the summer quarter.', 'summer'],
  ];
  it.each(rows)('%s', (_label, sentence, notCompany) => {
    const companies = readFunding({ paragraphs: [sentence] }).deals.map((d) => d.company ?? '');
    expect(companies.filter((c) => c.includes(notCompany) || c.includes('Sète') || c.includes('Ohio') || c.includes('Lunaria'))).toEqual([]);
  });
});

// A stage after "in a" is no raiser's name, even when an agent phrase closes it ("in a Series C led by …").
describe('round 21: a stage closed by its lead is no company', () => {
  const rows: [string, string, string][] = [
    ['"in a Series C led by" (EN)', 'Denver-based Quillon scored $60 million in a Series C led by Balder Capital.', 'Quillon'],
    ['"dans une série B menée par" (FR)', 'La start-up lyonnaise Vetilo a obtenu 20 millions d’euros dans une série B menée par Rovel Capital.', 'Vetilo'],
  ];
  it.each(rows)('%s', (_label, sentence, company) => {
    expect(readFunding({ paragraphs: [sentence] }).deals.map((d) => d.company)).toEqual([company]);
  });
});
