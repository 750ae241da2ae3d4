/**
 * Investor lists, round 4: the general patterns behind batch 5's investor misses
 * (.tmp/batch5-funding-report.md, pattern 8 and the investor part of 5). Each row is the
 * sentence that showed the bug (money masked as "§", as the funding reader passes it),
 * or a shorter general form of it. The rows that must NOT yield investors are in
 * investors-round4.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions, mergeInvestors, parseList } from '../../utils/investors';
import type { Deal } from '../../utils/types';

const mentions = (s: string) => findInvestorMentions(s, { nearDeal: true }).map((m) => [m.role, m.names]);

describe('the lead as the subject of a bare "led"', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    ['DCVC led and was joined by Real Ventures, BDC Capital, Fidelity Investments, Hanwha Investment, Intel Capital, Microsoft Ventures, National Bank of Canada, NVIDIA, Tencent and several sovereign-wealth funds.', [['lead', ['DCVC']], ['participant', ['Real Ventures', 'BDC Capital', 'Fidelity Investments', 'Hanwha Investment', 'Intel Capital', 'Microsoft Ventures', 'National Bank of Canada', 'NVIDIA', 'Tencent']]]],
    ['Accel led, with participation from Index Ventures.', [['lead', ['Accel']], ['participant', ['Index Ventures']]]],
    ['Sequoia Capital and Lightspeed co-led.', [['lead', ['Sequoia Capital', 'Lightspeed']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('"led by an investment from X" and the list that follows it', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    // An opening participle names one lead; the rest of the list is the subject of "also provided funding".
    ['Led by an investment of §§§§§§§§§§§§ from la Caisse de dépôt et placement du Québec (la Caisse), Investissement Québec (IQ), iNovia Capital, and Silicon Valley Bank also provided funding.', [['lead', ['Caisse de dépôt et placement du Québec']], ['participant', ['Investissement Québec', 'iNovia Capital', 'Silicon Valley Bank']]]],
    // Inside a sentence, the giver of the investment is the lead.
    ['The round was led by an investment of § from Temasek, with participation from Accel.', [['lead', ['Temasek']], ['participant', ['Accel']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('investors named after their list', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    ['Fonds de solidarité FTQ, Celgene and BDC Capital were among the other investors.', [['participant', ['Fonds de solidarité FTQ', 'Celgene', 'BDC Capital']]]],
    ['Accel and Index Ventures are also investors in the round.', [['participant', ['Accel', 'Index Ventures']]]],
    ['Bpifrance et Kima Ventures figurent parmi les autres investisseurs.', [['participant', ['Bpifrance', 'Kima Ventures']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('list cues', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    // A consortium's members.
    ['Go-Jek received § fund injection from a consortium, which consists, among others, of Sequoia India and Northstar Group Singapore.', [['participant', ['Sequoia India', 'Northstar Group Singapore']]]],
    ['The startup raised § from a consortium of Temasek, GIC and Vertex.', [['participant', ['Temasek', 'GIC', 'Vertex']]]],
    // "investors — among them A, B —" (no figure in the sentence).
    ['Several investors — among them Craig Newmark, Mike Arrington, Dave Winer, John Borthwick — have made their involvement public in recent months.', [['participant', ['Craig Newmark', 'Mike Arrington', 'Dave Winer', 'John Borthwick']]]],
    // The company's backers told right after its deal.
    ['Its investors included Norwest Venture Partners and Greylock Partners.', [['participant', ['Norwest Venture Partners', 'Greylock Partners']]]],
    // A deal "from" its investor.
    ['Edtech startup Snapplify’s § deal from Hlayisani Capital.', [['participant', ['Hlayisani Capital']]]],
    // A semicolon list: one investor per item, the words after its comma describe it.
    ['Other investors include Doug Chertok and Rich LeFurgy through Archer Martin; Ken Lerer, the Huffington Post; Azeem Azhar; Andy Sack, Judy’s Book; Mike Yavonditte, Quigo; and Scott Heiferman, co-founder, Meetup.', [['participant', ['Doug Chertok', 'Rich LeFurgy', 'Ken Lerer', 'Azeem Azhar', 'Andy Sack', 'Mike Yavonditte', 'Scott Heiferman']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('descriptors before a name', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    // A possessor and a figure describe the fund named after them.
    ['SweepSouth closed an over § round, which included a § investment from Naspers’s § venture capital (VC) fund Naspers Foundry, which was announced in June.', [['participant', ['Naspers Foundry']]]],
    // An idiom with a preposition inside is still a descriptor.
    ['Snapplify’s § deal from new kid on the block Hlayisani Capital.', [['participant', ['Hlayisani Capital']]]],
    // A capitalised adjective, lower-case words and a descriptor noun ("retailer").
    ['Online eyewear retailer Lenskart Solutions Pvt Ltd. has invested § for a minority stake in US-based start-up Ditto.', [['participant', ['Lenskart Solutions Pvt Ltd.']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('glued link names', () => {
  const rows: Array<[string, string[]]> = [
    ['Norwest Venture Partners, the VR FundSV AngelGreylock PartnersBetaworks, and Third KindMore here.', ['Norwest Venture Partners', 'VR Fund', 'SV Angel', 'Greylock Partners', 'Betaworks', 'Third Kind']],
    ['Tandem Capital and earlier investor Relay VenturesMore here.', ['Tandem Capital', 'Relay Ventures']],
    // Brands written as one word stay whole.
    ['CapitalG, AngelList and LocalGlobe', ['CapitalG', 'AngelList', 'LocalGlobe']],
  ];
  it.each(rows)('%s', (segment, want) => expect(parseList(segment, 'forward')).toEqual(want));
});

describe('a lone surname is the person named in full', () => {
  const deal = (investors: string[]): Deal => ({ company: 'Daylife', round: null, status: 'announced', amount: null, valuation: null, leadInvestors: [], investors, date: null, evidence: [] });
  it('merges "Newmark" into "Craig Newmark", whichever comes first', () => {
    const d = deal(['Newmark', 'Craig Newmark', 'Mika Salmi', 'Salmi']);
    expect(mergeInvestors([d]).map((i) => i.name)).toEqual(['Craig Newmark', 'Mika Salmi']);
    expect(d.investors).toEqual(['Craig Newmark', 'Mika Salmi']);
  });
});

describe('a glued ampersand still joins a name', () => {
  it.each([
    ['Asceneuron a sécurisé un investissement de § d’investisseurs comme Sofinnova et Johnson& Johnson.', ['Sofinnova', 'Johnson& Johnson']],
    ['The round was led by Marks &Spencer.', ['Marks &Spencer']],
  ])('%s', (sentence, want) => expect(findInvestorMentions(sentence, { nearDeal: true }).flatMap((m) => m.names)).toEqual(want));
  // A named state fund keeps its name after the country's possessive.
  it('reads "Singapore’s sovereign wealth fund GIC" as GIC', () => expect(mentions('The round was led by Singapore’s sovereign wealth fund GIC.')).toEqual([['lead', ['GIC']]]));
});

describe('the common ways a round names its investors', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    ['Accel headed the round.', [['lead', ['Accel']]]],
    ['Accel spearheaded the § round, with Index Ventures also participating.', [['lead', ['Accel']], ['participant', ['Index Ventures']]]],
    ['The round was spearheaded by Accel.', [['lead', ['Accel']]]],
    ['The Series A was anchored by Accel.', [['lead', ['Accel']]]],
    ['The round was funded by Accel and Index Ventures.', [['participant', ['Accel', 'Index Ventures']]]],
    ['The investment was made by Accel.', [['participant', ['Accel']]]],
    ['A § round funded by Accel.', [['participant', ['Accel']]]],
    ['Tiger Global contributed §, while SoftBank put in §.', [['participant', ['Tiger Global']], ['participant', ['SoftBank']]]],
    ['Accel is investing § in the company.', [['participant', ['Accel']]]],
    ['The round also included Index Ventures and Seedcamp.', [['participant', ['Index Ventures', 'Seedcamp']]]],
    ['Returning investors include Accel and Index Ventures.', [['participant', ['Accel', 'Index Ventures']]]],
    ['Participating in the round were Accel and Index Ventures.', [['participant', ['Accel', 'Index Ventures']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('more of the ways a round names its investors (English and French)', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    ['Accel was the sole investor in the round.', [['participant', ['Accel']]]],
    ['Accel, Index Ventures and Seedcamp backed the round.', [['participant', ['Accel', 'Index Ventures', 'Seedcamp']]]],
    ['Backers include Accel and Index Ventures.', [['participant', ['Accel', 'Index Ventures']]]],
    ['Ce tour a été financé par Partech et Bpifrance.', [['participant', ['Partech', 'Bpifrance']]]],
    ['Partech et Bpifrance ont investi § dans la société.', [['participant', ['Partech', 'Bpifrance']]]],
    ['Partech a apporté § à la start-up.', [['participant', ['Partech']]]],
    ['Bpifrance, Partech et Kima Ventures font partie des investisseurs.', [['participant', ['Bpifrance', 'Partech', 'Kima Ventures']]]],
    ['Partech est le principal investisseur de ce tour de table.', [['lead', ['Partech']]]],
    // "tour de table" is the French round, not a ranking's table (the ranking guard read "table … mené par" as one).
    ['Tilia lève § lors d’un tour de table mené par Partech.', [['lead', ['Partech']]]],
    ['Le fonds Partech a participé à l’opération.', [['participant', ['Partech']]]],
    ['Les investisseurs historiques Partech et Kima Ventures ont remis au pot.', [['participant', ['Partech', 'Kima Ventures']]]],
    // The channel named after "via" is the investor, not its owner.
    ["L'Etat Français, via la Banque publique d'investissement (Bpifrance), a apporté §.", [['participant', ['Bpifrance']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('descriptors of kind and nationality', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    ['The round was led by London VC Balderton Capital.', [['lead', ['Balderton Capital']]]],
    ['The round was led by Berlin-based VC Project A.', [['lead', ['Project A']]]],
    ['The round was led by Fintech-focused VC Ribbit Capital.', [['lead', ['Ribbit Capital']]]],
    ['The round was led by Paris-based VC firm Partech, with participation from Nigerian fintech Paystack.', [['lead', ['Partech']], ['participant', ['Paystack']]]],
    ['The round was led by Mastercard’s venture arm, Mastercard Ventures.', [['lead', ['Mastercard Ventures']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('a bare "led" with the other investors after it', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    ['Accel led, with Index Ventures and Seedcamp also participating.', [['lead', ['Accel']], ['participant', ['Index Ventures', 'Seedcamp']]]],
    ['Accel led, joined by Index Ventures.', [['lead', ['Accel']], ['participant', ['Index Ventures']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('more descriptor nouns', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    ['Ride-hailing app Grab also participated in the round.', [['participant', ['Grab']]]],
    ['Its parent Alibaba also participated in the round.', [['participant', ['Alibaba']]]],
    ['The round was led by Indonesian unicorn Gojek and payments network Visa.', [['lead', ['Gojek', 'Visa']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('returning and joining investors', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    ['Existing backers Accel and Index Ventures returned.', [['participant', ['Accel', 'Index Ventures']]]],
    ['Previous investors Accel and Index Ventures also put money into the round.', [['participant', ['Accel', 'Index Ventures']]]],
    ['The § comes from Accel and Index Ventures.', [['participant', ['Accel', 'Index Ventures']]]],
    ['Accel was joined in the round by Index Ventures and Seedcamp.', [['participant', ['Index Ventures', 'Seedcamp']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});
