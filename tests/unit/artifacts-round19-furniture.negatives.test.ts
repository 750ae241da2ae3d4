import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 19 furniture readers in clean articles, invented. None may be flagged as boilerplate.
 */
const mid = (line: string): string[] => [HEADLINE, BODY[0]!, line, ...BODY.slice(1)];
const milieu = (line: string): string[] => [TITRE, CORPS[0]!, line, ...CORPS.slice(1)];
const last = (line: string): string[] => [HEADLINE, ...BODY, line];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // Reported speech: the article reports what a company or an official says about a site, a newsletter or a gallery.
  { name: 'a company reports on its newsletter', paragraphs: mid('The company said readers can sign up for its newsletter in the new app.') },
  { name: 'a quoted invitation to a website', paragraphs: mid('“Visit our website to apply before Friday,” the agency told applicants.') },
  { name: 'une annonce rapportée', paragraphs: milieu('« Rejoignez notre forum des exportateurs », a déclaré la présidente de la chambre.') },
  // An explainer names itself ("this article") and speaks to its reader: a content noun needs an imperative.
  { name: 'an explainer names itself', paragraphs: mid('If your company is growing quickly, this article will help you plan the next round.') },
  { name: 'un article explicatif se présente', paragraphs: milieu('Si votre entreprise grandit vite, cet article vous aide à préparer le prochain tour de table.') },
  // The reader's bank account and a product's subscription are what business news reports on.
  { name: 'the reader’s bank account', paragraphs: mid('If you keep a savings account, your bank must send you a statement every year.') },
  { name: 'le compte du lecteur', paragraphs: milieu('Si vous avez un compte courant, votre banque doit vous envoyer un relevé chaque année.') },
  // A question about a site the reader may remember.
  { name: 'a question about a remembered gallery', paragraphs: mid('Do you remember this gallery on the harbour front, before the fire of 2009?') },
  // A French medium noun with a "de" complement is a kind of site the story is about.
  { name: 'un site d’un certain genre', paragraphs: milieu('Ce site de petites annonces vous demande une pièce d’identité avant toute vente.') },
  // An imperative over a headline-like line that does not end on a medium noun.
  { name: 'an imperative headline without a medium noun', paragraphs: last('Follow the money behind the port deal') },
  // The third person about photos and galleries.
  { name: 'a gallery owner’s photos', paragraphs: mid('Visitors to the gallery can buy prints of the photos, which sold out within a week.') },
  // A tap or a click in the story's own action, not opening a clause: no link.
  { name: 'a kiosk that asks visitors to tap', paragraphs: mid('The old kiosk still asks visitors to tap a card here before the gates open.') },
  { name: 'an editor’s pointer to past columns', paragraphs: mid('He writes about the venture every month. Read his earlier columns here.') },
  // An agency's name alone is a byline or a source line; in a sentence it is reported.
  { name: 'an agency name alone', paragraphs: last('Reuters') },
  { name: 'an agency’s photo desk in a sentence', paragraphs: mid('AFP Photo editors picked the image for the front page.') },
];

describe('round 19 furniture look-alikes stay prose', () => {
  for (const row of NEGATIVE) {
    it(row.name, () => {
      const found = findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate');
      expect(found.map((a) => a.text)).toEqual([]);
    });
  }
});
