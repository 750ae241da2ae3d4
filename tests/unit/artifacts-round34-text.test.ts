import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';

/**
 * Round 34 (artifact text readers, invented rows).
 *
 * truncated.ts: a listing teaser cut by the template's ellipsis right before its "Read more" link is cut after a closing
 * bracket too ("… under Section 12 (4)…", "… the exchange (NSE)…"), not only after a letter or a digit.
 *
 * bylines.ts: the author field's label alone on its line ("Auteur(s)", "Author(s):"), its value on the next line (names, or
 * a desk credit: "La rédaction de … avec AFP"), is a byline split over lines, as "By" alone over the name is.
 *
 * bylines.ts: the site's author box after the post (the writer's name alone, then a bio opening with the same name and a
 * bio verb, naming the writer's trade further on, and only the site's furniture under it) is byline noise whatever the role
 * right after the name ("was the dean of …").
 *
 * truncated.ts: a teaser cut by a character limit inside a word, leaving one lower-case consonant after the last word
 * ("… Learn t", "… des prêteurs d"), is a cut sentence: no word of the languages read is a lone consonant.
 *
 * captions.ts, duplicates.ts: a line printed twice inside a links box is the box's (its negatives); a post title printed
 * twice between a blog's date line and its stamp is still a title printed twice (the box needs titles around the pair,
 * not dates and stamps).
 *
 * truncated.ts: a preview cut before its "continue reading" prompt with an icon or a separator line between them ("📰",
 * "|") is read as if the prompt stood right under it.
 */

const flagged = (paragraphs: string[], kind: string, text: string): boolean =>
  findArtifactsLocated({ paragraphs }).some((f) => f.kind === kind && f.text.includes(text));

const TEASER_CUT_AFTER_BRACKET = [
  'Harbour board approves ferry terminal expansion',
  'The harbour board has approved the expansion of the ferry terminal after a two-year review of traffic at the port. The board said the works would start in spring and follow the rules set out in Section 12 (4)…',
  'Read More',
];

const TEASER_CUT_AFTER_ACRONYM_FR = [
  'Le port autonome relance son terminal',
  'Le conseil de surveillance a validé la relance du terminal nord après deux années d’études menées avec la chambre de commerce et l’office des transports (OTR)…',
  'Lire la suite',
];

describe('round 34: a teaser cut after a closing bracket before its "read more" link', () => {
  it('an article reference in brackets, then the ellipsis', () => {
    expect(flagged(TEASER_CUT_AFTER_BRACKET, 'truncated-sentence', 'Section 12 (4)…')).toBe(true);
  });
  it('an acronym in brackets, then the ellipsis (French)', () => {
    expect(flagged(TEASER_CUT_AFTER_ACRONYM_FR, 'truncated-sentence', '(OTR)…')).toBe(true);
  });
});

const FIELD_LABEL_OVER_DESK_FR = [
  'Le terminal à conteneurs de Brest rouvrira en 2026',
  'Auteur(es) :',
  'Rédaction du Courrier des Ports et Reuters',
  'Mis à jour le 4 juin 2024 à 8 h 05',
  'Le conseil portuaire a validé mardi la relance du terminal à conteneurs, fermé depuis deux ans, a-t-on appris auprès de la région.',
  'Les travaux doivent commencer à l’automne et durer dix-huit mois, selon le président du conseil portuaire.',
];

const FIELD_LABEL_OVER_NAME = [
  'Harbour board approves ferry terminal expansion',
  'Author(s):',
  'Jane Roe',
  'March 3, 2021',
  'The harbour board has approved the expansion of the ferry terminal after a two-year review of traffic at the port.',
  'The board said the works would start in spring and take about eighteen months, its chairman told reporters.',
];

describe('round 34: an author field label alone over its value is a split byline', () => {
  it('"Auteur(es) :" over a desk credit with an agency (French)', () => {
    expect(flagged(FIELD_LABEL_OVER_DESK_FR, 'byline-noise', 'Auteur(es) :')).toBe(true);
  });
  it('"Author(s):" over a name', () => {
    expect(flagged(FIELD_LABEL_OVER_NAME, 'byline-noise', 'Author(s):')).toBe(true);
  });
});

const AUTHOR_BOX_AFTER_POST = [
  'Ferry operator weighs sale of island routes',
  'The ferry operator is weighing the sale of its island routes, two people familiar with the matter told the Harbour Gazette on Monday.',
  'The company has hired advisers and could start talks with buyers before the summer, the people said, asking not to be named.',
  'Read the full story here.',
  'Dana Whitfield',
  'Dana Whitfield was the head of the school of media at a state university for six years. She previously taught business journalism and ran the campus newspaper.',
  'Recent Posts',
  'Port authority names new chief',
];

describe('round 34: the site’s author box after the post', () => {
  it('a name line, then a bio opening with the name, then the site’s furniture', () => {
    expect(flagged(AUTHOR_BOX_AFTER_POST, 'byline-noise', 'Dana Whitfield was the head')).toBe(true);
  });
});

const SEARCH_LISTING_CUT_IN_WORD = [
  'The harbour board has approved the expansion of the ferry terminal after a two-year review of traffic at the port.',
  'The ferry operator is weighing the sale of its island routes, two people familiar with the matter said. Watch the full report h',
  'Port authority names a new chief executive after a long search. The appointment starts in March.',
];

const TEASER_CUT_IN_WORD_FR = [
  'Le conseil portuaire a validé mardi la relance du terminal à conteneurs, fermé depuis deux ans.',
  'Les travaux doivent commencer à l’automne et durer dix-huit mois, selon le président du conseil p',
  'Le port de Brest attend aussi une décision de la région sur le financement de la nouvelle digue.',
];

describe('round 34: a teaser cut inside a word, one consonant left', () => {
  it('a search result cut after one consonant', () => {
    expect(flagged(SEARCH_LISTING_CUT_IN_WORD, 'truncated-sentence', 'full report h')).toBe(true);
  });
  it('a teaser cut after one consonant (French)', () => {
    expect(flagged(TEASER_CUT_IN_WORD_FR, 'truncated-sentence', 'du conseil p')).toBe(true);
  });
});

const BLOG_TITLE_TWICE_BETWEEN_STAMPS = [
  'Thanks for reading',
  'Friday, March 6, 2020',
  'Harbour Weekly, Port Updates, Ferry News',
  'Harbour Weekly, Port Updates, Ferry News',
  'Ferry operator weighs sale of island routes',
  'Posted: 6 Mar 2020 02:53 PM PST',
  'The ferry operator is weighing the sale of its island routes, two people familiar with the matter told the paper on Monday.',
];

describe('round 34: a title printed twice between a blog’s date and stamp lines is still reported', () => {
  it('the second copy', () => {
    expect(findArtifactsLocated({ paragraphs: BLOG_TITLE_TWICE_BETWEEN_STAMPS }).some((f) => f.text === 'Harbour Weekly, Port Updates, Ferry News')).toBe(true);
  });
});

const PREVIEW_CUT_ICON_THEN_PROMPT = [
  'Ferry operator weighs sale of island routes',
  'The numbers will not be published until the board meets again, but for now the outlook for passenger growth is modest. Analysts polled by the paper expected that the operator carried 53,000 passengers last month, fewer than the 64,000 carried',
  '📰',
  'Continue Reading on The Harbour Times',
];

const PREVIEW_CUT_SEPARATOR_THEN_PROMPT_FR = [
  'Le port relance son terminal',
  'Le conseil portuaire a validé mardi la relance du terminal à conteneurs, fermé depuis deux ans. Du côté de la région, les élus attendent désormais que les travaux commencent vite et que la région confirme son financement',
  '|',
  'Lire la suite',
];

describe('round 34: a preview cut before its prompt, an icon or a separator line between them', () => {
  it('an icon line before "Continue Reading on …"', () => {
    expect(flagged(PREVIEW_CUT_ICON_THEN_PROMPT, 'truncated-sentence', 'fewer than the 64,000 carried')).toBe(true);
  });
  it('a separator line before "Lire la suite" (French)', () => {
    expect(flagged(PREVIEW_CUT_SEPARATOR_THEN_PROMPT_FR, 'truncated-sentence', 'confirme son financement')).toBe(true);
  });
});
