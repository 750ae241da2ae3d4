import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';

/**
 * Round 35 (artifact text readers, invented rows).
 *
 * truncated.ts: a listing or digest template's excerpt cut inside the body: a long sentence stopped on a word or a
 * figure, then a space and the ellipsis (" …", " ..."), with a new sentence or the site's chrome under it.
 */

const truncated = (paragraphs: string[]): string[] =>
  findArtifactsLocated({ paragraphs }).filter((f) => f.kind === 'truncated-sentence').map((f) => f.text);

describe('truncated sentence: a spaced excerpt cut inside the body', () => {
  // [name, paragraphs, index of the cut paragraph]: each cut has the template around it (review of session 22, finding 1).
  const cases: ReadonlyArray<readonly [string, readonly string[], number]> = [
    ['English, cut on a name before a subscription box', [
      'Harbour digest: ferries, freight and the winter timetable',
      'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the island towns.',
      'The coastal freight line also said it would buy two used vessels from a Norwegian operator to serve the northern route, Ostrand …',
      'Subscribe to the Harbour Review',
      'Start a subscription to the Harbour Review, in print and online, with its port rankings and its weekly data.',
    ], 2],
    ['English, a bare figure where the sentence writes its other figures with their currency', [
      'Ferry traffic on the western route fell sharply last winter as storms kept the boats in port for weeks at a time.',
      'The operator’s accounts show a loss of £3.1 million for the year to March, against a profit of £0.8 million the year before, while its borrowing rose to 14.6 …',
      'The county will vote next month on whether to renew the contract of the island ferry company for another five years.',
    ], 1],
    ['French, cut on a name before the next teaser’s title', [
      'Le syndicat des ports a adopté lundi l’horaire d’hiver, après une longue réunion avec les équipages et les communes des îles.',
      'La compagnie de fret côtier a aussi indiqué qu’elle rachèterait deux navires d’occasion à un armateur norvégien pour desservir la ligne du nord et le port d’Ostrand ...',
      'Brest : le chantier naval recrute deux cents soudeurs',
      'Le chantier naval de Brest cherche deux cents soudeurs pour les trois coques commandées par la marine au printemps.',
    ], 1],
    ['English, cut on a name before an advertisement label', [
      'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the island towns.',
      'Fares on the night crossing will be frozen until the spring, the board said after a letter from the mayors of Kell and Marrow Bay …',
      'Advertisement',
      'The board will meet again in March to review the timetable and the fares for the summer season.',
    ], 1],
    ['English, two teasers of a digest, each cut on a name (the first)', [
      'Harbour digest: ferries, freight and the winter timetable',
      'The island towns asked the county on Tuesday to pay for a second night crossing during the storm season to Kell …',
      'The coastal freight line said it would lease a heavier vessel for the winter from a shipping group based in Marrow Bay …',
      'The harbour board will meet again in March to review the timetable and the fares for the summer season.',
    ], 1],
    ['English, two teasers of a digest, each cut on a name (the second)', [
      'Harbour digest: ferries, freight and the winter timetable',
      'The island towns asked the county on Tuesday to pay for a second night crossing during the storm season to Kell …',
      'The coastal freight line said it would lease a heavier vessel for the winter from a shipping group based in Marrow Bay …',
      'The harbour board will meet again in March to review the timetable and the fares for the summer season.',
    ], 2],
  ];
  for (const [name, paragraphs, at] of cases) {
    it(`reports the cut sentence (${name})`, () => {
      const cut = paragraphs[at]!;
      expect(truncated([...paragraphs]).some((t) => cut.endsWith(t) && t.length > 40)).toBe(true);
    });
  }
});

/**
 * bylines.ts: a byline whose name (a link) was dropped, its label left last on the line after what the template prints
 * before the name: the date, or a credit's own words.
 */
const bylines = (paragraphs: string[]): string[] =>
  findArtifactsLocated({ paragraphs }).filter((f) => f.kind === 'byline-noise').map((f) => f.text);

describe('byline noise: the label left last on its line, the name lost', () => {
  const BODY = 'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the island towns.';
  const CORPS = 'Le syndicat des ports a adopté lundi l’horaire d’hiver, après une longue réunion avec les équipages et les communes.';
  const cases = [
    ['French date, then "par"', ['Le port adopte son horaire d’hiver', 'Le 3 Mars 2021, par', CORPS, CORPS.replace('lundi', 'mardi')], 'Le 3 Mars 2021, par'],
    ['English date and bar, then "by"', ['Harbour board sets the winter timetable', 'March 3, 2021 | by', BODY, BODY.replace('Monday', 'Tuesday')], 'March 3, 2021 | by'],
    ['a source credit, then "Story by ."', ['Harbour board sets the winter timetable', BODY, 'From Harbour Weekly. Story by .', BODY.replace('Monday', 'Tuesday')], 'From Harbour Weekly. Story by .'],
  ] as const;
  for (const [name, paragraphs, line] of cases) {
    it(`reports the empty byline (${name})`, () => {
      expect(bylines([...paragraphs])).toContain(line);
    });
  }
});

/**
 * captions.ts: a title printed on both sides of its photo credit, the credit in fields set apart by bars (photographer,
 * agency, picture library): the credit and the second copy are the caption's.
 */
describe('duplicated caption: a title on both sides of a barred credit', () => {
  const cases = [
    ['English', 'Harbour Ferries', 'Jane Alder | AFP | Getty Images', 'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the island towns.'],
    ['French', 'Port de Brest', 'Marie Ostrand | Bloomberg | Getty Images', 'Le syndicat des ports a adopté lundi l’horaire d’hiver, après une longue réunion avec les équipages et les communes.'],
    // Review of session 22, finding 5: the first field as a stock contributor's handle, or a name with its role.
    ['a contributor’s handle first', 'Night crossing to Kell', 'k_marrow.photo | DigitalVision | Getty Images', 'The island towns asked the county on Tuesday to pay for a second night crossing during the storm season.'],
    ['a name with its role after a slash', 'The northern quay at dawn', 'Tom Ostrand / Pool | Reuters', 'The coastal freight line said it would lease a heavier vessel for the winter from a shipping group.'],
  ] as const;
  for (const [name, title, credit, body] of cases) {
    it(`reports the credit and the second copy (${name})`, () => {
      const found = findArtifactsLocated({ paragraphs: ['Ferry operator sets the winter timetable', body, title, credit, title, body.replace('l', 'L')] });
      expect(found.some((f) => f.kind === 'duplicated-caption' && f.text.startsWith(credit) && f.text.endsWith(title))).toBe(true);
    });
  }
});

describe('truncated sentence: a modal with no clause of comparison before it is still a cut', () => {
  it('reports "… said it would" before a new sentence', () => {
    const found = truncated(['Harbour board sets the winter timetable', 'The ferry company said on Monday that to keep the northern route open all winter it would', 'The board will meet again in March to review the timetable and the fares for the summer season.', 'The harbour board approved the winter timetable on Monday after a long hearing with the crews.']);
    expect(found.some((t) => t.endsWith('it would'))).toBe(true);
  });
});

describe('byline noise: a byline merged with a protected address', () => {
  it('reports "By Name [email protected]" (the stored pages\' Cloudflare rewrite of the address)', () => {
    const found = bylines(['Harbour board sets the winter timetable', 'By Tom Ostrand [email protected]', 'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the island towns.', 'The board will meet again in March to review the timetable and the fares for the summer season.']);
    expect(found).toContain('By Tom Ostrand [email protected]');
  });
});
