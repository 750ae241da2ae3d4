/**
 * Money, round 33c, look-alikes: a Quebec or Canadian page that names a foreign market once or twice keeps its French
 * dollars Canadian (Quebec named more often than the other countries together). Rows of money-round33c.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, pageMoneyContext } from '../../utils/money';

const currencies = (text: string) => findMoney(text, pageMoneyContext(text, 'fr')).map((m) => [m.text, m.currency]);

describe('round 33c: a Quebec page naming a foreign market stays Canadian', () => {
  const rows: Array<[string, Array<[string, string]>]> = [
    ['La start-up montréalaise Vireo lève 15 millions de dollars pour percer en Inde. Le Québec compte ainsi une ' +
      'nouvelle pousse prometteuse, et Montréal confirme son rang.', [['15 millions de dollars', 'CAD']]],
    ['À Québec, la société Norva obtient 8 millions de dollars d’investisseurs québécois; elle vise le marché ' +
      'britannique et allemand d’ici deux ans. Montréal suit de près.', [['8 millions de dollars', 'CAD']]],
  ];
  it.each(rows)('%s', (text, want) => expect(currencies(text)).toEqual(want));
});
