/**
 * Round 39 (session 26), French descriptors before a name in a giver list (investors.ts cleanItemCore):
 * FR_KIND_NOUN_WITH_COMPLEMENT: the cue took the item's determiner ("auprès du | fonds de capital risque Daphni", 962 AFP via
 * Agrimutuel; "auprès du | fonds de pension canadien …", 902 Courrier stratégique): a kind noun and its "de" complement describe the
 * name after them. PARTITIVE_DESCRIPTOR: "et du fonds de capital-risque Iron Pillar" (902): the dropped partitive still marks the words
 * before the name as a determiner-led descriptor. PEOPLE_POSSESSOR: "Ontario Teacher’s Pension Pla" (902): a possessive of people is
 * a word of an institution's name, not an owner. Figures masked (§). Look-alikes: a fund named after a person ("du fonds de Xavier
 * Niel Kima ventures": the person is the preposition's object), an owner's possessive ("Microsoft’s venture fund M12").
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 39: a French kind noun with its complement describes the name after it', () => {
  const rows: Array<[string, Want]> = [
    row('Snapdeal obtient ces § auprès du fonds de pension canadien Ontario Teacher’s Pension Pla, du singapourien Brother Fortune Apparel et du fonds de capital-risque Iron Pillar.', [], ['Ontario Teacher’s Pension Pla', 'Brother Fortune Apparel', 'Iron Pillar']),
    row('La start-up, née en 2015, avait initialement levé § en deux opérations, à l’automne 2016 (§) et en juillet 2017 (§), auprès du fonds de capital risque Daphni, et d’investisseurs comme Henri Seydoux.', [], ['Daphni', 'Henri Seydoux']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 39: look-alikes, the descriptor rules leave these as they were', () => {
  const rows: Array<[string, Want]> = [
    // A fund named after its founder: the person after "de" is the object, the fund's own name follows.
    row('Agricool avait levé § auprès d’investisseurs comme Henri Seydoux, Jean-Daniel Guyot, du fonds de Xavier Niel Kima ventures, de Pierre Valade.', [], ['Henri Seydoux', 'Jean-Daniel Guyot', 'Pierre Valade']),
    // An owner's possessive before its fund stays a descriptor: the fund is the investor.
    row('Acme raised § from Microsoft’s venture fund M12 and Index Ventures.', [], ['M12', 'Index Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
