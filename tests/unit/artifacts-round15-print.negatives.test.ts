import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/** Look-alikes of the round 15 print rules, invented: product names with a leading small letter, French words near compass points. */
const BODY = [
  'Harbour Tools said on Tuesday it had raised new money from a group of investors.',
  'The company plans to use the proceeds to hire engineers and expand its two factories.',
];
const kinds = (kind: string, ...extra: string[]) =>
  findArtifacts({ paragraphs: [...BODY, ...extra] }).filter((a) => a.kind === kind).map((a) => a.text);

describe('round 15 print look-alikes are not flagged', () => {
  it.each<[string, string, string]>([
    ['product names paired with slashes', 'mojibake', 'Privacy fans pair uBlock/uMatrix with uBO/uMatrix and uTorrent/uBlock on old laptops.'],
    ['product names in a comma list', 'mojibake', 'The lab tested uBlock, uMatrix, nCino, and uBeam, then wrote a report.'],
    ['nordique is a word', 'lost-hyphen', 'Le modèle nordique attire les investisseurs du sud.'],
    ['sudation and nordiste', 'lost-hyphen', 'La sudation des coureurs nordistes a été mesurée.'],
    ['a brand with an inner capital after Saint', 'lost-hyphen', 'The Saint Bernard club met in the town hall.'],
    ['two first names not of the closed class', 'lost-hyphen', 'The firm JeanLuxe sells shirts.'],
  ])('%s', (_name, kind, line) => {
    expect(kinds(kind, line)).toEqual([]);
  });
});
