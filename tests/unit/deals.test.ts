/** readFigure: the kind of one figure from the words around it (figures masked as "§"). */
import { describe, expect, it } from 'vitest';
import { datePhrase, isPastContext, readFigure } from '../../utils/deals';

/** The kind of the figure written "{§}" in the sentence. */
function kindOf(sentence: string, options = {}): string {
  const start = sentence.indexOf('{');
  const end = sentence.indexOf('}') - 1;
  const masked = sentence.replace('{', '').replace('}', '').replace(/§/g, '§');
  return readFigure(masked, start, end, options).kind;
}

describe('readFigure', () => {
  const rows: Array<[string, string]> = [
    ['Acme has raised {§§§} to build lasers.', 'round'],
    ['Acme announced on Monday it has acquired {§§§} in its Series C round.', 'round'],
    ['The startup completed a {§§§} financing led by CDH.', 'round'],
    ['A Series D funding round of more than {§§§} at a pre-money valuation of §§§.', 'round'],
    ['Nuon exited stealth with {§§§} in funding.', 'round'],
    ['Grotech leads {§§§} round in analytics startup Parse.ly', 'round'],
    ['Vizzia annonce une série B de {§§§}.', 'round'],
    ['Fabriq, qui a levé {§§§} l’an passé.', 'round'],
    ['Getinside annonce un nouveau tour de table, cette fois-ci en amorçage, de {§§§}.', 'round'],
    ['Acme raised §§§ at a {§§§} valuation.', 'valuation'],
    ['with its valuation exceeding {§§§} after the fundraising.', 'valuation'],
    ['The round boosted the company’s valuation to {§§§}.', 'valuation'],
    ['It brings Novisto’s total funding to {§§§}.', 'total-raised'],
    ['Railway raised just {§§§} in total before this round.', 'total-raised'],
    ['Total funding of more than {§§§} was declared last week.', 'total-raised'],
    ['The financing included {§§§} in primary and §§§ in secondary capital.', 'other'],
    ['Acme secured a {§§§} investment from Autodesk as part of a larger §§§ round.', 'other'],
    ['Peak XV has raised {§§§} across new India and Asia-focused funds.', 'other'],
    ['Alibaba is set to raise up to {§§§} from its second listing in Hong Kong.', 'other'],
    ['Acme is generating {§§§} in annual recurring revenue.', 'other'],
    ['PayU agreed to buy CitrusPay for {§§§}.', 'other'],
    ['At least a dozen companies have raised more than {§§§}.', 'other'],
    ['Reports suggested it was aiming to raise at a {§§§} valuation.', 'other'],
    ['General Catalyst plans to invest {§§§} in the country.', 'other'],
    ['Related: Nucleus Raises {§§§} for Exposure Management', 'other'],
  ];
  it.each(rows)('%s → %s', (sentence, kind) => {
    const related = sentence.startsWith('Related');
    expect(kindOf(sentence, { related })).toBe(kind);
  });
  it('a "Funding:" line makes its first figure the round', () => {
    expect(kindOf('Veeam expanded its investor base with a {§§§} secondary offering.', { fundingLabel: true })).toBe('round');
    expect(kindOf('Veeam expanded its investor base with a {§§§} secondary offering.')).toBe('other');
  });
});

describe('isPastContext', () => {
  it.each([
    ['The move came after the AI startup completed a', true],
    ['Last week, Avalanche said it had raised', true],
    ['VulnCheck emerged from stealth in early 2023 with', true],
    ['La start-up avait déjà levé', true],
    ['just a couple of months after raising a', true],
    ['Acme announced on Monday it has raised', false],
    ['they last month announced a', false],
    ['Acme lève', false],
  ])('%s → %s', (clause, past) => {
    expect(isPastContext(clause as string)).toBe(past);
  });
});

describe('datePhrase', () => {
  it.each([
    ['SenseTime announced on Monday it has raised', 'on Monday'],
    ['a $410 million financing led by CDH Investments and Sailing Capital in July.', 'in July'],
    ['avait bouclé une Série A en janvier 2025', 'en janvier 2025'],
    ['Last week, Avalanche said', 'Last week'],
    ['Acme raised money', null],
  ])('%s → %s', (clause, date) => {
    expect(datePhrase(clause as string)).toBe(date);
  });
});
