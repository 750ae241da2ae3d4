/**
 * Who raised, round 31 (companies.ts):
 * - a fronted time adverbial whose linker is followed by a year ("Subsequently in 2015, it had raised", "Back in 2019, it raised")
 *   is no titled name like "Beyond the Sea" (YEAR_TAIL in titledNameSubject): seen on
 *   fixture 792 (VCCircle, "Subsequently in 2015"); the same fronted "<word> in <year>," opens clauses on other outlets'
 *   fixtures (05 Inc., 656 PocIT, 746 Farmers Journal: "Founded in 2014, the company has raised");
 * - a possessive whose apostrophe the scrape mis-decoded ("Velmoraâs", "Tondaroâ€™s") is the name plus a possessive
 *   (MOJIBAKE_POSSESSIVE): fixture 792 ("MedGenomeâs Series C") and the cp1252 quotes of artifacts fixture 217.
 * Invented rows; each fails with the rule off (checked). Look-alikes: companies-round31.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { antecedentIn, firstNameBefore, namesIn, subjectBefore } from '../../utils/companies';
import { findNameRuns } from '../../utils/names';

const subject = (sentence: string, verb: string) => subjectBefore(sentence, sentence.indexOf(verb));

describe('round 31: a fronted "<adverb> in <year>," is no company', () => {
  it.each<[string, string]>([
    ['Previously in 2017, it had secured § from Partech.', 'had secured'],
    ['Back in 2019, it raised § from Accel.', 'raised'],
    ['Already in 2020, it raised § in a seed round.', 'raised'],
    ['Again in 2022, it raised § from Accel.', 'raised'],
  ])('%s', (sentence, verb) => expect(subject(sentence, verb)?.name ?? '').toBe(''));
});

describe('round 31: a mis-decoded possessive is the name and its "’s"', () => {
  it('namesIn, lone "â" (Latin-1 read, controls dropped)', () => expect(namesIn('Velmoraâs seed round closed in May.')).toEqual(['Velmora']));
  it('namesIn, "â€™" (Windows-1252 read)', () => expect(namesIn('Tondaroâ€™s team grew to forty.')).toEqual(['Tondaro']));
  it('antecedentIn', () => expect(antecedentIn('Investors in Kelprumâs round')).toBe('Kelprum'));
  it('firstNameBefore', () => {
    const s = 'Velmoraâ€™s parent raised § from Accel.';
    expect(firstNameBefore(s, s.indexOf('raised'))).toBe('Velmora');
  });
  // Trimmed where runs are built (findNameRuns), so every name reader gets it (review A6: funding's leadingName).
  it('findNameRuns, lone "â"', () => expect(findNameRuns('Kelprumâs Series B was led by Partech.').map((r) => r.text)).toEqual(['Kelprum', 'Partech']));
  it('findNameRuns, "â€™"', () => expect(findNameRuns('Tilvoâ€™s board met Accel.').map((r) => r.text)[0]).toBe('Tilvo'));
});
