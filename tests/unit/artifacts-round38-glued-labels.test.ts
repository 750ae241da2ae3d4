import { describe, expect, it } from 'vitest';
import { furnitureTexts as furniture, PROSE_A, PROSE_B } from '../helpers/ferry-prose';

/**
 * Round 38 (issue 4): a site's link label run on at the end of a paragraph (furniture.ts GLUED_TAIL_FURNITURE), reported
 * once per label however many paragraphs carry it. Invented paragraphs in the fixtures' shapes; near-misses in prose.
 */

const GLUED: Array<[string, string, string]> = [
  ['a layout region’s label glued after the stop (692)', 'The regulator said it would review the merger before taking any further action.Article content', 'Article content'],
  ['a listing’s bracketed “[More]” (762)', 'The ferry line is back for the rest of the port, offering $47 billion for the terminals.  [More]', '[More]'],
  ['a blog excerpt’s “...MORE” (588)', 'Of the Gazette’s subscribers, 73pc buy its digital offer, up from 63pc in the previous year....MORE', '...MORE'],
  ['a blog engine’s “permalink” (766)', 'This is a company that competes with the two big ferry lines.  permalink', 'permalink'],
  ['a wire brief’s lost links (462)', '* Processing of the order backlog is expected to last into Q3 Source text for Eikon: Further company coverage: (Gdynia Newsroom)', 'Source text for Eikon: Further company coverage:'],
  ['FR : le lien de la boîte d’auteur (714)', 'Jean Dupont est journaliste. Il travaille également pour Radio Port, en charge du… En savoir plus sur cet auteur', 'En savoir plus sur cet auteur'],
];

describe('round 38: link labels glued to a paragraph’s end', () => {
  for (const [name, p, label] of GLUED) {
    it(name, () => {
      expect(furniture([PROSE_A, p, PROSE_B])).toContain(label);
    });
  }
  it('a label closing several paragraphs is reported once', () => {
    const found = furniture([PROSE_A, 'The ferry line added two routes last year.  permalink', 'Its rival cut three of them in the spring.  permalink', PROSE_B]);
    expect(found.filter((t) => t === 'permalink')).toHaveLength(1);
  });
});

const NEAR_MISSES: Array<[string, string]> = [
  ['“article content” in a sentence', 'The regulator reviewed the article content before taking action.'],
  ['“more” closing a sentence', 'The ferry line said it expected to carry more.'],
  ['an ellipsis before lower-case “more”', 'The port wanted the terminals, the cranes and... more'],
  ['“permalink” named in a sentence', 'Each post on the blog has a permalink.'],
  ['coverage in a sentence', 'The company said it would add further company coverage: analysts, ratings and data.'],
  ['FR : en savoir plus dans une phrase', 'Les lecteurs veulent en savoir plus sur cet auteur, a indiqué l’éditeur.'],
];

describe('round 38: near-misses stay prose', () => {
  for (const [name, p] of NEAR_MISSES) {
    it(name, () => {
      expect(furniture([PROSE_A, p, PROSE_B])).toEqual([]);
    });
  }
});
