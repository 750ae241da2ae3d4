/**
 * Round 42 (issue 1): an investor's ticket told in a sentence of its own ("X investit § dans Company") beside a larger round of the
 * same company is a part of that round, not a second deal; its backer joins the round (funding.ts ticketOfReadRound). Sentences of
 * fixture 1162 (Le Journal de Montréal) and invented controls.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]);

const STRADIGI_ROUND = 'Hier, la start-up d’intelligence artificielle Stradigi AI a conclu le financement d’une ronde de 53 M$ menée par le Fonds de solidarité FTQ et Investissement Québec (IQ), qui investissent près de 27 M$ dans la techno pour maintenir 100 emplois et en créer 50.';

describe('round 42: a ticket beside a larger round of its company is a part of it', () => {
  it.each<[string, string[], (string | null)[][]]>([
    ['a ticket told before the round (1162)',
      ['Investissement Québec (IQ) investit près de 8 M$ dans Stradigi AI, dont le troisième actionnaire d’importance figure dans les Bahamas Leaks.', STRADIGI_ROUND],
      [['Stradigi AI', '53 M$']]],
    ['a ticket told after the round, "dans cette ronde" (1162)',
      [STRADIGI_ROUND, 'Au Fonds de solidarité FTQ, qui investit 19,2 M$ dans Stradigi AI dans cette ronde, on insiste pour dire que la jeune entreprise respecte bel et bien les lois.'],
      [['Stradigi AI', '53 M$']]],
    ['an English ticket after the round',
      ['Acme Robotics has raised $50 million in a Series B round led by Accel.', 'Sequoia invested $12 million in Acme Robotics.'],
      [['Acme Robotics', '$50 million']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(deals(...paragraphs)).toEqual(expected);
  });

  it('the ticket’s backer joins the round', () => {
    const [round] = readFunding({ paragraphs: ['Acme Robotics has raised $50 million in a Series B round led by Accel.', 'Sequoia invested $12 million in Acme Robotics.'] }).deals;
    expect(round?.investors).toContain('Sequoia');
  });
});

describe('round 42: controls, a ticket stays a deal with no larger round of its company', () => {
  it.each<[string, string[], (string | null)[][]]>([
    ['a ticket alone', ['Sequoia invested $12 million in Acme Robotics.'], [['Acme Robotics', '$12 million']]],
    ['a larger round of another company', ['Beta Labs has raised $50 million in a Series B round led by Accel.', 'Sequoia invested $12 million in Acme Robotics.'], [['Beta Labs', '$50 million'], ['Acme Robotics', '$12 million']]],
    ['the company raised the smaller figure itself', ['Acme Robotics has raised $50 million in a Series B round led by Accel.', 'Acme Robotics also raised $12 million in venture debt from Silicon Valley Bank.'], [['Acme Robotics', '$50 million'], ['Acme Robotics', '$12 million']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(deals(...paragraphs)).toEqual(expected);
  });
});
