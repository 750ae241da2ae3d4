import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';

/** Round 34 (artifact text readers): rows that must stay unflagged. */

const kindsOn = (paragraphs: string[], text: string): string[] =>
  findArtifactsLocated({ paragraphs }).filter((f) => f.text.includes(text)).map((f) => f.kind);

/** A closing bracket ending a sentence with its full stop, above a "Read more" link: a finished teaser, not a cut. */
const FINISHED_TEASER_WITH_BRACKET = [
  'Harbour board approves ferry terminal expansion',
  'The harbour board has approved the expansion of the ferry terminal after a two-year review of traffic at the port (see the map).',
  'Read More',
];

/** A bracket and an ellipsis with no "read more" after them: the writer's trailing thought, not an excerpt's cut. */
const BRACKET_ELLIPSIS_IN_BODY = [
  'The ferry operator reported a rise in passengers over the summer, its chief executive told reporters on Tuesday in the port.',
  'Asked about next year, he only said the company would keep its options open (for now)…',
  'The company said it planned to add two routes to the islands before the end of next year, subject to approval.',
];

describe('round 34: a bracket before an ellipsis is a cut only before a "read more" link', () => {
  it('a finished sentence closing on a bracket and a full stop', () => {
    expect(kindsOn(FINISHED_TEASER_WITH_BRACKET, 'the map')).not.toContain('truncated-sentence');
  });
  it('a writer’s ellipsis after a bracket in the body', () => {
    expect(kindsOn(BRACKET_ELLIPSIS_IN_BODY, '(for now)…')).not.toContain('truncated-sentence');
  });
});

/** A plural "Authors" heading over a list of contributors' sentences: a section, not a field label. */
const AUTHORS_HEADING = [
  'The ferry operator reported a rise in passengers over the summer, its chief executive told reporters on Tuesday in the port.',
  'The company said it planned to add two routes to the islands before the end of next year, subject to approval.',
  'Authors',
  'Jane Roe covers transport for the paper and has reported on the harbour for ten years.',
];

/** The label over the text itself (the value lost), not over a name: left to the empty-label rule, not read as a split byline. */
const FIELD_LABEL_OVER_TEXT = [
  'Harbour board approves ferry terminal expansion',
  'Author(s):',
  'The harbour board has approved the expansion of the ferry terminal after a two-year review of traffic at the port.',
  'The board said the works would start in spring and take about eighteen months, its chairman told reporters.',
];

/** "La rédaction" inside a sentence of the body: no label above it. */
const DESK_IN_BODY_FR = [
  'Le conseil portuaire a validé mardi la relance du terminal à conteneurs, fermé depuis deux ans, a-t-on appris auprès de la région.',
  'La rédaction',
  'Les travaux doivent commencer à l’automne et durer dix-huit mois, selon le président du conseil portuaire.',
];

describe('round 34: no split byline without a field label over a name or a desk', () => {
  it('an "Authors" heading over a contributor note', () => {
    expect(kindsOn(AUTHORS_HEADING, 'Jane Roe covers')).not.toContain('byline-noise');
  });
  it('a field label over the text is no split byline', () => {
    expect(findArtifactsLocated({ paragraphs: FIELD_LABEL_OVER_TEXT }).some((f) => f.message.includes('split over several lines'))).toBe(false);
  });
  it('a desk line with no label above it', () => {
    expect(findArtifactsLocated({ paragraphs: DESK_IN_BODY_FR }).some((f) => f.message.includes('split over several lines'))).toBe(false);
  });
});

/** A profile's section: a person's name over a paragraph about them, the article going on below. */
const PROFILE_SECTIONS = [
  'Five founders to watch in the harbour economy',
  'The harbour district has become a magnet for young companies, and these are the people behind the busiest of them.',
  'Jane Roe',
  'Jane Roe is the chief executive of Dockside Robotics, which builds cranes that load ferries without a driver. She founded the company in 2019.',
  'Tom Avery',
  'Tom Avery was a ferry captain for twenty years before he started Tidewater Software, which plans crossings for operators.',
  'Both companies raised money from local investors last year, and both plan to hire in the spring.',
];

/** A journalist's appointment told under a name subhead: the story goes on after the bio-like paragraph. */
const APPOINTMENT_STORY = [
  'Harbour Gazette names new business editor',
  'The Harbour Gazette has named a new business editor, the paper said on Tuesday, after a search that lasted four months.',
  'Dana Whitfield',
  'Dana Whitfield spent six years at a weekly business magazine, where she ran the markets pages, and previously worked as a reporter in London.',
  'She will start in March and report to the editor in chief, the paper said in a statement.',
];

describe('round 34: a name over a paragraph about that person is no author box when the text goes on', () => {
  it('a profile’s sections (no newsroom trade, the article goes on)', () => {
    expect(kindsOn(PROFILE_SECTIONS, 'Jane Roe is the chief')).not.toContain('byline-noise');
    expect(kindsOn(PROFILE_SECTIONS, 'Tom Avery was a ferry')).not.toContain('byline-noise');
  });
  it('an appointment story under a name subhead', () => {
    expect(kindsOn(APPOINTMENT_STORY, 'Dana Whitfield spent six years')).not.toContain('byline-noise');
  });
});

/** One-letter words and units: a vowel word ("il y a"), a unit after a figure ("12 m"), a variable ("solve for x"). */
const ONE_LETTER_ENDINGS = [
  'Le conseil portuaire a validé mardi la relance du terminal, et les riverains se demandent combien de temps il y a',
  'The new channel will let ferries load at any tide, the harbour master said, once it is dredged to a depth of 12 m',
  'The pilots’ exam asks candidates to read a tide table and, for the last question, to solve the equation for x',
  'The board said the works would start in spring and take about eighteen months, its chairman told reporters on Tuesday.',
];

describe('round 34: a paragraph ending on a one-letter word or a unit is not cut inside a word', () => {
  for (const p of ONE_LETTER_ENDINGS.slice(0, 3)) {
    it(p.slice(-20), () => {
      expect(findArtifactsLocated({ paragraphs: ONE_LETTER_ENDINGS }).some((f) => f.kind === 'truncated-sentence' && f.message.includes('inside a word') && p.includes(f.text))).toBe(false);
    });
  }
});

/** A site's related-links box, one of its links printed twice: the box's, not an image's alt text and caption, nor a title. */
const LINKS_BOX_WITH_DOUBLED_LINK = [
  'The ferry operator reported a rise in passengers over the summer, its chief executive told reporters on Tuesday in the port.',
  'The company said it planned to add two routes to the islands before the end of next year, subject to approval.',
  'Harbour guides for 2021',
  'Island ferry timetables',
  'The winter crossing fares',
  'Harbour parking tips',
  'A full round-up of island ferry and harbour parking tips',
  'A full round-up of island ferry and harbour parking tips',
  'Port news in brief',
];

describe('round 34: a link printed twice inside a links box', () => {
  it('is neither a duplicated caption nor a title printed twice', () => {
    const kinds = kindsOn(LINKS_BOX_WITH_DOUBLED_LINK, 'A full round-up of island ferry');
    expect(kinds).not.toContain('duplicated-caption');
    expect(kinds).not.toContain('duplicated-paragraph');
  });
});

/** A finished paragraph before an icon and a prompt: nothing was cut. */
const FINISHED_BEFORE_ICON_PROMPT = [
  'Ferry operator weighs sale of island routes',
  'The ferry operator is weighing the sale of its island routes, two people familiar with the matter told the paper on Monday.',
  '📰',
  'Continue Reading on The Harbour Times',
];

/** A line stopping without a full stop before an icon and an ordinary paragraph: no prompt, no cut read here. */
const HEADING_BEFORE_ICON_TEXT = [
  'The ferry operator reported a rise in passengers over the summer, its chief executive told reporters on Tuesday in the port.',
  'What the new island routes mean for passengers and for the operator',
  '📰',
  'The company said it planned to add two routes to the islands before the end of next year, subject to approval.',
];

describe('round 34: an icon line before a prompt does not make a finished paragraph a cut', () => {
  it('a finished sentence', () => {
    expect(kindsOn(FINISHED_BEFORE_ICON_PROMPT, 'two people familiar')).not.toContain('truncated-sentence');
  });
  it('a heading before an icon and the text', () => {
    expect(kindsOn(HEADING_BEFORE_ICON_TEXT, 'What the new island routes')).not.toContain('truncated-sentence');
  });
});
