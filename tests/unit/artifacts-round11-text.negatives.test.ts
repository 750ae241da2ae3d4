import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';
import { ARTICLES, STORIES, cutAt } from './artifacts-round11-text.rows';

/**
 * Look-alikes of the round 11 shapes in clean text: long paragraphs of
 * similar length that end on their full stop, a hard-wrapped print column,
 * two cut lines only, cuts at very different lengths. None may be flagged
 * (a row with a kind may be flagged only as that kind).
 */
const NEGATIVE: Array<{ name: string; paragraphs: string[]; kind?: string }> = [
  { name: 'long body paragraphs of nearly the same length, each with its full stop', paragraphs: [HEADLINE, ...STORIES] },
  { name: 'French: long body paragraphs of nearly the same length, each with its full stop', paragraphs: [TITRE, ...ARTICLES] },
  { name: 'a hard-wrapped print column: short lines of one width, unpunctuated', paragraphs: [HEADLINE, ...STORIES[0]!.match(/.{1,60}(?:\s|$)/gu)!.map((l) => l.trim()).filter((l) => l !== '' && !/[.!?]$/u.test(l)), BODY[0]!], kind: 'truncated-sentence' },
  { name: 'two cut items only', paragraphs: [HEADLINE, ...BODY, cutAt(STORIES[0]!, 250), cutAt(STORIES[1]!, 250)], kind: 'truncated-sentence' },
  { name: 'unpunctuated paragraphs of very different lengths (a transcript, a list of notes)', paragraphs: [HEADLINE, ...BODY, cutAt(STORIES[0]!, 160), cutAt(STORIES[1]!, 330), cutAt(STORIES[2]!, 200), cutAt(STORIES[3]!, 320)], kind: 'truncated-sentence' },
  { name: 'a bulleted list of long items without full stops (a press release)', paragraphs: [HEADLINE, ...BODY, ...STORIES.slice(0, 4).map((t) => `• ${cutAt(t, 260)}`)], kind: 'truncated-sentence' },
  { name: 'French: a numbered list of long items without full stops', paragraphs: [TITRE, ...CORPS, ...ARTICLES.slice(0, 3).map((t, k) => `${k + 1}. ${cutAt(t, 240)}`)], kind: 'truncated-sentence' },
  // Update stamps of one story, of one live blog's day.
  { name: 'a live blog: entries stamped the same day at different times', paragraphs: [HEADLINE, 'Updated: 9:02am, 3 Sep, 2019', BODY[0]!, 'Shares of warehouse robot makers jump after the deal', 'Updated: 11:17am, 3 Sep, 2019', BODY[1]!, 'Analysts expect more deals in the sector this year', 'Updated: 2:40pm, 3 Sep, 2019', BODY[2]!] },
  { name: 'a story updated the next day, with a subhead and body between the stamps', paragraphs: [HEADLINE, 'Updated: 3 Sep, 2019', ...BODY, 'What the new money will pay for in Ohio and Texas', STORIES[0]!, 'Updated: 4 Sep, 2019'], kind: 'boilerplate' },
  { name: 'French: "Publié le" and "Mis à jour le" of one article', paragraphs: [TITRE, 'Publié le 2 mars 2024 à 09h00', 'Mis à jour le 3 mars 2024 à 17h02', ...CORPS] },
  // A name printed once, a byline of someone else, a name inside a sentence.
  { name: 'a bare name then a byline of another writer with a column name', paragraphs: [HEADLINE, 'Jane Doe', 'The View by John Roe', ...BODY] },
  { name: 'French: "Le fondateur de Robotix" is no byline', paragraphs: [TITRE, 'Jean Dupont', 'Le fondateur de Robotix', ...CORPS] },
  { name: 'a one-word label twice (two section tags)', paragraphs: [HEADLINE, 'Opinion', 'Opinion', ...BODY], kind: 'boilerplate' },
  { name: 'a title line printed around a photo credit is no name twice', paragraphs: ['Road To Funding', 'Photo Credit: Jane Doe', 'Road To Funding', ...BODY], kind: 'duplicated-caption' },
  // Credited boxes that split nothing.
  { name: 'a web caption with its credit between two finished paragraphs', paragraphs: [HEADLINE, BODY[0]!, 'Workers test a robot arm at the Acme plant. Photo: Jane Doe/Getty Images', BODY[1]!, BODY[2]!] },
  { name: 'a print photo box before a drop cap ("O" / "n a Wednesday …")', paragraphs: [HEADLINE, 'By Jane Doe', 'STAFF WRITER', 'John Roe/Staff photographer', 'Workers test a robot arm at the Acme plant in Columbus on Monday.', 'O', 'n a Wednesday in January, the company said it had raised new money.', ...BODY.slice(1)], kind: 'boilerplate' },
  { name: 'a box after a cut line, then the next column in upper case', paragraphs: [HEADLINE, 'The company said on Tuesday it had', 'Robots per warehouse, by state', 'Map: Jane Doe/Staff', 'Shares rose 3 percent on the news, the exchange said.', ...BODY.slice(1)], kind: 'truncated-sentence' },
  { name: 'French: a caption and credit between two finished paragraphs, the next opening in lower case after a quote', paragraphs: [TITRE, CORPS[0]!, 'Le fondateur de Robotix à Lyon. Crédit photo : Jean Dupont', CORPS[1]!, CORPS[2]!] },
  // Repeats over a credit that are not captions; date-and-byline lines of one story.
  { name: 'a paragraph repeated back to back with no credit under it stays a duplicated paragraph', paragraphs: [HEADLINE, BODY[0]!, BODY[1]!, BODY[1]!, BODY[2]!], kind: 'duplicated-paragraph' },
  { name: 'a date-and-byline line printed twice with the same value (top and bottom of one story)', paragraphs: [HEADLINE, 'November 22, 2013 | By Jane Doe', ...BODY, 'November 22, 2013 | By Jane Doe'], kind: 'boilerplate' },
  { name: 'French: one date-and-byline line', paragraphs: [TITRE, '3 mars 2024 | Par Jean Dupont', ...CORPS] },
  { name: 'two cut items around a section label are still only two', paragraphs: [HEADLINE, ...BODY, cutAt(STORIES[0]!, 250), 'Business', cutAt(STORIES[1]!, 250)], kind: 'truncated-sentence' },
];

describe('round 11 text artifacts: look-alikes stay', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs, kind }) => {
    expect(findArtifacts({ paragraphs }).filter((a) => a.kind !== kind).map((a) => `${a.kind}: ${a.text}`)).toEqual([]);
  });
});
