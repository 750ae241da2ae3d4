import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 10 shapes in clean text: agencies cited in
 * brackets inside sentences, a page title with the site's name over the
 * headline, caption labels around a caption printed once. None may be
 * flagged (a row with a kind may be flagged only as that kind).
 */
const B0 = BODY[0]!;
const REST = BODY.slice(1);
const C0 = CORPS[0]!;
const CREST = CORPS.slice(1);

const NEGATIVE: Array<{ name: string; paragraphs: string[]; kind?: string }> = [
  { name: 'a short caption with "(PA)" printed once', paragraphs: [HEADLINE, B0, 'London Stock Exchange (PA)', ...REST] },
  { name: 'a sentence closing on its source "(Reuters)." after the full stop', paragraphs: [HEADLINE, B0, 'Shares rose 3 percent on the news, the exchange said. (Reuters)', ...REST] },
  { name: 'French: an agency cited in brackets mid-sentence', paragraphs: [TITRE, C0, 'Selon l’agence (AFP) la levée a été bouclée en mars auprès de trois fonds.', ...CREST] },
  { name: 'a page title with the site name above the same headline (first lines)', paragraphs: ['Acme Robotics raises $50 million for its warehouse robots - TechCrunch', 'Acme Robotics raises $50 million for its warehouse robots', ...BODY], kind: 'duplicated-paragraph' },
  { name: 'a sentence that continues after its copy with lower-case words is not an outlet suffix', paragraphs: [HEADLINE, B0, 'Workers unload the first robots at the new plant in Ohio on Monday', 'Workers unload the first robots at the new plant in Ohio on Monday - and more are coming next week.', ...BODY], kind: 'duplicated-paragraph' },
  { name: 'caption labels around a caption printed once', paragraphs: [HEADLINE, 'Robots on the floor of the plant. Jane Doe/Getty Images hide caption', 'toggle caption', ...BODY], kind: 'boilerplate' },
  { name: 'a "toggle caption" line with a different credit from the line before', paragraphs: [HEADLINE, 'Robots on the floor of the plant. Jane Doe/Getty Images hide caption', 'toggle caption John Roe/AP', ...BODY] },
  { name: 'a quoted pull-quote repeated in the body without a credit stays a pull-quote', paragraphs: [HEADLINE, B0, '“We have never seen demand like this for warehouse robots in our history.”', 'Jane Doe', 'The chief executive said: “We have never seen demand like this for warehouse robots in our history,” and added that hiring would follow.', ...REST], kind: 'broken-pull-quote' },
  // Agency bylines printed once, names that merely start alike.
  { name: 'an agency byline printed once', paragraphs: [HEADLINE, 'By The Associated Press', ...BODY] },
  { name: 'a byline whose second name starts like the first', paragraphs: [HEADLINE, 'By Ann Annabel', ...BODY] },
  { name: 'French: an agency byline printed once', paragraphs: [TITRE, 'Par l’AFP', ...CORPS] },
  // Compounds spelled right, glued words that are words.
  { name: 'listed compounds in the plural, hyphenated', paragraphs: [HEADLINE, B0, 'The deal will bring cost-savings and more follow-ups with stay-at-home parents, face-to-face.', ...REST] },
  { name: 'standard closed words ending in s: "startups", "cofounders", "smartphones"', paragraphs: [HEADLINE, B0, 'Startups and their cofounders sold more smartphones and ebooks online this year.', ...REST] },
  { name: 'French: "porte-parole" and "sous-traitants" spelled right', paragraphs: [TITRE, C0, 'La porte-parole a confirmé que les sous-traitants seraient payés, peut-être au-delà des délais.', ...CREST] },
  // Wire captions printed whole, prose that opens alike.
  { name: 'an AP file-photo caption printed whole with its credit', paragraphs: [HEADLINE, 'FILE - In this March 3, 2020, file photo, Jane Doe speaks in Columbus, Ohio. (AP Photo/John Roe, File)', ...BODY] },
  { name: 'a Reuters file-photo caption ending on a full stop', paragraphs: [HEADLINE, 'FILE PHOTO: A logo of Acme Robotics is seen at its headquarters in Columbus, Ohio, U.S., March 3, 2020.', ...BODY] },
  { name: 'a body sentence opening "In this market" with its full stop', paragraphs: [HEADLINE, B0, 'In this market the company expects to double its sales of warehouse robots by next year.', ...REST] },
  { name: 'French: a caption "ARCHIVES - …" printed whole', paragraphs: [TITRE, 'ARCHIVES - Le fondateur de Robotix lors de la présentation de ses robots à Lyon, le 3 mars 2020.', ...CORPS] },
  // Call-out and attribution look-alikes.
  { name: 'hard-wrapped prose with a line opening on a number in lower case', paragraphs: [HEADLINE, B0, 'The company said the new money would let it hire', '200 engineers and open a plant in', 'the spring of next year, the company said.', ...REST], kind: 'truncated-sentence' },
  { name: 'a remark with its full stop and a "Name, role" line', paragraphs: [HEADLINE, B0, 'We have never seen demand like this for warehouse robots in our whole history.', 'Jane Doe, chief executive of Acme Robotics', 'Jane Doe founded the company in 2019 with two engineers from Ohio State.', ...REST] },
  { name: 'an unpunctuated line and a "Name, role" line whose person is named nowhere else', paragraphs: [HEADLINE, B0, 'Demand for warehouse robots has doubled in the past year across the whole region', 'Mark Smith, analyst at Northwind Research', 'The company plans to open a second plant in Texas next year, it said.', ...REST] },
  { name: 'a dated heading between a cut line and a lower-case line is no call-out', paragraphs: [HEADLINE, B0, 'Thanks to everyone who reported the bugs we fixed this week, and to all who submitted', '2021 Planning underway', 'patches for the menus and the printing code in the last release of the browser.', ...REST], kind: 'truncated-sentence' },
  // A byline once; a name line followed by a byline of someone else.
  { name: 'a byline under a heading, printed once', paragraphs: [HEADLINE, 'Technology', 'By Jane Doe', ...BODY] },
  { name: 'a name line, then a byline naming another writer', paragraphs: [HEADLINE, 'Jane Doe', 'Opinion', 'By John Roe', ...BODY] },
  { name: 'French: "Analyse par Jean Dupont" printed once', paragraphs: [TITRE, 'Analyse', 'Analyse par Jean Dupont', ...CORPS] },
];

describe('round 10 text artifacts: look-alikes stay', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs, kind }) => {
    expect(findArtifacts({ paragraphs }).filter((a) => a.kind !== kind).map((a) => `${a.kind}: ${a.text}`)).toEqual([]);
  });
});
