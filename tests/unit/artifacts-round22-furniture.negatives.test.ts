import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the furniture readers after review A, invented. None may be flagged as boilerplate.
 */
const mid = (line: string): string[] => [HEADLINE, BODY[0]!, line, ...BODY.slice(1)];
const milieu = (line: string): string[] => [TITRE, CORPS[0]!, line, ...CORPS.slice(1)];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // A promo verb that is a noun or a name, a subject pronoun, "our" opening a clause of its own, a sentence going on.
  { name: 'a noun that looks like an imperative', paragraphs: mid('Trade with our partners in Asia grew 9% over the year.') },
  { name: 'a firm named like a verb', paragraphs: mid('Discover Holdings trimmed its forecast as our tools rivals gained ground.') },
  { name: 'a fund named like a verb', paragraphs: mid('Explore Capital backed the deal, and our partners followed within a week.') },
  { name: 'an idiom with a subject', paragraphs: mid('Try as they might, our products never took off in the north.') },
  { name: 'une subordonnée avec son sujet', paragraphs: milieu('Profitez de la hausse des prix, nos partenaires agricoles ont vendu plus tôt.') },
  { name: 'un nom propre après le verbe', paragraphs: milieu('Essayez Conseil a racheté nos outils de paie l’an dernier.') },
  // A sentence trailing off with a label word and an ellipsis: only a "read more" label is a link there.
  { name: 'prose that trails off on more', paragraphs: mid('The minister was asked about the budget again and said nothing more. More...') },
];

describe('round 22 furniture look-alikes stay unflagged', () => {
  for (const row of NEGATIVE) {
    it(row.name, () => {
      expect(findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text)).toEqual([]);
    });
  }
});

/** Look-alikes of the tool bar: the same words in a sentence, a bar inside a line, a grade. */
const NOT_TOOL_BARS: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'adjust as a verb in prose', paragraphs: mid('Adjust, share and print: the firm says its new printers do all three at once.') },
  { name: 'a grade with a plus', paragraphs: mid('The agency kept its A+ rating on the bank’s senior debt.') },
  { name: 'une barre au milieu d’une ligne', paragraphs: milieu('Imprimer | Résultats annuels du groupe en hausse de 4 %') },
  { name: 'text size in a sentence', paragraphs: mid('Text size matters, the designers said, more than colour.') },
];

describe('round 22 tool-bar look-alikes stay unflagged', () => {
  for (const row of NOT_TOOL_BARS) {
    it(row.name, () => {
      expect(findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text)).toEqual([]);
    });
  }
});

/** A date and time stamp set with slashes or bars is the page's date line, not a breadcrumb trail (lexicon.ts 'breadcrumb'). */
const NOT_BREADCRUMBS: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'a date, a time and an update note', paragraphs: [HEADLINE, 'March 3, 2022 / 9:15 AM / Updated 2 hours ago', ...BODY] },
  { name: 'une date, une heure et une mise à jour', paragraphs: [TITRE, '3 mars 2022 / 9h15 / Actualisé à 11h', ...CORPS] },
];

describe('round 22 date lines stay unflagged', () => {
  for (const row of NOT_BREADCRUMBS) {
    it(row.name, () => {
      expect(findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text)).toEqual([]);
    });
  }
});
