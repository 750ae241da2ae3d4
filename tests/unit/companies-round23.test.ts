/**
 * The raiser, round 23 (companies.ts). Shapes of the blind misses of several outlets, read by structure:
 * (1) a ranking sentence whose subject opens on a descriptor with a complement of its trade before the name ("La jeune pousse
 *     toulousaine spécialisée sur … Kiplo occupe la deuxième place avec une levée de …"): the name after the complement is the
 *     subject (DESCRIPTOR_COMPLEMENT in LOWER_DESCRIPTOR).
 * (2) a pronoun or quantifier capitalised at a sentence's start ("Nous", "Elles") is a word of grammar, never the company
 *     (isOpeningWord reads LOWER_SUBJECT_WORDS).
 * Invented rows, English and French; each fails without its rule. Negatives: companies-round23.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 23: a descriptor with a complement of its trade before the name of a ranked round', () => {
  // The sentence before names another company: without the reader, the ranked round went to it.
  it.each<[string[], string[]]>([
    [['Tilvo', 'Kiplo'], ['La start-up nantaise Tilvo a levé 3 millions d’euros.', 'La jeune pousse lyonnaise spécialisée dans les capteurs pour le suivi des vignes Kiplo occupe la deuxième place avec une levée de 5 millions d’euros.']],
    [['Tilvo', 'Orvani'], ['La start-up nantaise Tilvo a levé 3 millions d’euros.', 'La plateforme active dans la location de matériel agricole Orvani arrive troisième avec une opération de 4 millions d’euros.']],
    [['Kiplo', 'Tilvo'], ['Kiplo raised $3 million in a seed round.', 'The fintech focused on payroll software for small shops Tilvo tops the week with a $12 million round.']],
  ])('%j', (want, rows) => expect(companies(...rows)).toEqual(want));
});

describe('round 23: a pronoun capitalised at a sentence start is no company', () => {
  it.each<[Array<string | null>, string[]]>([
    [[null], ['Nous avons levé 5 millions d’euros auprès de Partech.']],
    [[null], ['Nous étions dans la sortie de la crise.', 'Elle a levé 5 millions d’euros auprès de Partech.']],
  ])('%j', (want, rows) => expect(companies(...rows)).toEqual(want));
});
