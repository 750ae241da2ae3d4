/**
 * Look-alikes of round 27's readers (funding-round27.test.ts): the raiser each reader must leave as it was. A backer named after
 * the raising verb or in a relative after the figure; a verb of joining that is no round's; a first-person post by an investor
 * (its address names the backer, not the raiser); a company named alone on a heading line and again in prose; a source that is
 * a person's role; a fronted clause whose main subject is a pronoun or a described company; a date before a possessor.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (paragraphs: string[], url?: string) => readFunding({ paragraphs }, { url }).deals.map((d) => d.company);

describe('round 27 negatives: the raiser stays', () => {
  it.each<[string | null, string[], string | undefined]>([
    ['Tilvo', ['Tilvo a levé 12 millions d’euros auprès de Brenmoor Capital, qui a participé à sa série A.'], undefined],
    ['Kelpra', ['Kelpra, which joined the accelerator in 2020, raised $5 million.'], undefined],
    ['Kelpra Labs', ['We are thrilled to have led the $9 million Series A of Kelpra Labs.', 'Brenmoor Capital backs farm tools.'], 'https://www.brenmoorcapital.com/news'],
    ['Kelpra', ['Kelpra', 'Kelpra builds drones for farms.', 'The startup raised $3 million in February.'], undefined],
    ['Kelpra', ['Kelpra raised $3 million, according to its chief executive.'], undefined],
    ['Kelpra', ['Kelpra a levé 3 millions d’euros en février, affirme son fondateur.'], undefined],
    ['Tilvo', ['Tilvo a levé 5 millions d’euros auprès de Brenmoor Capital, qui a été créé en 2010.'], undefined],
    ['Kelpra', ['In March Kelpra’s $5 million round closed.'], undefined],
    ['Kelpra', ['After having raised $2 million in 2021, Kelpra raised $6 million this week.'], undefined],
  ])('row %#', (want, paragraphs, url) => expect(companies(paragraphs, url)[0] ?? null).toBe(want));

  it('a fronted clause whose main subject is a pronoun: the sources listed before it are not the raiser', () => {
    const got = companies(['Le studio 1D Kelpra fabrique des jeux.', 'Après avoir levé un million d’euros auprès de la Macif, Inco, Nef, Bpi et la BNP en 2016, elle a été retenue par un programme européen.']);
    expect(got[0]).not.toBe('Bpi');
  });

  it('a fund that supports founders raises nothing', () => {
    expect(companies(['The fund, which closed at $80 million, supports founders across Europe.'])).toEqual([]);
  });
});
