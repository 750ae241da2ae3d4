/**
 * Money, round 33c (invented sentences): French "millions de dollars" on a page whose story is set in another country
 * stay US dollars even when a Canadian investor is named twice (guessQuebecDollar's FRENCH_FOREIGN_SCENE,
 * utils/money.ts). Courrier Stratégique on an Indian marketplace (902) and Digital Africa on Chandigarh startups (903)
 * name India six times and Canada only through one investor. Rows red before the rule (checked). Look-alikes (a
 * Quebec page that names a foreign market once or twice keeps its Canadian dollars): money-round33c.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, pageMoneyContext } from '../../utils/money';

const currencies = (text: string) => findMoney(text, pageMoneyContext(text, 'fr')).map((m) => [m.text, m.currency]);

describe('round 33c: a story set in another country keeps its French dollars US', () => {
  const rows: Array<[string, Array<[string, string]>]> = [
    ['La plateforme indienne Kirana lève 80 millions de dollars. Un fonds de pension canadien mène le tour, avec un fonds de l’Ontario. ' +
      'En Inde, le commerce en ligne attire les capitaux, et les investisseurs indiens suivent.', [['80 millions de dollars', 'USD']]],
    ['La fintech nigériane Pamba lève 12 millions de dollars auprès d’un fonds canadien et d’un fonds de Toronto. Au Nigeria, ' +
      'les paiements mobiles séduisent; Lagos et Abuja comptent déjà plusieurs licornes nigérianes.', [['12 millions de dollars', 'USD']]],
    ['Au Japon, la start-up Koru lève 30 millions de dollars auprès de la Caisse canadienne et d’un fonds de Montréal. ' +
      'Le marché japonais reste prudent, mais Tokyo veut ses licornes.', [['30 millions de dollars', 'USD']]],
  ];
  it.each(rows)('%s', (text, want) => expect(currencies(text)).toEqual(want));
});
