/**
 * Investor lists, round 3: the general patterns behind batch 4's investor misses
 * (.tmp/batch4-funding-report.md). Each row is the sentence that showed the bug
 * (money masked as "§", as the funding reader passes it), or a shorter general form.
 */
import { describe, expect, it } from 'vitest';
import { cleanItem, findInvestorMentions, parseList } from '../../utils/investors';
import { findNameRuns } from '../../utils/names';

const mentions = (s: string) => findInvestorMentions(s, { nearDeal: true }).map((m) => [m.role, m.names]);

describe('descriptors are not names', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    // An indefinite appositive after the name: its capitalised word is an adjective ("Nigerian").
    ['TeamApt, a Nigerian fintech start-up, received § Series A fund from a number of investors led by Quantum Capital Partners, a Nigerian venture capital company.', [['lead', ['Quantum Capital Partners']]]],
    // A place modifier with an en dash ("Los Angeles–based").
    ['Spleet raised § in their seed round led by Los Angeles–based early-stage VC firm MaC Venture Capital.', [['lead', ['MaC Venture Capital']]]],
    // A role with its organisation describes the person before it; "Tokyo-based" is a modifier.
    ['The round also saw participation from angel investors like Paul Kokoricha, Partner at African Capital Alliance, and Tokyo-based United Inc. that runs a tech training firm in Japan.', [['participant', ['Paul Kokoricha', 'United Inc']]]],
    // A French quantifier is not a name.
    ['Tous les investisseurs initiaux ont également participé au tour de table.', []],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('names read whole', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    // "An" inside a name is a syllable, not the article.
    ['Laiye has pocketed § in its series C+ funding round co-led by Ping An Global Voyager Fund and Shanghai Artificial Intelligence Industry Equity Investment Fund, reflecting a growing investor interest.', [['lead', ['Ping An Global Voyager Fund', 'Shanghai Artificial Intelligence Industry Equity Investment Fund']]]],
    ['The round was led by Ping An.', [['lead', ['Ping An']]]],
    // An "and" inside one name of a comma list; investors named by their earlier round; a person named with the firm.
    ['Spleet raised § in their seed round, with participation from Noemis Ventures, Plug and Play Ventures, Assembly Funds, existing investors from its pre-seed, MetaProp VC, and HoaQ Fund, and proptech operators such Eduardo Campos and Paulo Buchucher of Yuca and Majed Chaaraoui of Insurami.', [['participant', ['Noemis Ventures', 'Plug and Play Ventures', 'Assembly Funds', 'MetaProp VC', 'HoaQ Fund', 'Eduardo Campos', 'Paulo Buchucher', 'Majed Chaaraoui']]]],
    // An owner appositive closed by a comma ends only itself.
    ['Kurly said that it has drawn a new investment from SK Networks, a trading and retail arm of South Korea\'s third-largest conglomerate SK Group, Hillhouse Capital Group, a multi-national private equity firm that focuses investments in Asia, and others.', [['participant', ['SK Networks', 'Hillhouse Capital Group']]]],
    // A month opening a list item followed by a capitalised word is a name.
    ['Rooter raising § in Series A from Lightbox, March Gaming, and others to develop its platform.', [['participant', ['Lightbox', 'March Gaming']]]],
    // An inner ampersand.
    ['Skycell has raised §. In this case, the lender is the British investment bank M&G.', [['participant', ['M&G']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
  it.each([
    ['Ping An Global Voyager Fund led it', 'Ping An Global Voyager Fund'],
    ['the bank M&G said', 'M&G'],
  ])('name run in %s', (text, name) => expect(findNameRuns(text).map((r) => r.text)).toContain(name));
});

describe('lists end at a new clause or an aside', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    // The subject of the next clause after "A and B," is not an investor.
    ['After TAE\'s impressive § Series C funding from heavyweights like Jungle Ventures and SIDBI Ventures, Kalpavriksh decided it was the perfect time to cash out.', [['participant', ['Jungle Ventures', 'SIDBI Ventures']]]],
    // A vehicle aside ("via ses fonds SPI et FDI …") is not another investor; "ainsi qu'avec" continues the list.
    ['L\'opération a été menée avec l\'appui de Bpifrance, via ses fonds SPI et FDI dédiés à la réindustrialisation et à l\'innovation de défense, ainsi qu\'avec la société d\'investissement Eurazeo et la société d\'ingénierie logicielle Celad.', [['participant', ['Bpifrance', 'Eurazeo', 'Celad']]]],
    // The vehicles listed after "through its … including" are the investor's, not more investors.
    ['Rapido will raise § from WestBridge Capital through its 3 investment vehicles including SETU AIF, Konark, and MMPL Trust.', [['participant', ['WestBridge Capital']]]],
    // In a backward list the name next to the verb is the subject: not the clause's first word.
    ['Ex-Deloitte execs launched DowntownStone Capital (also led a § investment in 6clicks – GRC platform) and Azcende VC.', [['lead', ['DowntownStone Capital']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('new list cues', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    ['At Onena, the money has come from Basel-based Aventeca Partners and Zürcher Kantonalbank.', [['participant', ['Aventeca Partners', 'Zürcher Kantonalbank']]]],
    ['The largest financing round of the week was handled largely by Swiss donors, with § invested by 4FO, Credit Suisse Entrepreneur Capital and investiere.', [['participant', ['4FO', 'Credit Suisse Entrepreneur Capital', 'investiere']]]],
    ['Startup funding was dominated by early-stage deals, with Innovapptive seeing the largest infusion (§) and Tiger Global Management entering as an investor.', [['participant', ['Tiger Global Management']]]],
    ['ScaleUp Capital will now become the largest shareholder in Sifted with a 25% stake.', [['participant', ['ScaleUp Capital']]]],
    ['Le secret de ce montant spectaculaire est l\'entrée au capital du géant américain Goldman Sachs, qui a flairé le potentiel.', [['participant', ['Goldman Sachs']]]],
    ['Lydia boucle un tour de table de §, avec l’entrée à son capital de Tencent.', [['participant', ['Tencent']]]],
    // Receiving/giving verbs and cues, French and English.
    ['Chord Therapeutics from Geneva closed the week’s largest financing round of § – Boston-based Omega Fund became involved in the young biotech company.', [['participant', ['Omega Fund']]]],
    ['Beyond the Sea vient de recevoir § de Team for the Planet.', [['participant', ['Team for the Planet']]]],
    ['Enfin, LaFinBox complète le podium, avec l’investissement de § réalisé par son sparring partner Swisslife.', [['participant', ['Swisslife']]]],
    ['La société a réalisé une extension de sa levée de fonds d’amorçage, en faisant entrer le fonds Long Journey à son capital.', [['participant', ['Long Journey']]]],
    ['Provider, an AI-powered food delivery firm, received § pre-seed funds from Rowland Eno, an Angel investor, in January.', [['participant', ['Rowland Eno']]]],
    // A French institution named in lower-case words, whole; with its short form in parentheses, the short form; "ou encore" continues a list.
    ['La société lève § auprès de la Caisse de dépôt et placement du Québec et de Bpifrance.', [['participant', ['Caisse de dépôt et placement du Québec', 'Bpifrance']]]],
    ["Parmi les investisseurs, figure : le groupe BPCE, la Caisse centrale de réassurances (CCR), la Caisse interprofessionnelle de prévoyance et d'assurance vieillesse (Cipav) ou encore le groupe Agrica.", [['participant', ['BPCE', 'CCR', 'Cipav', 'Agrica']]]],
    // A lower-case "invest" closing a fund's name; "led from" right after a figure is a slip for "led by".
    ['EV aircraft startup The ePlane company raised § led by Speciale invest and Micelio with participation from 3one4, Anicut and Java capital.', [['lead', ['Speciale invest', 'Micelio']], ['participant', ['3one4', 'Anicut', 'Java capital']]]],
    ['Morse Micro raised § led by Japanese chip giant MegaChips, wellness platform Sonder raised § led from Blackbird, the startup Devicie raised § led by Insight.', [['lead', ['MegaChips']], ['lead', ['Blackbird']], ['lead', ['Insight']]]],
    // "avec son investisseur historique X": the holders named after the figure took part; "among others" closes a "backed by" list.
    ['La startup lève § avec son investisseur historique Serena et le fonds Elaia.', [['participant', ['Serena', 'Elaia']]]],
    ['Acme raised a § round backed by Sequoia, Accel and Index among others.', [['participant', ['Sequoia', 'Accel', 'Index']]]],
    ['It included new and current investors with Elev8 Venture Partners.', [['participant', ['Elev8 Venture Partners']]]],
    ['Online apparel company Jolly Information Technology joined in.', [['participant', ['Jolly Information Technology']]]],
    // An elided "d’" and a slash inside names.
    ['Qarnot Computing vient de réaliser une levée de § auprès de la Banque des Territoires - Caisse des Dépôts, Engie Rassembleurs d’Énergies, A/O Proptech et du groupe Casino.', [['participant', ['Banque des Territoires', 'Engie Rassembleurs d’Énergies', 'A/O Proptech', 'Casino']]]],
    // The appositive between the name and its verb is skipped; "invested a further §" names its figure.
    ['Existing Starling backer Harald McPike, a Bahamas-based hedge fund investor, invested a further §, bringing the total raised to §.', [['participant', ['Harald McPike']]]],
    ['Specifically, Atinum Investment invested § using the venture investment fund.', [['participant', ['Atinum Investment']]]],
    ["Sequoia led the company's § funding round.", [['lead', ['Sequoia']]]],
    // A long description before "including" keeps its own "such as" list; "Co. Ltd." does not end the list.
    ['Tissium SA reported the close of a series D funding round, raising § from investors both new – such as Mérieux Développement SAS – and long-term, including Cathay Capital Co. Ltd., Crédit Mutuel Innovation SAS and original investors, Sofinnova Partners SAS.', [['participant', ['Mérieux Développement SAS']], ['participant', ['Cathay Capital Co. Ltd', 'Crédit Mutuel Innovation SAS', 'Sofinnova Partners SAS']]]],
    // A French descriptor with "des" inside it.
    ['Ces deux tours de table ont été menés par le géant chinois des technologies Tencent, qui réalise ainsi ses premières incursions.', [['lead', ['Tencent']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('cleanItem', () => {
  it.each([
    ['Partner at African Capital Alliance', 'skip'],
    ['a Nigerian venture capital company', 'skip'],
    ['an Angel investor', 'skip'],
    ['existing investors from its pre-seed', 'skip'],
    ['Tous', 'skip'],
  ])('%s → %s', (item, kind) => expect(cleanItem(item).kind).toBe(kind));
  it('a forward item followed by a verb ends the list', () => {
    expect(cleanItem('Kalpavriksh decided it was time', { forward: true }).kind).toBe('stop');
  });
  it('keeps a backward subject before its auxiliary', () => {
    expect(parseList('Qiming Ventures has ', 'backward')).toEqual(['Qiming Ventures']);
  });
});
