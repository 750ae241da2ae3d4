/**
 * Investor lists, round 9 (generality): how the mainstream startup press names leads and participants,
 * written before any code change, with names of our own invention (EN and FR). Money masked as "§".
 * The rows that must NOT yield investors are in investors-round9.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a lead, then the others (English)', () => {
  const rows: Array<[string, Want]> = [
    row('The § round was led by Northwind Capital, with participation from Kestrel Partners and Harbor Angels.', ['Northwind Capital'], ['Kestrel Partners', 'Harbor Angels']),
    row('Northwind Capital led the § round, joined by Kestrel Partners.', ['Northwind Capital'], ['Kestrel Partners']),
    row('Northwind Capital and Kestrel Partners co-led the § Series A.', ['Northwind Capital', 'Kestrel Partners'], []),
    row('The § Series B was co-led by Northwind Capital and Kestrel Partners.', ['Northwind Capital', 'Kestrel Partners'], []),
    row('The round was led by Northwind Capital alongside existing investors Kestrel Partners and Harbor Angels.', ['Northwind Capital'], ['Kestrel Partners', 'Harbor Angels']),
    row('Acme raised § in a seed round, with Northwind Capital leading.', ['Northwind Capital'], []),
    row('Northwind Capital headed the § round.', ['Northwind Capital'], []),
    row('Northwind Capital spearheaded the § Series A.', ['Northwind Capital'], []),
    row('Northwind Capital anchored the § round, with Kestrel Partners also participating.', ['Northwind Capital'], ['Kestrel Partners']),
    row('Acme raised § in Series A funding led by Northwind Capital, with Kestrel Partners, Harbor Angels and Brightline Ventures participating.', ['Northwind Capital'], ['Kestrel Partners', 'Harbor Angels', 'Brightline Ventures']),
    row('Acme has raised § in a round led by Northwind Capital and Kestrel Partners.', ['Northwind Capital', 'Kestrel Partners'], []),
    row('The § investment was led by Northwind Capital, and included Kestrel Partners and Harbor Angels.', ['Northwind Capital'], ['Kestrel Partners', 'Harbor Angels']),
    row('Acme today announced a § Series A led by Northwind Capital.', ['Northwind Capital'], []),
    row('Acme secured § in a round co-led by Northwind Capital and Kestrel Partners, with Harbor Angels also participating.', ['Northwind Capital', 'Kestrel Partners'], ['Harbor Angels']),
    row('Northwind Capital led the round, with follow-on investment from Kestrel Partners.', ['Northwind Capital'], ['Kestrel Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('participants only (English)', () => {
  const rows: Array<[string, Want]> = [
    row('Acme raised § from Northwind Capital and Kestrel Partners.', [], ['Northwind Capital', 'Kestrel Partners']),
    row('The § round was backed by Northwind Capital and Kestrel Partners.', [], ['Northwind Capital', 'Kestrel Partners']),
    row('Acme raised § with backing from Northwind Capital.', [], ['Northwind Capital']),
    row('Acme raised § from investors including Northwind Capital and Kestrel Partners.', [], ['Northwind Capital', 'Kestrel Partners']),
    row('Acme raised § from Northwind Capital, Kestrel Partners and others.', [], ['Northwind Capital', 'Kestrel Partners']),
    row('Acme raised § from Northwind Capital, along with angel investors Jane Moreau and Paul Okafor.', [], ['Northwind Capital', 'Jane Moreau', 'Paul Okafor']),
    row('Northwind Capital, Kestrel Partners and Harbor Angels participated in the § round.', [], ['Northwind Capital', 'Kestrel Partners', 'Harbor Angels']),
    row('Existing investors Northwind Capital and Kestrel Partners also participated in the round.', [], ['Northwind Capital', 'Kestrel Partners']),
    row('Acme raised § from Kestrel Ventures & Co and Harbor Fund II.', [], ['Kestrel Ventures & Co', 'Harbor Fund II']),
    row('Acme raised § from Brightline Growth Fund II LP.', [], ['Brightline Growth Fund II LP']),
    row('Acme raised § from Northwind Vision Fund 2.', [], ['Northwind Vision Fund 2']),
    row('Acme raised § from Kestrel Partners GmbH and Harbor Ventures.', [], ['Kestrel Partners GmbH', 'Harbor Ventures']),
    row('Acme raised § from former Globex CEO Jane Moreau.', [], ['Jane Moreau']),
    row('Acme raised § from K7 and Northwind Capital.', [], ['K7', 'Northwind Capital']),
    row('Other investors in the round include Northwind Capital and Kestrel Partners.', [], ['Northwind Capital', 'Kestrel Partners']),
    row('New investors Northwind Capital and Kestrel Partners joined existing backers Harbor Angels in the § round.', [], ['Northwind Capital', 'Kestrel Partners', 'Harbor Angels']),
    row('Kestrel Partners and Harbor Angels also invested in the round.', [], ['Kestrel Partners', 'Harbor Angels']),
    row('Acme has raised § in seed funding from Northwind Capital, Kestrel Partners, and Harbor Angels.', [], ['Northwind Capital', 'Kestrel Partners', 'Harbor Angels']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a lead, then the others (French)', () => {
  const rows: Array<[string, Want]> = [
    row('Acme lève § lors d’un tour de table mené par Partech Nova, avec la participation de Elanor Capital.', ['Partech Nova'], ['Elanor Capital']),
    row('Le tour de table de § est co-mené par Partech Nova et Elanor Capital.', ['Partech Nova', 'Elanor Capital'], []),
    row('Partech Nova mène le tour de table de §, aux côtés de Elanor Capital.', ['Partech Nova'], ['Elanor Capital']),
    row('La levée de § a été menée par Partech Nova, aux côtés de ses investisseurs historiques Elanor Capital et Fonds Horizon.', ['Partech Nova'], ['Elanor Capital', 'Fonds Horizon']),
    row('L’opération de § est pilotée par Partech Nova, accompagné par Elanor Capital.', ['Partech Nova'], ['Elanor Capital']),
    row('Cette levée de § a été menée conjointement par Partech Nova et Elanor Capital.', ['Partech Nova', 'Elanor Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('participants only (French)', () => {
  const rows: Array<[string, Want]> = [
    row('Acme lève § auprès de Partech Nova et Elanor Capital.', [], ['Partech Nova', 'Elanor Capital']),
    row('Acme lève § avec le soutien de Partech Nova.', [], ['Partech Nova']),
    row('Cette levée de §, réalisée auprès de Partech Nova, servira à recruter.', [], ['Partech Nova']),
    row('Ses investisseurs historiques Partech Nova et Elanor Capital remettent au pot lors de ce tour de §.', [], ['Partech Nova', 'Elanor Capital']),
    row('Partech Nova a participé à la levée de §.', [], ['Partech Nova']),
    row('Acme lève § auprès de Bpifrance, via son fonds French Tech Seed, et de Elanor Capital.', [], ['Bpifrance', 'Elanor Capital']),
    row('Acme boucle un tour de table de § auprès de Partech Nova, Elanor Capital et plusieurs business angels.', [], ['Partech Nova', 'Elanor Capital']),
    row('Partech Nova et Elanor Capital ont également pris part au tour de table de §.', [], ['Partech Nova', 'Elanor Capital']),
    row('Acme annonce une levée de § auprès du fonds Elanor Capital.', [], ['Elanor Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a gap between the figure and "from" (loans, injections, an investment into the company)', () => {
  const rows: Array<[string, Want]> = [
    row('Acme secured a § loan from Kestrel Bank.', [], ['Kestrel Bank']),
    row('Acme landed a § credit facility from Kestrel Bank and Harbor Capital.', [], ['Kestrel Bank', 'Harbor Capital']),
    row('Paylater received § debt facility from Kestrel Lending.', [], ['Kestrel Lending']),
    row('The company got a § cash injection from Northwind Capital.', [], ['Northwind Capital']),
    row('Among the largest deals was a § infusion into Acme from Singapore’s Northwind.', [], ['Northwind']),
    row('It follows a § investment into Acme from Northwind Capital last year.', [], ['Northwind Capital']),
    row('Acme a reçu un investissement de § de la part de Northwind Capital.', [], ['Northwind Capital']),
    row('Acme lève § en provenance de Northwind Capital et de Kestrel Partners.', [], ['Northwind Capital', 'Kestrel Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('an investor about to put money in', () => {
  const rows: Array<[string, Want]> = [
    row('Northwind Capital plans to invest § in Acme.', [], ['Northwind Capital']),
    row('Northwind Capital has agreed to invest § in Acme.', [], ['Northwind Capital']),
    row('Northwind Capital will invest § in Acme’s Series B.', [], ['Northwind Capital']),
    row('Northwind Capital va investir § dans Acme.', [], ['Northwind Capital']),
    row('Northwind Capital prévoit d’investir § dans Acme.', [], ['Northwind Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a company’s backers named with it', () => {
  const rows: Array<[string, Want]> = [
    row('Acme’s backers include Northwind Capital and Kestrel Partners.', [], ['Northwind Capital', 'Kestrel Partners']),
    row('Acme’s investors also include Harbor Angels.', [], ['Harbor Angels']),
    row('Acme counts Northwind Capital and Kestrel Partners as investors.', [], ['Northwind Capital', 'Kestrel Partners']),
    row('Acme, which counts Northwind Capital as an investor, raised §.', [], ['Northwind Capital']),
    row('Acme raised § in a round featuring Northwind Capital and Kestrel Partners.', [], ['Northwind Capital', 'Kestrel Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('the round as a relative clause or a compound, the lead after "with"', () => {
  const rows: Array<[string, Want]> = [
    row('Acme raised § in a round with Northwind Capital as lead investor.', ['Northwind Capital'], []),
    row('Acme raised § in a round with Northwind Capital as the lead.', ['Northwind Capital'], []),
    row('Acme raised § in a seed round with Northwind Capital acting as lead investor and Kestrel Partners participating.', ['Northwind Capital'], ['Kestrel Partners']),
    row('Acme raised § in a round in which Northwind Capital and Kestrel Partners participated.', [], ['Northwind Capital', 'Kestrel Partners']),
    row('Acme raised § in a round to which Northwind Capital also contributed.', [], ['Northwind Capital']),
    row('Acme raised § in a Northwind Capital-led round.', ['Northwind Capital'], []),
    row('Acme raised § in a Series A co-led by Northwind Capital and Kestrel Partners.', ['Northwind Capital', 'Kestrel Partners'], []),
    row('Acme raised § in a Northwind Capital-led Series A, with Kestrel Partners also participating.', ['Northwind Capital'], ['Kestrel Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('"and including" after a lead, no comma', () => {
  const rows: Array<[string, Want]> = [
    row('Acme raised § from a syndicate led by Northwind Capital and including Kestrel Partners.', ['Northwind Capital'], ['Kestrel Partners']),
    row('The § round was led by Northwind Capital and included Kestrel Partners and Harbor Angels.', ['Northwind Capital'], ['Kestrel Partners', 'Harbor Angels']),
    row('Acme lève § lors d’un tour mené par Partech Nova et incluant Elanor Capital.', ['Partech Nova'], ['Elanor Capital']),
    row('The § round was led by Northwind Capital and featuring Kestrel Partners.', ['Northwind Capital'], ['Kestrel Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a list after "from" ends at the next raiser', () => {
  const rows: Array<[string, Want]> = [
    row('Paylater received a § loan from Kestrel Lending and Globex, a payments startup, also raised § in March.', [], ['Kestrel Lending']),
    row('Acme got § from Northwind Capital and Initech, an HR platform, secured § from Kestrel Partners.', [], ['Northwind Capital', 'Kestrel Partners']),
    row('Deals included a § infusion into Acme from Northwind Capital, fintech Globex’s § raise and Initech’s § round.', [], ['Northwind Capital']),
    row('Acme a reçu un prêt de § de la part de Kestrel Bank, et Globex, une fintech, a levé § auprès de Partech Nova.', [], ['Kestrel Bank', 'Partech Nova']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a quoted partner of the firm that led the round', () => {
  const rows: Array<[string, Want]> = [
    row('“We’re excited,” said Paul Okafor, a partner at Northwind Capital, which led the § round.', ['Northwind Capital'], []),
    row('“Acme is the future,” said Paul Okafor, Partner at Northwind Capital, which led the round.', ['Northwind Capital'], []),
    row('Paul Okafor, managing director of Northwind Capital, which co-led the § Series A, will join the board.', ['Northwind Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('the list before a speaker keeps its names', () => {
  const rows: Array<[string, Want]> = [
    row('Acme raised § from Northwind Capital, Jane Moreau, CEO, said.', [], ['Northwind Capital']),
    row('Acme raised § from Northwind Capital and Kestrel Partners, Jane Moreau, the company’s co-founder, told Reuters.', [], ['Northwind Capital', 'Kestrel Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
