/**
 * Round 38 (session 25, issue 3: the company of an announced round with an amount). Three shapes, each red before the rule
 * (checked on main at c256288):
 * - companies.ts NAME_ARTICLE_ONLY: a name opening on its article, then an appositive, then the verb ("The Exploration Company,
 *   jeune pousse créée en 2021, a annoncé … avoir levé §", usinenouvelle 1033): the article no longer hides the opening name.
 * - raisers.ts POSSESSIVE_PRONOUN_FIGURE: "boosted by its § fundraise" in a clause that names no company (a sector, a trend) is
 *   the round of the company read just before (businessoutreach 1090), like "the startup’s §".
 * - raisers.ts LEADING_BULLET: the sentence before, the antecedent of "it" / "the startup", may open on a digest's bullet
 *   ("• Propelld, a fintech firm, received the largest cheque of the week.").
 * - companies.ts OPENING_MODIFIER: a digest's period adjective opening its title ("Weekly funding roundup …") is no company.
 * Invented names and sentences, EN and FR.
 */
import { describe, expect, it } from 'vitest';
import { isOpeningWord } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

const companies = (paragraphs: string[], title: string | null = null) => readFunding({ paragraphs }, { title }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 38: a name opening on its article, then an appositive, is the subject', () => {
  it.each<[string, string, string]>([
    ['FR, "The X, jeune pousse …, a annoncé [date] avoir levé"', 'The Velmora Company, jeune pousse créée en 2021, a annoncé mercredi 1er février avoir levé 40,5 millions d’euros.', '40,5 millions d’euros'],
    ['FR, "The X, jeune pousse, a levé"', 'The Velmora Group, jeune pousse lyonnaise, a levé 3 millions d’euros.', '3 millions d’euros'],
  ])('%s', (_name, text, amount) => {
    const got = companies([text]);
    expect(got).toHaveLength(1);
    expect(got[0]![0]).toMatch(/Velmora (?:Company|Group)$/);
    expect(got[0]![1]).toBe(amount);
  });
});

describe('round 38: "its § round" in a clause naming no company is the round of the company just read', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    ['a bulleted sentence before, "boosted by its § fundraise"', ['• Velmora, a fintech firm, received the largest cheque of the week. Fintech topped the sectoral fundraising trend, boosted by its $25 million fundraise.'], [['Velmora', '$25 million']]],
    ['a bulleted sentence before, "the startup raised §"', ['• Velmora, a fintech firm, topped the week. The startup raised $25 million from Northwind Partners.'], [['Velmora', '$25 million']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(companies(paragraphs)).toEqual(expected);
  });
});

describe('round 38: a digest\'s period adjective alone is no name', () => {
  it.each(['Weekly', 'Monthly', 'Quarterly', 'Hebdomadaire', 'Mensuelle'])('%s', (word) => {
    expect(isOpeningWord(word)).toBe(true);
  });
});
