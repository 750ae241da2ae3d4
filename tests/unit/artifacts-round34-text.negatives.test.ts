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
