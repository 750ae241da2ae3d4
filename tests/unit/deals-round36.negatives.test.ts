/**
 * Round 36 (session 23, deals readers): a rate is not a round (deals.ts RATE_AFTER). A figure divided right after by a time unit
 * ("§ per year", "§ par an", "§ annually", "§ a year.") or by each recipient of a scheme ("§ per startup", "§ par start-up",
 * "§ par projet") is a fund's pace or a programme's ticket, never one company's raise: dafmag's Bpifrance fund (928), afriqash's
 * Ivorian start-up fund (986), innovations.quebec (255) and Banque des Territoires (753) on regional funds.
 * Invented sentences, EN and FR; every row was red before the rule (checked at a9507d8).
 * Look-alikes of a round's own split (deals.ts splitPartOfRound): two companies' rounds told around a dash, a currency's
 * conversion in parentheses, stay as they were read. Look-alikes of the present-tense amountless round (amountless-rounds.ts
 * PRESENT_CLOSING_VERB): a fund raised, a pronoun as subject, a plural class, "raises the bar", the French idiom "lève le
 * voile sur" and a plural French pronoun. And a review's entry whose
 * figure ends on an abbreviation's point ("$2b. acquisition of …", deals.ts REVIEW_ENTRY_AFTER): the words after the point are
 * the entry's, so a purchase is no round (red at a9507d8, checked).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 36: a figure per year or per recipient is a rate, not a round', () => {
  it.each<[string, string]>([
    ['FR, a pace "par an"', "Orvalis obtient un financement de 3 millions d'euros par an de Bpifrance."],
    ['FR, a range "de § à § par an"', "Orvalis obtient un financement de 2 à 3 millions d'euros par an de Bpifrance."],
    ['FR, a fund\'s intake "par an"', "Tondaro Capital a levé 40 millions d'euros par an auprès des assureurs."],
    ['FR, a ticket "par start-up"', "Pour sa première promotion, l'incubateur Kalima a obtenu de la région un financement de 30 000 euros par start-up."],
    ['FR, a ticket "par projet"', "Velmora Amorçage, soutenu par Bpifrance, apporte un financement de 500 000 euros par projet."],
    ['EN, a ticket "per startup"', 'The Brevik Accelerator gives a $150,000 investment per startup in its spring cohort.'],
    ['EN, a pace "per year"', 'Tondaro Capital plans a steady investment of $60 million per year into climate software.'],
    ['EN, a pace "annually"', 'Brevik Labs has secured financing of $8 million annually from Northwind Partners.'],
    ['EN, a money noun before "per year"', 'Kelbio Capital secured an investment of $60 million per year from the province.'],
  ])('%s', (_name, text) => {
    expect(deals(text)).toEqual([]);
  });
});

describe('round 36: look-alikes of a round\'s split keep their readings', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['EN, a conversion in parentheses, then "in equity"', 'Brevik raised $30 million (€27 million) in equity from Kelbio Capital.', [['Brevik', '$30 million']]],
    ['EN, a second round after a semicolon', 'Velmora raised a $90 million Series B in April; Quonda closed a $20 million Series A in May.', [['Velmora', '$90 million'], ['Quonda', '$20 million']]],
  ])('%s', (_name, text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});

describe('round 36: present-tense look-alikes that tell no round', () => {
  it.each<[string, string]>([
    ['a fund raised from limited partners', 'Northwind Partners raises Series A fund from its limited partners.'],
    ['a pronoun as subject', 'It raises a seed round from Kelbio Capital.'],
    ['a plural class in a relative clause', 'Startups that close Series A rounds from corporate investors grow faster.'],
    ['"raises the bar"', 'Velmora raises the bar for Series A pitches from founders.'],
    ['FR, the idiom "lève le voile sur"', 'Kiplo lève le voile sur sa série A auprès de Kelbio Capital.'],
    ['FR, a plural pronoun as subject', 'Ils obtiennent un tour de table auprès de Kelbio Capital.'],
  ])('%s', (_name, text) => {
    expect(deals(text)).toEqual([]);
  });
});

describe('round 36: an abbreviation\'s point does not end a review entry', () => {
  it.each<[string, string]>([
    ['"$2b. acquisition of"', 'The biggest deals of the year: Velmora’s $2b. acquisition of Tondaro; Kelbio’s $1.5b. purchase of Brevik.'],
    ['"$2b. takeover of"', 'Two deals stood out: Velmora’s $2b. takeover of Tondaro, and Kelbio’s $1.5b. purchase of Brevik.'],
  ])('%s', (_name, text) => {
    expect(deals(text)).toEqual([]);
  });
});
