/**
 * Round 15 look-alikes of the plural-raiser reading (deals-round15.test.ts): these stay rounds. A name right before the verb
 * ("Les Furets", "Kiplo et Tilia"), the first person, the company's own people, a sum shared out ("respectivement", "each") and a
 * singular verb are not several raisers. Invented sentences, EN and FR.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('readFigure, round 15 look-alikes: a named, first-person, own-people or shared-out raiser keeps its round', () => {
  it.each<[string, number]>([
    ['Les Mousquetaires du Code ont levé § auprès de Partech.', 0],
    ['Kiplo et Tilia ont levé § auprès du même fonds.', 0],
    ['Les deux biotechs lyonnaises ont levé respectivement § et § en amorçage.', 0],
    ['Les deux biotechs lyonnaises ont levé § chacune en amorçage.', 0],
    ['Ses cofondateurs ont levé § auprès de business angels.', 0],
    ['Kiplo a levé § auprès de Partech.', 0],
    ['We have raised § from our existing backers.', 0],
    ['Its owners have raised § from angel investors.', 0],
    ['Both labs have raised § each in seed funding.', 0],
    ['Acme and Beta have raised § in a joint round led by Accel.', 0],
  ])('%s', (text, n) => expect(kindAt(text, n)).toBe('round'));
});

describe('readFigure, round 15 look-alikes: a fund taking part in a named company\'s round keeps the round', () => {
  it.each([
    'Le fonds régional a participé à une levée de fonds de § pour Kiplo.',
    'The fund took part in a round of § in Zentrix.',
    'Le fonds a mené un tour de table de § chez la medtech Ondine.',
    'Kiplo a réalisé une levée de fonds de § auprès du fonds Partech.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});
