/**
 * Investor lists, round 6: the general shapes behind batch 7's extra investors
 * (.tmp/batch7-funding-report.md, pattern 8), told positively: the names around the
 * rejected words must still be read. Money masked as "§". The rows that must NOT yield
 * investors are in investors-round6.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';

type Want = Array<[string, string[]]>;
const mentions = (s: string) => findInvestorMentions(s, { nearDeal: true }).map((m) => [m.role, m.names]);

describe('two places sharing one "-based" leave the names around them', () => {
  const rows: Array<[string, Want]> = [
    ['The financing was led by Happiness Capital and Hanaco Ventures, a New York and Tel Aviv-based fund specialising in Israeli startups.', [['lead', ['Happiness Capital', 'Hanaco Ventures']]]],
    ['The § round was led by Accel and Vertex, a London and Paris-based firm.', [['lead', ['Accel', 'Vertex']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('"aux côtés de" still reads investors when the sentence is about a round', () => {
  const rows: Array<[string, Want]> = [
    ['Kima Ventures investit § aux côtés de Partech et Elaia.', [['participant', ['Kima Ventures']], ['participant', ['Partech', 'Elaia']]]],
    ['Le tour de table a réuni Serena aux côtés de Breega.', [['participant', ['Serena']], ['participant', ['Breega']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence).filter(([, n]) => (n as string[]).length > 0)).toEqual(want));
});

describe('"from its …" names the investors when it is not a fund vehicle', () => {
  const rows: Array<[string, Want]> = [
    ['Acme raised § from its existing investors Accel and Index Ventures.', [['participant', ['Accel', 'Index Ventures']]]],
    ['Acme raised § from Accel and Index Ventures.', [['participant', ['Accel', 'Index Ventures']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('a negation elsewhere does not mute a lead', () => {
  const rows: Array<[string, Want]> = [
    ['The § round was led by Accel; Sequoia declined to invest.', [['lead', ['Accel']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('"funds managed by X": the manager is the investor', () => {
  const rows: Array<[string, Want]> = [
    ['SMILE Microfinance has raised § from equity funds managed by Developing World Markets (DWM), a US-based social investment fund manager.', [['participant', ['Developing World Markets']]]],
    ['Acme raised § from funds advised by Apax Partners.', [['participant', ['Apax Partners']]]],
    ['La start-up a levé § auprès de fonds gérés par Eurazeo.', [['participant', ['Eurazeo']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('"the investors who … include A, B": a described set, then its names; a source credited after the list is not in it', () => {
  const rows: Array<[string, Want]> = [
    ['Les investisseurs qui ont participé au tour de table comprennent la société chinoise Chuangshi Capital, Yunshi Equity Investment Management, Trust Capital, Chengyu Capital et le fonds de capital-investissement AfricaInvest, relève Techcrunch.', [['participant', ['Chuangshi Capital', 'Yunshi Equity Investment Management', 'Trust Capital', 'Chengyu Capital', 'AfricaInvest']]]],
    ['The investors who took part in the round included Accel, Index and Seedcamp, said Reuters.', [['participant', ['Accel', 'Index', 'Seedcamp']]]],
    ['Acme raised § from Accel and Index, according to The Information.', [['participant', ['Accel', 'Index']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('"the round which X contributed to / led": the subject of the relative clause', () => {
  const rows: Array<[string, Want]> = [
    ['While Sitemate raised § in what turned out to be the only major round which Blackbird Ventures contributed to in August.', [['participant', ['Blackbird Ventures']]]],
    ['C’est le deuxième tour de table que Partech et Elaia ont mené cette année.', [['lead', ['Partech', 'Elaia']]]],
    ['The § round that Accel led closed in May.', [['lead', ['Accel']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('participation set off by dashes: an aside and a clitic before the verb, "tout comme X" after it', () => {
  const rows: Array<[string, Want]> = [
    ['Ce tour de table a été mené par Sequoia Heritage, Founders Fund, Stripe et Ribbit – Partech Africa, déjà investisseur, y a également pris part, tout comme l’ancien PDG de Y Combinator Sam Altman – et a permis une valorisation.', [['lead', ['Sequoia Heritage', 'Founders Fund', 'Stripe', 'Ribbit']], ['participant', ['Partech Africa']], ['participant', ['Sam Altman']]]],
    ['Kima invested too, as did Serena.', [['participant', ['Serena']]]],
    ['Accel, an existing investor, also participated in the § round.', [['participant', ['Accel']]]],
    ['Lors de la levée de §, Elaia, actionnaire historique, a également participé, tout comme la fondatrice de Doctolib Marie Dupont.', [['participant', ['Elaia']], ['participant', ['Marie Dupont']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('"X were also onboard": backers told after the round', () => {
  const rows: Array<[string, Want]> = [
    ['Rich Paul, the founder of Klutch Sports Group and powerhoutilize Silicon Valley venture capital firm Andreessen Horowitz were also onboard.', [['participant', ['Andreessen Horowitz']]]],
    ['Accel and Index were also on board.', [['participant', ['Accel', 'Index']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});
