import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findDuplicatedParagraphs } from '../../utils/artifacts/duplicates';
import { mergedStoryExcerpts } from '../helpers/merged-story-rows';

/**
 * Round 25, artifacts text detectors: other stories inside the article. Invented rows, each run through the smallest
 * reader that decides it. Look-alikes that must stay silent are in artifacts-round25-text.negatives.test.ts.
 */

/** Ledes of another day around a wire story (a wire mirror's "more news" teasers, the dash after the date lost). */
// A lede with its own headline right above it is reported at that headline (CONVENTIONS.md §listings; merged-stories
// otherDayLedes since session 25): these rows expected the lede itself before that convention was applied to them.
const OTHER_DAY_LEDES: Array<{ name: string; paragraphs: string[]; flagged: string[] }> = [
  {
    name: 'EN: a lede of another day after the story and its sign-off',
    paragraphs: [
      'Harbor Lines beats forecasts as freight volumes climb',
      'OSLO, March 4 Harbor Lines reported a higher quarterly profit on Tuesday as freight volumes climbed across its northern routes, the shipping group said in a statement.',
      'The group raised its dividend and said bookings for the spring season were ahead of last year, helped by new contracts with two grocery chains.',
      '(Reporting by Anne Berg; Editing by Tom Hale)',
      'MADRID, July 9 Spanish lender Banco Ribera said on Wednesday it had agreed to buy a smaller rival in the south of the country for an undisclosed sum.',
    ],
    flagged: ['MADRID, July 9'],
  },
  {
    name: 'EN: a teaser of another day above a brief whose own date line has no place',
    paragraphs: [
      'Copper slips as demand worries weigh',
      'LIMA, Aug 2 Copper prices slipped on Friday as traders weighed weaker factory data from the largest buyers of the metal around the world.',
      'Feb 11 Corvane Systems:',
      '* Says fourth-quarter revenue rose 12 percent to a record for the group',
      '* Says it expects to open three new plants next year in the north of the country',
      '* Says board proposes a higher dividend for the full year of trading',
      'Source text for the statement',
    ],
    flagged: ['Copper slips as demand worries weigh'],
  },
  {
    name: 'EN: a digest label over another day\'s item does not make the page a digest',
    paragraphs: [
      'EVENING ROUNDUP - Markets - June 8',
      'June 8 Here is what the regional business press carries this evening; we have not checked any of it ourselves.',
      'OSLO Dec 3 Norway\'s benchmark share index crept up on Thursday as shipping groups gained and a softer crown helped exporters, though cheaper gas held back producers.',
      'The benchmark added 3.2 points, or 0.3 percent, in the first hour, with most of its sectors trading in positive territory.',
    ],
    flagged: ['EVENING ROUNDUP - Markets - June 8'],
  },
  {
    name: 'FR: une dépêche d\'un autre jour après la brève',
    paragraphs: [
      'Le transporteur Brisac relève ses prévisions',
      'LYON, 4 mars Le transporteur Brisac a relevé mardi ses prévisions annuelles grâce à la hausse des volumes sur ses lignes du nord, a indiqué le groupe dans un communiqué.',
      'Le groupe a aussi augmenté son dividende et jugé que les réservations du printemps dépassaient nettement celles de l’an dernier.',
      'BORDEAUX, 9 juillet La banque Ribeyre a annoncé mercredi le rachat d’un concurrent plus petit dans le sud du pays pour un montant non divulgué.',
    ],
    flagged: ['BORDEAUX, 9 juillet'],
  },
  {
    name: 'FR: une accroche d\'un autre jour au-dessus de la dépêche',
    paragraphs: [
      'Le cuivre recule sur des craintes de demande',
      'SANTIAGO, 2 août Le cuivre a reculé vendredi, les opérateurs s’inquiétant de chiffres industriels décevants chez les plus gros acheteurs du métal.',
      'NANTES, 11 février Le constructeur Valmer a annoncé jeudi une hausse de 12 % de son chiffre d’affaires annuel, porté par ses ventes à l’export.',
      'Le groupe prévoit d’ouvrir trois usines l’an prochain dans l’ouest du pays et proposera un dividende en hausse à ses actionnaires.',
    ],
    flagged: ['Le cuivre recule sur des craintes de demande'],
  },
];

describe('round 25: ledes of another day around a wire story', () => {
  for (const row of OTHER_DAY_LEDES) {
    it(row.name, () => {
      const found = mergedStoryExcerpts(row.paragraphs);
      for (const start of row.flagged) expect(found.some((f) => f.startsWith(start)), `${start} in ${JSON.stringify(found)}`).toBe(true);
    });
  }
});

/** The repeats the duplicates detector reports in a list of paragraphs (no other detector's claim). */
function repeats(paragraphs: string[]): string[] {
  const doc = buildDoc(paragraphs);
  return findDuplicatedParagraphs(doc, () => false).map((f) => doc.text.slice(f.start, f.end));
}

const BUDGET_EN = 'The city approved a new budget on Monday after a long debate among council members.';
const BUDGET_FR = 'Le conseil municipal a adopté lundi un nouveau budget après un long débat entre les élus.';

/** An earlier paragraph printed again with a short label glued before it (its line break lost). */
const GLUED_LABEL_COPIES: Array<{ name: string; paragraphs: string[]; flagged: string }> = [
  { name: 'EN: a link label glued before the copy', paragraphs: [BUDGET_EN, 'Officials said the plan would cut waste in several departments.', `Keep Reading ${BUDGET_EN}`], flagged: 'Keep Reading The city' },
  { name: 'EN: a feed label with a dash', paragraphs: [BUDGET_EN, 'Officials said the plan would cut waste in several departments.', `Metro Wire – News Feed ${BUDGET_EN}`], flagged: 'Metro Wire' },
  { name: 'EN: a site address glued with no space', paragraphs: [BUDGET_EN, 'Officials said the plan would cut waste in several departments.', `cityhall.gov${BUDGET_EN}`], flagged: 'cityhall.govThe city' },
  { name: 'FR: un libellé de lien collé devant la copie', paragraphs: [BUDGET_FR, 'Selon la mairie, le plan réduira les dépenses de plusieurs services.', `Lire la suite ${BUDGET_FR}`], flagged: 'Lire la suite Le conseil' },
];

describe('round 25: a repeat with a label glued before it', () => {
  for (const row of GLUED_LABEL_COPIES) {
    it(row.name, () => {
      const found = repeats(row.paragraphs);
      expect(found.some((f) => f.startsWith(row.flagged)), JSON.stringify(found)).toBe(true);
    });
  }
});

/** A listing of items (headline, teaser cut mid-sentence, "Read More"): the item the first prompt closes is a second story. */
const CLOSED_ITEMS: Array<{ name: string; paragraphs: string[]; flagged: string }> = [
  {
    name: 'EN: the first prompt-closed item after another item\'s teaser',
    paragraphs: [
      'Should a founder take a second round from the same investors?',
      'Most early investors expect to be asked again, and many of them set aside money for it when they first write a cheque to a young company like',
      'What do board observers actually do at a startup?',
      'An observer sits in on board meetings without a vote, and the role is often given to a smaller investor who wants to follow the company without',
      'Read more >',
      'How long does a seed round usually last before the money runs out?',
      'Founders plan for eighteen months, but the time it really lasts depends on hiring, and most teams find that their first hires cost more than',
      'Read more >',
    ],
    flagged: 'What do board observers',
  },
  {
    name: 'FR: le premier article fermé par « Lire la suite » après un autre',
    paragraphs: [
      'Faut-il reprendre les mêmes investisseurs pour un second tour ?',
      'La plupart des premiers investisseurs s’attendent à être sollicités de nouveau, et beaucoup gardent des fonds pour cela dès leur premier chèque dans une jeune entreprise comme',
      'Que fait vraiment un observateur au conseil d’une start-up ?',
      'Un observateur assiste aux réunions du conseil sans droit de vote, et ce rôle revient souvent à un petit investisseur qui veut suivre la société sans',
      'Lire la suite',
      'Combien de temps dure un tour d’amorçage avant que l’argent ne manque ?',
      'Les fondateurs prévoient dix-huit mois, mais la durée réelle dépend des recrutements, et la plupart des équipes découvrent que leurs premières embauches coûtent plus que',
      'Lire la suite',
    ],
    flagged: 'Que fait vraiment',
  },
];

describe('round 25: the first item a "Read More" closes', () => {
  for (const row of CLOSED_ITEMS) {
    it(row.name, () => {
      const found = mergedStoryExcerpts(row.paragraphs);
      expect(found.some((f) => f.startsWith(row.flagged)), JSON.stringify(found)).toBe(true);
    });
  }
});
