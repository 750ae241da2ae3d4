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
  const cases = [
    ['English, cut on a name before a subscription box', [
      'Harbour digest: ferries, freight and the winter timetable',
      'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the island towns.',
      'The coastal freight line also said it would buy two used vessels from a Norwegian operator to serve the northern route, Ostrand …',
      'Subscribe to the Harbour Review',
      'Start a subscription to the Harbour Review, in print and online, with its port rankings and its weekly data.',
    ]],
    ['English, cut on a figure before the next teaser', [
      'Ferry traffic on the western route fell sharply last winter as storms kept the boats in port for weeks at a time.',
      'According to the board, a total of 1,240 crossings were cancelled between November and March, a rise of 18 percent on the year before and a record 22.5 …',
      'This follows a decision by the county to cut the subsidy it pays the island ferry company for each winter crossing.',
    ]],
    ['French, cut on a word before the next teaser', [
      'Le syndicat des ports a adopté lundi l’horaire d’hiver, après une longue réunion avec les équipages et les communes des îles.',
      'La compagnie de fret côtier a aussi indiqué qu’elle rachèterait deux navires d’occasion à un armateur norvégien pour desservir la ligne du nord et le port d’Ostrand ...',
      'Le département a par ailleurs réduit la subvention qu’il verse à la compagnie pour chaque traversée d’hiver.',
    ]],
  ] as const;
  for (const [name, paragraphs] of cases) {
    it(`reports the cut sentence (${name})`, () => {
      const cut = paragraphs[paragraphs.length === 5 ? 2 : 1]!;
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
