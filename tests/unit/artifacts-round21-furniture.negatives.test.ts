import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 21 link-label readers in clean articles, invented. None may be flagged as boilerplate.
 */
const mid = (line: string): string[] => [HEADLINE, BODY[0]!, line, ...BODY.slice(1)];
const milieu = (line: string): string[] => [TITRE, CORPS[0]!, line, ...CORPS.slice(1)];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // A sentence that ends on a trailing-off ellipsis, its last words not a label.
  { name: 'a quote trailing off', paragraphs: mid('The chief executive paused before answering. “We will see what the market wants to read...”') },
  { name: 'une phrase en suspens', paragraphs: milieu('Le dirigeant a hésité avant de répondre. « Nous verrons bien ce que les lecteurs voudront lire... »') },
  // A label word inside a longer phrase after the last sentence, then an ellipsis.
  { name: 'more to come', paragraphs: mid('The board will meet again in June, the chair said on Friday. More talks to come...') },
  { name: 'la suite au prochain épisode', paragraphs: milieu('Le conseil se réunira de nouveau en juin, a indiqué la présidente. La suite des discussions viendra...') },
  // The label in lower case inside a sentence.
  { name: 'a reader who will keep reading', paragraphs: mid('Most subscribers said they would keep reading... as long as the price stayed the same.') },
  // Promotion look-alikes: a founder quoted, a verb that is no imperative of promotion, "our" of a nation, an offer noun
  // without "our".
  { name: 'a founder quoted at a fair', paragraphs: mid('“Try our products and you will see,” the founder told buyers at the fair.') },
  { name: 'un ministre cité', paragraphs: milieu('« Investissez dans nos régions », a lancé le ministre devant les chefs d’entreprise.') },
  { name: 'our future, not an offer', paragraphs: mid('Invest in our future: the chamber passed the budget by a wide margin on Thursday.') },
  { name: 'an offer noun without our', paragraphs: mid('Explore the services market before investing in the sector, the note advises.') },
  { name: 'des offres sans possessif', paragraphs: milieu('Découvrez les offres des opérateurs dans notre comparatif publié lundi.') },
];

describe('round 21 link-label look-alikes stay unflagged', () => {
  for (const row of NEGATIVE) {
    it(row.name, () => {
      expect(findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text)).toEqual([]);
    });
  }
});
