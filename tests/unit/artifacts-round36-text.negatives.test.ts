import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';

/**
 * Round 36 negatives (artifact text readers, invented rows): what a run of items closed by "read more" is not.
 */

const merged = (paragraphs: string[]): string[] =>
  findArtifactsLocated({ paragraphs }).filter((f) => f.kind === 'merged-stories').map((f) => f.text);

const BODY = [
  'The harbour board said the new crane rails would be laid before the winter, when the freight traffic is at its lowest.',
  'The works will cost the port about four million euros, which the board will borrow from the regional bank over ten years.',
  'The island towns, which depend on the night crossing for their supplies, asked for the works to be done in two parts.',
  'The board will meet again in March to review the timetable and the fares for the summer season.',
];

describe('merged stories: "read more" labels that close no listing item', () => {
  it('leaves an article’s related links, each under a "Read more" label, with the article going on after them', () => {
    expect(merged([
      'Harbour board approves the crane rail works',
      'The harbour board approved on Monday the works on the crane rails of the western quay, after a long hearing with the crews.',
      'Read more',
      'Ferry crews vote to strike over rosters',
      ...BODY,
      'Read more',
      'Shipyard wins order for two freight vessels',
      ...BODY,
    ])).toEqual([]);
  });

  it('leaves a single teaser closed by its link (one item is a page’s own excerpt)', () => {
    expect(merged([
      'Harbour board approves the crane rail works',
      'The harbour board approved on Monday the works on the crane rails of the western quay. Read more',
      'Ferry crews vote to strike over rosters',
      'Crews on the northern route voted to strike next month over the rosters the ferry company wants to bring in.',
    ])).toEqual([]);
  });

  it('leaves a column’s sections whose labels name nothing their paragraphs tell (English and French)', () => {
    expect(merged([
      'Letters from the harbour',
      'The board approved the winter timetable on Monday after a long hearing with the crews and the towns. Read more',
      'The good news',
      'Nobody on the quay expected the vote to go through so quickly, and most of the crews were still at sea. Read more',
      'What comes next',
      'The mayors of the island towns will write again in March, when the summer fares are set. Read more',
    ])).toEqual([]);
    expect(merged([
      'Lettres du port',
      'Le syndicat a adopté lundi l’horaire d’hiver après une longue réunion avec les équipages et les communes. Lire la suite',
      'La bonne nouvelle',
      'Personne sur le quai ne s’attendait à un vote aussi rapide, et la plupart des équipages étaient encore en mer. Lire la suite',
      'Et maintenant',
      'Les maires des îles écriront de nouveau en mars, quand les tarifs d’été seront fixés. Lire la suite',
    ])).toEqual([]);
  });

  it('leaves "read more" in lower case at the end of a sentence', () => {
    expect(merged([
      'Harbour board approves the crane rail works',
      'Readers who want the details of the vote can read more',
      'Ferry crews vote to strike over rosters',
      'Crews on the northern route voted to strike next month over the rosters, and the union said members could read more',
      'Shipyard wins order for two freight vessels',
      'The Ostrand shipyard will build two freight vessels for a coastal line, its first order in three years.',
    ])).toEqual([]);
  });
});
