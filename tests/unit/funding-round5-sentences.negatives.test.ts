/**
 * Funding rules, round 5, negatives (.tmp/batch6-funding-report.md pattern 3 and the limits of patterns 4–7): aggregates, fund
 * money, tranches and lifetime totals are not rounds, and the new frames must not fire on look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';
import { readFunding } from '../../utils/funding';

function kindOf(sentence: string): string {
  const start = sentence.indexOf('{');
  const end = sentence.indexOf('}') - 1;
  return readFigure(sentence.replace('{', '').replace('}', ''), start, end).kind;
}

type Row = [sentence: string, kind: string];

describe('aggregates, fund money, tranches and totals are not rounds (pattern 3)', () => {
  const rows: Row[] = [
    // 228: a country's total over counted transactions.
    ['l’Arabie saoudite est en tête avec {§} levés au cours de 9 transactions, suivie des Émirats.', 'other'],
    ['les Émirats arabes unis avec {§} répartis sur 22 transactions.', 'other'],
    ['Fintech startups pulled in {§} through 14 deals this quarter.', 'other'],
    // 238: a possessive total.
    ['Nigerian startups received 35% (§) of Africa’s total {§} investment.', 'total-raised'],
    ['Le secteur représente 20 % du total de {§}.', 'total-raised'],
    // 241: a lifetime total told with "now".
    ['With the latest funding, the company has now raised some {§}, per Crunchbase data.', 'total-raised'],
    ['Avec ce tour, la société a désormais levé {§} depuis sa création.', 'total-raised'],
    // 231: money to lend on.
    ['Alitheia IDF has closed {§} from Open Society Foundations to lend to female tech entrepreneurs.', 'other'],
    ['La coopérative a récolté {§} auprès de la BEI pour prêter aux PME de la région.', 'other'],
    // 257 / 234: a named fund, an accelerator.
    ['Of the {§} raised for Seed Fund IV so far, § is from immigrant investors, Paul says.', 'other'],
    ['Kima a levé {§} pour le Fonds Amorçage II.', 'other'],
    ['- Seedlab secures an additional {§} for its accelerator', 'other'],
    ['Station F a obtenu {§} pour son incubateur.', 'other'],
    // 245: a later instalment of a round already told; a part of the deal.
    ['Once its vehicles are ready, Softbank will complete the second investment of {§}.', 'other'],
    ['La deuxième tranche de {§} sera versée en 2025.', 'other'],
    ['The remaining payment of {§} is due next year.', 'other'],
    ['As part of the deal, GM will also invest {§} into Cruise.', 'other'],
    ['Dans le cadre de l’opération, Renault investira {§} dans Ampere.', 'other'],
  ];
  it.each(rows)('%s → %s', (sentence, kind) => expect(kindOf(sentence)).toBe(kind));

  it('a VC fund’s close told with "raised for Fund IV" makes no deal', () => {
    expect(readFunding({ paragraphs: ['Of the $16m raised for Seed Fund IV so far, $4m is from immigrant investors, Paul says.'] }).deals).toEqual([]);
  });
  it('a country’s total over transactions makes no deal', () => {
    const text = 'L’Arabie saoudite est en tête avec 338 millions de dollars levés au cours de 9 transactions, suivie des Émirats arabes unis avec 284 millions de dollars répartis sur 22 transactions.';
    expect(readFunding({ paragraphs: [text] }).deals).toEqual([]);
  });
});

describe('the new frames do not fire on look-alikes', () => {
  const rows: Row[] = [
    // "a apporté" without a relative round noun: a state bank's contribution in a sentence about another raise.
    ['L’Etat Français, via la Banque publique d’investissement (Bpifrance), a apporté {§} à la société.', 'other'],
    // A cleft about something else.
    ['{§}, c’est le montant du chiffre d’affaires que vise la société.', 'other'],
    ['{§} is the amount of revenue Acme expects next year.', 'other'],
    // A committed investment into something that is not a named company.
    ['General Catalyst plans to invest {§} in the country.', 'other'],
    ['Microsoft will invest {§} in cloud infrastructure over five years.', 'other'],
    // A possessive item with no raise before it.
    ['Acme’s revenue grew to § and Beta’s {§} came from licences.', 'other'],
    // "in new funds" is a VC firm's fund, not fresh money.
    ['Accel raised {§} in new funds for Europe.', 'other'],
    // A named subject with a non-funding verb after the figure.
    ['It paid the {§} Google asked for the licence.', 'other'],
    // The relative clause ends at its comma, but a buy-back in the figure's own clause still vetoes it.
    ['Qoala, an insurtech startup, is buying back shares worth {§} from its founders.', 'other'],
    ['Acme, which raised § last year, sold shares worth {§} to Beta.', 'other'],
    // A hyphen only spares a descriptor: a listing told as a verb still vetoes.
    ['Acme raised {§} in its listing on the SGX.', 'other'],
    // "investments worth §" with a plural subject or no receiving verb is a statistic.
    ['Korean startups received investments worth {§} last year.', 'other'],
    ['VC investments of {§} were made in 2020.', 'other'],
    // "now raised" with a round noun right after stays the round.
    ['Acme has now raised {§} in a Series B led by Accel.', 'round'],
  ];
  it.each(rows)('%s → %s', (sentence, kind) => expect(kindOf(sentence)).toBe(kind));
});
