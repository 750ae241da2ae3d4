import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 21, group 5 (text detectors): structural readers from the clusters of seven blind batches. Invented rows,
 * EN and FR; each failed with its rule disabled (checked).
 */
const found = (paragraphs: string[], kind: string): string[] =>
  findArtifacts({ paragraphs }).filter((a) => a.kind === kind).map((a) => a.text);

describe('round 21: a byline template with an empty name slot (bylines.ts EMPTY_NAME_BYLINE)', () => {
  it.each([
    ['a listing card: "By" and the date', [HEADLINE, 'By June 3, 2024', ...BODY], 'By June 3, 2024'],
    ['a post header: "by", a numeric date and a clock time', [HEADLINE, 'by 04/09/2022 10:15 AM', ...BODY], 'by 04/09/2022 10:15 AM'],
    ['un modèle de signature sans nom : « Par » et la date', [TITRE, 'Par 12 avril 2023', ...CORPS], 'Par 12 avril 2023'],
    ['a separator between the label and the date', [HEADLINE, 'By | 8 March 2021', ...BODY], 'By | 8 March 2021'],
  ])('%s', (_name, paragraphs, text) => {
    expect(found(paragraphs, 'byline-noise')).toContain(text);
  });
});

describe('round 21: a range with one end closing the sentence (truncated.ts openRangeCut)', () => {
  it.each([
    ['a broker cut a target and the new figure was cut off', [HEADLINE, ...BODY, 'After the results, one broker cut its price target on the stock from $24.'], 'After the results, one broker cut its price target on the stock from $24.'],
    ['a rate moved and the excerpt stops after the whole part', [HEADLINE, BODY[0]!, 'Inflation in the region rose in the second quarter from 3.', BODY[1]!], 'Inflation in the region rose in the second quarter from 3.'],
    ['un objectif passé de 30 euros, la fin coupée', [TITRE, ...CORPS, 'Dans la foulée, l’objectif de cours de la banque est passé de 30 euros.'], 'Dans la foulée, l’objectif de cours de la banque est passé de 30 euros.'],
  ])('%s', (_name, paragraphs, text) => {
    expect(found(paragraphs, 'truncated-sentence')).toContain(text);
  });
});

describe('round 21: the page’s short lines printed over and over are chrome (context.ts repeatedChromeOf)', () => {
  const stamp = 'Last Modified : 10:42 UTC';
  const site = 'Harbour Courier, harbour courier';
  it('a site name between two update stamps, printed three times: one boilerplate block', () => {
    const texts = found([HEADLINE, stamp, site, site, stamp, site, ...BODY], 'boilerplate');
    expect(texts).toContain([stamp, site, site, stamp, site].join('\n\n'));
  });
  it('le nom du site entre deux horodatages : un bloc de gabarit', () => {
    const maj = 'Mis à jour : 09h12';
    const nom = 'Le Veilleur, le veilleur';
    const texts = found([TITRE, maj, nom, nom, maj, nom, ...CORPS], 'boilerplate');
    expect(texts).toContain([maj, nom, nom, maj, nom].join('\n\n'));
  });
});
