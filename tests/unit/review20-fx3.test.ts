/**
 * Review of round B, fixer fx3 (companies.ts, investors.ts). Invented rows; each positive failed at 0c00e82 (checked in a copy).
 * (Finding 4) A list of funds closed, each with its size in parentheses and what it will invest in, or named "… Fund III", is no
 * list of rounds: parenthesisedItems gives no item and no deal comes of it. (Finding 2) A describer of kind is dropped only when
 * what follows is a whole name: "Angel Investors Network …", "Local Backers Alliance", "Venture Investors Early Stage Fund" stay.
 */
import { describe, expect, it } from 'vitest';
import { parenthesisedItems } from '../../utils/companies';
import { readFunding } from '../../utils/funding';
import { roles, row, type Want } from '../helpers/investor-roles';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('finding 4: a list of funds closed is no list of rounds', () => {
  it.each<[string]>([
    ['The biggest vehicles raised this quarter were Harbor Fund IV (§ to invest in African fintech) and Tidewater Growth (§ to back health startups).'],
    ['Les plus gros fonds levés cette année sont Fonds Alpine II (§ pour investir dans la deeptech) et Rivage Capital (§ pour soutenir les startups du climat).'],
    ['The largest vehicles raised this year were Harbor Fund IV (§) and Tidewater Partners (§).'],
    ['Les plus gros véhicules levés cette année : Alpine Fonds (§) et Rivage Partners (§).'],
  ])('%s', (masked) => expect(parenthesisedItems(masked).size).toBe(0));
  it.each<[string]>([
    ['The biggest funds raised this quarter were Harbor Fund IV ($400m to invest in Nordic startups) and Tidewater Opportunities ($250m to back health companies).'],
    ['Les plus gros fonds levés cette année sont Harbor Fonds IV (400 millions d’euros pour investir dans la deeptech) et Rivage Opportunités (250 millions d’euros pour investir dans les startups du climat).'],
  ])('gives no deal end to end: %s', (text) => expect(companies(text)).toEqual([]));
});

describe('finding 4 guards: a round’s own use of the money, and names that only start like "Fund", stay items', () => {
  it.each<[string, string[]]>([
    ['Rounds this week: Kiplo (§ to invest in its platform), Orvani (§ to back its expansion) and Tilvo (§).', ['Kiplo', 'Orvani', 'Tilvo']],
    ['Les levées du mois : Kiplo (§ pour soutenir sa croissance), Orvani (§ pour investir dans son usine) et Tilvo (§).', ['Kiplo', 'Orvani', 'Tilvo']],
    ['Rounds this week: Fundly (§), Fundwise Labs (§) and Tilvo (§).', ['Fundly', 'Fundwise Labs', 'Tilvo']],
  ])('%s', (masked, want) => expect([...parenthesisedItems(masked).values()]).toEqual(want));
});

describe('finding 2: a describer that is part of a whole name is kept', () => {
  const rows: Array<[string, Want]> = [
    row('Kiplo raised § in a round led by Venture Investors Early Stage Fund.', ['Venture Investors Early Stage Fund'], []),
    row('Kiplo raised § in a round led by Angel Investors Growth Stage Fund.', ['Angel Investors Growth Stage Fund'], []),
    row('Kiplo raised § from Angel Investors Network Bavaria and Accel.', [], ['Angel Investors Network Bavaria', 'Accel']),
    row('Kiplo raised § from Local Backers Alliance and Sequoia.', [], ['Local Backers Alliance', 'Sequoia']),
    row('Kiplo a levé § auprès de Angel Investisseurs Réseau Rhône et Partech.', [], ['Angel Investisseurs Réseau Rhône', 'Partech']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('finding 2 guards: a describer before a bare name is still dropped', () => {
  const rows: Array<[string, Want]> = [
    row('Kiplo raised § from Strategic Investor Hooli and Accel.', [], ['Hooli', 'Accel']),
    row('Kiplo raised § from Returning Backers Kestrel and Accel.', [], ['Kestrel', 'Accel']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
