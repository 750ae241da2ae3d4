/**
 * Investor lists, round 7: the wordings of the mainstream startup press (TechCrunch, EU-Startups,
 * Maddyness, Journal du Net…) for leads and co-investors, told with names of our own invention.
 * Money masked as "§". The rows that must NOT yield investors are in investors-round7.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('English lead wordings', () => {
  const rows: Array<[string, Want]> = [
    row('Northwind Capital led the round with participation from Brightline Ventures and Kestrel Partners.', ['Northwind Capital'], ['Brightline Ventures', 'Kestrel Partners']),
    row('The round, led by Northwind Capital, included Brightline Ventures and Kestrel Partners.', ['Northwind Capital'], ['Brightline Ventures', 'Kestrel Partners']),
    row('Northwind Capital and Brightline Ventures co-led the § Series B.', ['Northwind Capital', 'Brightline Ventures'], []),
    row('Northwind Capital and Brightline Ventures co-led the round.', ['Northwind Capital', 'Brightline Ventures'], []),
    row('Northwind Capital headed the § round, with Kestrel Partners also participating.', ['Northwind Capital'], ['Kestrel Partners']),
    row('Northwind Capital spearheaded the § seed round.', ['Northwind Capital'], []),
    row('The § round was anchored by Northwind Capital.', ['Northwind Capital'], []),
    row('Acme raised § in seed funding, with Northwind Capital leading and Kestrel Partners following on.', ['Northwind Capital'], ['Kestrel Partners']),
    row('Lead investor Northwind Capital was joined by Brightline Ventures and Kestrel Partners.', ['Northwind Capital'], ['Brightline Ventures', 'Kestrel Partners']),
    row('The round’s lead investor, Northwind Capital, was joined by Brightline Ventures.', ['Northwind Capital'], ['Brightline Ventures']),
    row('Acme raised § from lead investor Northwind Capital and Brightline Ventures.', ['Northwind Capital'], ['Brightline Ventures']),
    row('Acme raised § from lead investors Northwind Capital and Brightline Ventures.', ['Northwind Capital', 'Brightline Ventures'], []),
    row('Northwind Capital took the lead in the § round.', ['Northwind Capital'], []),
    row('It was led by Northwind Capital, with participation from Brightline Ventures.', ['Northwind Capital'], ['Brightline Ventures']),
    row('It was led by Northwind Capital.', ['Northwind Capital'], []),
    row('The round was led by Northwind Capital, with follow-on investment from Brightline Ventures and Kestrel Partners.', ['Northwind Capital'], ['Brightline Ventures', 'Kestrel Partners']),
    row('Investors in the § round include Northwind Capital (lead), Brightline Ventures and Kestrel Partners.', ['Northwind Capital'], ['Brightline Ventures', 'Kestrel Partners']),
    row('Acme raised § from Northwind Capital (lead), Brightline Ventures and Kestrel Partners.', ['Northwind Capital'], ['Brightline Ventures', 'Kestrel Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('English participant wordings', () => {
  const rows: Array<[string, Want]> = [
    row('New investors Northwind Capital and Brightline Ventures joined existing backers Kestrel Partners in the § round.', [], ['Northwind Capital', 'Brightline Ventures', 'Kestrel Partners']),
    row('The § round was led by Northwind Capital, including existing investors Brightline Ventures and Kestrel Partners.', ['Northwind Capital'], ['Brightline Ventures', 'Kestrel Partners']),
    row('Brightline Ventures, Kestrel Partners and Harbor Angels also participated.', [], ['Brightline Ventures', 'Kestrel Partners', 'Harbor Angels']),
    row('Brightline Ventures, Kestrel Partners and Harbor Angels also participated in the round.', [], ['Brightline Ventures', 'Kestrel Partners', 'Harbor Angels']),
    row('Existing investors Brightline Ventures and Kestrel Partners doubled down.', [], ['Brightline Ventures', 'Kestrel Partners']),
    row('Brightline Ventures and Kestrel Partners followed on.', [], ['Brightline Ventures', 'Kestrel Partners']),
    row('Acme raised § from Kestrel Foundation for Ethics in Globalisation, the Orbit Family Trusts, advised by Harbor Advisory, and Better Capital.', [], ['Kestrel Foundation for Ethics in Globalisation', 'Orbit Family Trusts', 'Better Capital']),
    // An investor that raised its own fund is still the investor.
    row('Acme raised § led by Accel, which recently closed its § fund.', ['Accel'], []),
    row('Acme raised § from Brightline Ventures and Northwind Capital, which raised a new § fund in May.', [], ['Brightline Ventures', 'Northwind Capital']),
    row('Acme raised a § seed round backed by Brightline Ventures and Kestrel Partners.', [], ['Brightline Ventures', 'Kestrel Partners']),
    row('Acme closed a § round with backing from Brightline Ventures and Kestrel Partners.', [], ['Brightline Ventures', 'Kestrel Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('French lead and participant wordings', () => {
  const rows: Array<[string, Want]> = [
    row('La levée de § est menée par Northwind Capital, avec la participation de Brightline Ventures et Kestrel Partners.', ['Northwind Capital'], ['Brightline Ventures', 'Kestrel Partners']),
    row('Le tour de table de § est co-mené par Northwind Capital et Brightline Ventures.', ['Northwind Capital', 'Brightline Ventures'], []),
    row('Northwind Capital mène le tour de §, aux côtés de ses investisseurs historiques Brightline Ventures et Kestrel Partners.', ['Northwind Capital'], ['Brightline Ventures', 'Kestrel Partners']),
    row('Brightline Ventures et Kestrel Partners remettent au pot.', [], ['Brightline Ventures', 'Kestrel Partners']),
    row('Le tour de table, mené par Northwind Capital, réunit également Brightline Ventures et Kestrel Partners.', ['Northwind Capital'], ['Brightline Ventures', 'Kestrel Partners']),
    row('Acme annonce une levée de § menée par Northwind Capital et à laquelle participent Brightline Ventures et Kestrel Partners.', ['Northwind Capital'], ['Brightline Ventures', 'Kestrel Partners']),
    row('Northwind Capital a mené l’opération, à laquelle ont participé Brightline Ventures et Kestrel Partners.', ['Northwind Capital'], ['Brightline Ventures', 'Kestrel Partners']),
    row('Northwind Capital mène l’opération, suivi par Brightline Ventures et Kestrel Partners.', ['Northwind Capital'], ['Brightline Ventures', 'Kestrel Partners']),
    row('Acme lève § avec Northwind Capital en chef de file.', ['Northwind Capital'], []),
    row('Northwind Capital prend la tête du tour de table de §.', ['Northwind Capital'], []),
    row('La levée de § a été réalisée sous la houlette de Northwind Capital.', ['Northwind Capital'], []),
    row('Acme lève § auprès de Northwind Capital, qui mène l’opération, et de Brightline Ventures.', ['Northwind Capital'], ['Brightline Ventures']),
    row('Northwind Capital et Brightline Ventures ont co-mené ce tour de table.', ['Northwind Capital', 'Brightline Ventures'], []),
    row('Northwind Capital a co-dirigé le tour de §.', ['Northwind Capital'], []),
    row('Acme annonce une levée de § auprès de Northwind Capital, Brightline Ventures et plusieurs business angels, dont Jane Moreau.', [], ['Northwind Capital', 'Brightline Ventures', 'Jane Moreau']),
    row('Pour ce tour de table, Acme a fait appel à Northwind Capital et Brightline Ventures.', [], ['Northwind Capital', 'Brightline Ventures']),
    row('La start-up lève §, accompagnée par Northwind Capital et Brightline Ventures.', [], ['Northwind Capital', 'Brightline Ventures']),
    row('La start-up boucle une levée de § avec le soutien de Northwind Capital et Brightline Ventures.', [], ['Northwind Capital', 'Brightline Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
