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
  'Le port de Brest relance son terminal à conteneurs',
  'Auteur(s)',
  'La rédaction de Portsinfo.fr avec AFP',
  'Publié le 12 mars 2019 - 10:20',
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
  it('"Auteur(s)" over a desk credit with an agency (French)', () => {
    expect(flagged(FIELD_LABEL_OVER_DESK_FR, 'byline-noise', 'Auteur(s)')).toBe(true);
  });
  it('"Author(s):" over a name', () => {
    expect(flagged(FIELD_LABEL_OVER_NAME, 'byline-noise', 'Author(s):')).toBe(true);
  });
});
