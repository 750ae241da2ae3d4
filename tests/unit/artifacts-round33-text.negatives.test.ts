import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findMergedStories } from '../../utils/artifacts/merged-stories';
import { findBylineNoise } from '../../utils/artifacts/bylines';
import { findTruncatedSentences } from '../../utils/artifacts/truncated';

/**
 * Round 33 look-alikes (invented, EN and FR).
 *
 * merged-stories.ts: a line in capitals, a dash and a name reads like a dateline ("LDC – Luché …"), but a ranking of
 * deals prints each item as "buyer – target (amount)": a short line, no lede after the dash, not a second story.
 */

const FR_INTRO = [
  'Le secteur agroalimentaire a connu une année record en 2019, avec plus de cent opérations de rachat recensées par le cabinet.',
  'Les groupes coopératifs ont été les plus actifs, devant les fonds d’investissement, selon le bilan publié mardi par le cabinet.',
  'Voici les principales opérations de l’année, classées par montant :',
];
const EN_INTRO = [
  'The food industry had a record year in 2019, with more than a hundred takeovers counted by the consultancy in its annual review.',
  'Cooperative groups were the most active buyers, ahead of private equity funds, the consultancy said in the review published on Tuesday.',
  'These were the largest deals of the year, by value:',
];

const RANKINGS: Array<[string, string[]]> = [
  ['FR : acheteur – cible (montant)', [...FR_INTRO, 'Fromageries Dupré – Biscuits du Lac (68 millions)', 'SCA – Moulin de Vire (50 millions)', 'CVL – Volailles Brière (39 millions)', 'Terres Unies – Conserves Aubry (30 millions)']],
  ['EN: buyer – target (amount)', [...EN_INTRO, 'Harbour Foods – Lakeside Bakeries (68 million)', 'NFC – Valley Mills (50 million)', 'GCB – Northern Poultry Farms (39 million)', 'Dale Growers – Marsh Canning (30 million)']],
];

describe('round 33: a ranking of deals is no dateline', () => {
  for (const [name, paragraphs] of RANKINGS) {
    it(name, () => {
      expect(findMergedStories(buildDoc(paragraphs)).length).toBe(0);
    });
  }
});

/** bylines.ts: a date and time in prose follows a preposition or closes a sentence; a stamp line of its own is metadata. */
const NOT_GLUED_STAMPS: Array<[string, string]> = [
  ['a call set for a time (preposition, full stop)', 'The company will hold a call with analysts on Thursday December 5, 4:15 pm ET.'],
  ['an offer ending at a time (full stop)', 'Shareholders may tender their shares until the offer expires March 4, 2014, 5:00 pm EST.'],
  ['a time after "from" at the line end', 'Trading in the shares was halted from March 4, 9:30 AM EST'],
  ['a stamp alone on its line (page metadata)', 'March 4, 9:16 AM EDT'],
  ['a time in a sentence going on after it', 'The vote closed March 4, 2014, 5:00 pm EST and the board met the next morning.'],
  ['an aggregator’s source line with its stamp (metadata)', 'Source: The Harbour Gazette March 4, 2014 09:16 UTC'],
  ['FR : la ligne de source d’un agrégateur', 'Source : Le Journal du Port March 4, 2014 09:16 UTC'],
  ['FR : une heure dans une phrase', 'La compagnie tiendra une conférence jeudi 5 décembre à 16 h 15, heure de Paris.'],
];

describe('round 33: not a stamp glued to a headline', () => {
  for (const [name, line] of NOT_GLUED_STAMPS) {
    it(name, () => {
      const doc = buildDoc([line, 'The ferry operator reported a rise in passengers over the summer, its chief executive told reporters.']);
      expect(findBylineNoise(doc).length).toBe(0);
    });
  }
});

/**
 * truncated.ts: a writer's trailing ellipsis before a subhead is no listing's cut when the paragraph under the subhead
 * does not retell it (an article's section), or when the line before the subhead ends a full sentence.
 */
const NOT_MARKED_ITEM_CUTS: Array<[string, string[]]> = [
  ['EN: a suspense ellipsis before a section subhead that the section does not retell', [
    'Harbour Lines adds two island routes for next spring',
    'The ferry operator will add two routes to the islands next spring. Everyone on the quay knew what that meant for the old harbour front...',
    'What the mayor wants from the ferry company',
    'She asked for a new waiting room, more buses to the station and cheaper tickets for residents, her office said on Monday.',
  ]],
  ['EN: a sentence closed before the subhead', [
    'Harbour Lines adds two island routes for next spring',
    'The ferry operator will add two routes to the islands next spring. Its chief executive said the routes would serve the northern islands.',
    'Dredging contract awarded for the northern channel',
    'The port authority awarded a dredging contract for the northern channel to a Dutch contractor on Monday, it said in a statement.',
  ]],
  ['FR : des points de suspension avant un intertitre que la section ne reprend pas', [
    'La compagnie maritime ouvre deux lignes vers les îles',
    'La compagnie ouvrira deux lignes vers les îles au printemps prochain. Sur le quai, chacun savait ce que cela voulait dire pour le vieux port…',
    'Les souhaits de la maire pour le quai',
    'Elle demande une nouvelle salle d’attente, davantage de bus vers la gare et des billets moins chers pour les habitants, selon son cabinet.',
  ]],
];

describe('round 33: a trailing ellipsis that is no listing’s cut', () => {
  for (const [name, paragraphs] of NOT_MARKED_ITEM_CUTS) {
    it(name, () => {
      expect(findTruncatedSentences(buildDoc(paragraphs)).length).toBe(0);
    });
  }
});
