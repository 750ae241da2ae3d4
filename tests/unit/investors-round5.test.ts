/**
 * Investor lists, round 5: the general shapes behind batch 6's investor misses
 * (.tmp/batch6-funding-report.md, "Investors" and "Lead accuracy"). Each table opens with
 * the sentence that showed the bug (money masked as "§", as the funding reader passes it),
 * then rows of other instances of the same shape, in English and French. The rows that must
 * NOT yield investors are in investors-round5.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { cleanItem, continuesInvestorList, findInvestorMentions, parseList } from '../../utils/investors';

type Want = Array<[string, string[]]>;
const mentions = (s: string) => findInvestorMentions(s, { nearDeal: true }).map((m) => [m.role, m.names]);

describe('"led by A and supported by B, C": one lead, the rest participants', () => {
  const rows: Array<[string, Want]> = [
    ['Kennek has raised § in a seed funding round led by HV Capital and supported by Dutch Founders Fund, AlbionVC, FFVC, Plug & Play Ventures and Syndicate One.', [['lead', ['HV Capital']], ['participant', ['Dutch Founders Fund', 'AlbionVC', 'FFVC', 'Plug & Play Ventures', 'Syndicate One']]]],
    ['The § Series A was led by Accel and supported by Index Ventures and Seedcamp.', [['lead', ['Accel']], ['participant', ['Index Ventures', 'Seedcamp']]]],
    ['Le tour de table de § est mené par Partech et soutenu par Kima Ventures et Bpifrance.', [['lead', ['Partech']], ['participant', ['Kima Ventures', 'Bpifrance']]]],
    ['La levée de § a été pilotée par Elaia, appuyée par Serena et Breega.', [['lead', ['Elaia']], ['participant', ['Serena', 'Breega']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('"investissement de X dans Y", "a new investment by X in Y"', () => {
  const rows: Array<[string, Want]> = [
    ['Nouvel investissement d’Orange Ventures dans l’agritech, avec sa participation au tour d’amorçage de § (850 K$) d’Afrikamart, une start-up franco-sénégalaise.', [['participant', ['Orange Ventures']]]],
    ['Premier investissement de Kima Ventures dans la santé : § pour Doctolib.', [['participant', ['Kima Ventures']]]],
    ['It is the first investment by Temasek in an Indonesian fintech, a § round for Xendit.', [['participant', ['Temasek']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('the round gathering its investors ("a réuni", "brought together") and a lead named in an aside', () => {
  const rows: Array<[string, Want]> = [
    ['Outre le fonds de capital-risque du géant des télécoms (doté de §), cette première levée de fonds a réuni la plateforme d’investissement à impact luxembourgeoise Bambo Capital Partners (via son véhicule Bloc Smart Africa, lead du tour de table), le fonds panafricain basé à Maurice Launch Africa et le micro-VC sénégalais Terranga Capital.', [['lead', ['Bambo Capital Partners']], ['participant', ['Launch Africa', 'Terranga Capital']]]],
    ['Cette levée de § rassemble Partech et Eurazeo.', [['participant', ['Partech', 'Eurazeo']]]],
    ['The § round brought together Accel, Index Ventures and Seedcamp.', [['participant', ['Accel', 'Index Ventures', 'Seedcamp']]]],
    ['Acme raised § from Accel (lead investor), Index and Seedcamp.', [['lead', ['Accel']], ['participant', ['Index', 'Seedcamp']]]],
    ['La start-up a levé § auprès de Serena (chef de file), Kima Ventures et Bpifrance.', [['lead', ['Serena']], ['participant', ['Kima Ventures', 'Bpifrance']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('descriptors and quantifiers dropped', () => {
  const rows: Array<[string, Want]> = [
    ['SenseTime raised § in fresh funds from prominent investors including Fidelity International, Hopu Capital, Silver Lake and Tiger Global.', [['participant', ['Fidelity International', 'Hopu Capital', 'Silver Lake', 'Tiger Global']]]],
    ['Acme raised § from well-known backers including Accel and Index.', [['participant', ['Accel', 'Index']]]],
    ["Chipmaker Qualcomm's venture capital arm also participated.", [['participant', ['Qualcomm']]]],
    ['Automaker Daimler led the § round.', [['lead', ['Daimler']]]],
    ['Billionaire Peter Thiel also invested § in the company.', [['participant', ['Peter Thiel']]]],
    ['‘Prolific’ firm Tiger Global leads § round in Seattle spa and salon software startup Zenoti', [['lead', ['Tiger Global']]]],
    ['Des actionnaires existants participent aussi au financement, notamment Cycle Capital, Exportation et développement Canada, Real Ventures, ainsi que la firme de capital-risque californienne ND Capital.', [['participant', ['Cycle Capital', 'Exportation et développement Canada', 'Real Ventures', 'ND Capital']]]],
    ['Plusieurs fonds ont suivi, notamment Elaia et Serena.', [['participant', ['Elaia', 'Serena']]]],
    ['La start-up vient de lever § lors d’un premier tour de table mené auprès de Deciens Capital, société de capital-risque californienne, et d’un groupe d’investissement privé basé à Boston, Raptor Group.', [['participant', ['Deciens Capital', 'Raptor Group']]]],
    ['Acme raised § from Accel and a Boston-based family office, Pillar.', [['participant', ['Accel', 'Pillar']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('the subject after a conjunction, not the word opening the sentence', () => {
  const rows: Array<[string, Want]> = [
    ['Remember that GM invested § in Lyft in early 2016 and owns about 9% of the company?', [['participant', ['GM']]]],
    ['Note that Sequoia invested § in the round.', [['participant', ['Sequoia']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('wordings of the same families', () => {
  const rows: Array<[string, Want]> = [
    ['Acme, which raised § last year, counts Sequoia and Accel among its backers.', [['participant', ['Sequoia', 'Accel']]]],
    ['La start-up, qui lève §, compte parmi ses actionnaires Bpifrance et Kima Ventures.', [['participant', ['Bpifrance', 'Kima Ventures']]]],
    ['La société compte Partech et Elaia parmi ses investisseurs depuis sa levée de §.', [['participant', ['Partech', 'Elaia']]]],
    ['Acme lève §, au capital de laquelle entrent Partech et Eurazeo.', [['participant', ['Partech', 'Eurazeo']]]],
    ['Bpifrance et Kima Ventures entrent au capital de la start-up, qui lève §.', [['participant', ['Bpifrance', 'Kima Ventures']]]],
    ['La fintech lève § et voit entrer à son capital Eurazeo.', [['participant', ['Eurazeo']]]],
    ['The § round was anchored by Temasek.', [['lead', ['Temasek']]]],
    ['Acme raised § with backing from Accel and Index.', [['participant', ['Accel', 'Index']]]],
    ['La levée de § est accompagnée par Serena.', [['participant', ['Serena']]]],
    ['Elaia mène le tour de §, aux côtés de Kima Ventures.', [['lead', ['Elaia']], ['participant', ['Kima Ventures']]]],
    ['La start-up lève § avec le soutien de Bpifrance.', [['participant', ['Bpifrance']]]],
    ['Les investisseurs historiques Partech et Kima Ventures ont remis au pot lors de ce tour de §.', [['participant', ['Partech', 'Kima Ventures']]]],
    ['Partech et Elaia réinvestissent dans ce tour de §.', [['participant', ['Partech', 'Elaia']]]],
    ['Acme secured backing from Accel and Index for its § seed round.', [['participant', ['Accel', 'Index']]]],
    ['La start-up a obtenu le soutien de Bpifrance pour sa levée de §.', [['participant', ['Bpifrance']]]],
    ["Acme's § round drew in Accel and Index.", [['participant', ['Accel', 'Index']]]],
    ['The § round counts Accel and Index among its participants.', [['participant', ['Accel', 'Index']]]],
    ["Accel a pris un ticket dans la levée de § d'Acme.", [['participant', ['Accel']]]],
    ['Les fonds Partech et Elaia ont également souscrit à la levée de §.', [['participant', ['Partech', 'Elaia']]]],
    ["Partech s'est joint au tour de table de §.", [['participant', ['Partech']]]],
    ['Partech et Elaia rejoignent le tour de table de §.', [['participant', ['Partech', 'Elaia']]]],
    ['Partech et Elaia ont accompagné la start-up dans cette levée de §.', [['participant', ['Partech', 'Elaia']]]],
    ['Partech et Elaia sont également de la partie pour cette levée de §.', [['participant', ['Partech', 'Elaia']]]],
    ['Le tour de table de § est complété par Partech et Elaia.', [['participant', ['Partech', 'Elaia']]]],
    ['Partech et Elaia complètent le tour de table de §.', [['participant', ['Partech', 'Elaia']]]],
    ['The § round was rounded out by Index and Seedcamp.', [['participant', ['Index', 'Seedcamp']]]],
    ['Accel put § into Acme.', [['participant', ['Accel']]]],
    ['Accel and Index also wrote cheques in the § round.', [['participant', ['Accel', 'Index']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('list items', () => {
  const rows: Array<[string, string[]]> = [
    ['la plateforme d’investissement à impact luxembourgeoise Bambo Capital Partners', ['Bambo Capital Partners']],
    ['le fonds panafricain basé à Maurice Launch Africa', ['Launch Africa']],
    ['le micro-VC sénégalais Terranga Capital', ['Terranga Capital']],
    ['la société de gestion basée à Lyon Siparex', ['Siparex']],
    ['Innovation et développement Manche', ['Innovation et développement Manche']],
  ];
  it.each(rows)('%s', (segment, want) => expect(parseList(segment, 'forward')).toEqual(want));

  it('keeps a French descriptor that opens a clause out of the name', () => {
    expect(cleanItem('la plateforme qui a investi dans Acme', { forward: true }).kind).not.toBe('name');
  });
});

describe('the subject of "led" past a report and a dash aside', () => {
  const rows: Array<[string, Want]> = [
    ['Last week, Fairfax Media revealed that Sequoia Capital, which over the years has invested in the early stages of some of history’s most successful technology companies – think Apple, Google and Oracle – led a § funding round for 90 Seconds, an Auckland based corporate-video marketplace.', [['lead', ['Sequoia Capital']]]],
    ['Reuters reported that Tencent led the § round.', [['lead', ['Tencent']]]],
    ['Accel – the London firm – led the § round.', [['lead', ['Accel']]]],
    ['Le Monde a révélé que Eurazeo a mené la levée de §.', [['lead', ['Eurazeo']]]],
    // "investments from" (plural) names the givers as "investment from" does.
    ['The Information on Friday reported the fundraising round, saying it would include investments from Tiger Global Management and DST Global.', [['participant', ['Tiger Global Management', 'DST Global']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('an investor list cut across two paragraphs by the scrape', () => {
  const rows: Array<[string, string, boolean]> = [
    ['The § round was led by Accel, with participation from Index Ventures', 'and Seedcamp.', true],
    ['Acme raised § from investors including Sequoia,', 'Accel and Index.', true],
    ['La levée de § est menée par Partech', 'et Kima Ventures.', true],
    ['La start-up a levé § auprès de Serena,', 'Elaia et Breega.', true],
    ['The round was backed by Accel', ', Index and Seedcamp.', true],
    ['Acme raised § with participation from Index Ventures,', 'and Seedcamp.', true],
    ['La start-up a levé § auprès de Partech, Elaia,', 'et Kima Ventures.', true],
    // Negatives: a closed sentence, no list cue, or a new sentence after the cue.
    ['The § round was led by Accel.', 'and Seedcamp said it was happy.', false],
    ['The company makes robots for warehouses', 'and ships them worldwide.', false],
    ['The § round was led by Accel', 'The company makes robots.', false],
    ['Acme raised § with participation from Index Ventures,', 'and the team will hire.', false],
  ];
  it.each(rows)('%s / %s', (last, next, want) => expect(continuesInvestorList(last, next)).toBe(want));
});

describe('headline style: investors backing a company in a round', () => {
  const rows: Array<[string, Want]> = [
    ['Sequoia, Accel back Acme in § round', [['participant', ['Sequoia', 'Accel']]]],
    ['Tencent bets on Acme with § Series B', [['participant', ['Tencent']]]],
    ['SoftBank invests in Oyo via § funding', [['participant', ['SoftBank']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('the speaker of "said it has invested" is the investor', () => {
  const rows: Array<[string, Want]> = [
    ['Tencent said it has invested § in Acme.', [['participant', ['Tencent']]]],
    ['Accel said on Monday it had co-led the § round.', [['lead', ['Accel']]]],
    ['Partech a annoncé qu’il a investi § dans Acme.', [['participant', ['Partech']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});
