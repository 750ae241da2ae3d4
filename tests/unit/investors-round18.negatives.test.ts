/**
 * Look-alikes for the round-18 investor rules (investors-round18.test.ts). "accueillir" without the capital as its place is a
 * raising verb or a host, not the frame of new shareholders; a compound noun ("capital-risque") is not the capital; people let
 * in named by a common noun are no investor names. Sentences of our own invention; money masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('look-alikes of the capital-entry frame', () => {
  const rows: Array<[string, Want]> = [
    row('La start-up accueille Kestrel Partners dans ses nouveaux locaux lyonnais.', [], []),
    row('Norvio accueille Orion Ventures au salon du capital-risque de Lyon.', [], []),
    row('La société accueille ses salariés à son capital grâce à un plan d’actionnariat.', [], []),
    row('Hooli Ventures accueille les fondateurs dans ses bureaux.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('look-alikes: a raise that is no round, a return that is no backing', () => {
  const rows: Array<[string, Want]> = [
    row('She negotiated a pay raise from Kestrel Partners after two years.', [], []),
    row('Orion Ventures returned for the conference in Lisbon.', [], []),
    row('Hooli Ventures returned to profit this year.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('look-alikes: talks left, talks of a sale, the raiser in talks', () => {
  const rows: Array<[string, Want]> = [
    row('Hooli Ventures, which was in talks to invest, has withdrawn from the round.', [], []),
    row('Globex Partners was in talks to lead the round but pulled out last week.', [], []),
    row('Kestrel Systems is in talks to acquire Norvio for §.', [], []),
    row('Norvio is in talks to raise § from new investors.', [], []),
    row('Orion Partners s’est retiré alors qu’il était en discussions pour mener le tour.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('look-alikes: rounds counted from a date', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio’s portfolio firms closed 14 seed rounds from March 3-19, the tracker said.', [], []),
    row('Norvio raised § from May Capital and Orion Ventures.', [], ['May Capital', 'Orion Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('look-alikes: a legal form is no item, and ends nothing but a sentence', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § from Kestrel Holdings, Inc. The company said it would hire.', [], ['Kestrel Holdings']),
    row('Norvio raised § from Lp Ventures and Orion Ventures.', [], ['Lp Ventures', 'Orion Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('look-alikes: a ranking "led with N, followed by" is a count, not a lead and its followers', () => {
  const rows: Array<[string, Want]> = [
    row('By deal count, Bengaluru-based startups led with 14 deals, followed by Pune with 4.', [], []),
    row('Par nombre d’opérations, la fintech mène avec 12 levées, suivie par la santé avec 8.', [], []),
    row('Kestrel Partners led the § round, followed by Orion Ventures and Hooli Capital.', ['Kestrel Partners'], ['Orion Ventures', 'Hooli Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
