/**
 * Who raised, round 32 (companies.ts NATIONALITY_FORMS): a demonym is no company. The closed family of nationality words now
 * holds the rest of the demonyms the startup press of Africa, the Middle East, Asia and Latin America writes, so "Orvani, a
 * Rwandan startup" points back to Orvani, not to "Rwandan". Seen on fixture 697 (a Substack newsletter on African health
 * ventures: "Medikea, a Tanzanian startup" read as a second deal of company "Tanzanian") and in the demonym openers ("Turkish",
 * "Nigerian") named in the brief; blind batch 21's 868 (FinTech Futures, "Mexican challenger bank, albo, has raised" read
 * as company "Mexican"). (2) "Just", the approximating adverb a sentence opens with ("Just over two months after its debut,
 * …", "Just last week, …", "Just like in Kenya, …"), is grammar like its siblings "almost", "nearly", "only" (OPENING_GRAMMAR):
 * blind 880 (STAT, "Just" read as the company of a past round), 573 (Kenyan Wall Street), the Crunchbase News copy in the
 * fixtures. (3) The Swiss cantons and Belgian regions, and "Quebec" unaccented, are places (PLACES): blind 876 (Le Temps, "Vaud"
 * read as the company of the canton's rounds). Invented rows; each fails with the rule off (checked).
 * Look-alikes: companies-round32.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { antecedentIn, isNationality, isOpeningWord, isPlace } from '../../utils/companies';

describe('round 32: the demonyms of the wider startup press are nationalities', () => {
  it.each<string>(['Tanzanian', 'Turkish', 'Moroccan', 'Saudi', 'Emirati', 'Pakistani', 'Sri Lankan', 'Middle Eastern', 'Ivoirienne', 'Camerounais', 'Turque', 'Saoudien'])(
    '"%s" is a nationality', (word) => expect(isNationality(word)).toBe(true));
});

describe('round 32: a demonym before "startup" is no antecedent', () => {
  it.each<[string, string]>([
    ['Last month Kestrel Fund backed Orvani, a Rwandan', 'Orvani'],
    ['Le fonds a soutenu Tilvo, une jeune pousse Ivoirienne', 'Tilvo'],
  ])('%s', (before, want) => expect(antecedentIn(before)).toBe(want));
});

describe('round 32: "Just" opening a sentence is grammar', () => {
  it('"Just" alone is an opening word', () => expect(isOpeningWord('Just')).toBe(true));
});

describe('round 32: Swiss cantons, Belgian regions and an unaccented Quebec are places', () => {
  it.each<string>(['Vaud', 'Valais', 'Neuchâtel', 'Wallonie', 'Flanders', 'Quebec'])('"%s" is a place', (name) => expect(isPlace(name)).toBe(true));
});
