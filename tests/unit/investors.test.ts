/** Investor lists: triggers, list splitting, name cleaning, the article-wide merge. */
import { describe, expect, it } from 'vitest';
import { cleanItem, findInvestorMentions, mergeInvestors, parseList } from '../../utils/investors';
import type { Deal } from '../../utils/types';

const mentions = (s: string, o = {}) => findInvestorMentions(s, o).map((m) => [m.role, m.names]);

describe('findInvestorMentions', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    ['Acme raised § in its Series C round of fundraising led by e-commerce giant Alibaba Group Holding Ltd, setting a record.', [['lead', ['Alibaba Group Holding Ltd']]]],
    ['The round was co-led by Chemistry and Headline, with participation from Microsoft’s venture fund M12.', [['lead', ['Chemistry', 'Headline']], ['participant', ['M12']]]],
    ['TQ Ventures led the round, with participation from FPV Ventures, Redpoint, and Unusual Ventures.', [['lead', ['TQ Ventures']], ['participant', ['FPV Ventures', 'Redpoint', 'Unusual Ventures']]]],
    ['The round was led by Craft Ventures and was joined by new investors TCV and Alta Park and existing investors Greylock, Cyberstarts and Sheva.', [['lead', ['Craft Ventures']], ['participant', ['TCV', 'Alta Park', 'Greylock', 'Cyberstarts', 'Sheva']]]],
    ['Other investors include Temasek Holdings and Suning Commerce Group Co Ltd.', [['participant', ['Temasek Holdings', 'Suning Commerce Group Co Ltd']]]],
    ['The existing investor High-Tech Gründerfonds also participated in the round, renewing their commitment.', [['participant', ['High-Tech Gründerfonds']]]],
    ['AMD Ventures was the “strategic lead” in the funding round.', [['lead', ['AMD Ventures']]]],
    ['The all-equity round was led by Montréal’s Inovia Capital, with participation from all other existing investors as well, including UK-based White Star Capital, France’s Scor Ventures, and Montréal-based, Sagard-affiliated Diagram and Portage Ventures.', [['lead', ['Inovia Capital']], ['participant', ['White Star Capital', 'Scor Ventures', 'Diagram', 'Portage Ventures']]]],
    ['Acme has raised §(₹ 1 Cr) in its angel round, led by, Dheeraj Jain(Partner, RedCliffe Capital) and Palash Jain(Fmr Head of Operations, Google India) [TechCircle]', [['lead', ['Dheeraj Jain', 'Palash Jain']]]],
    ['Gprnt has secured § in seed funding from Ant International and MUFG Bank.', [['participant', ['Ant International', 'MUFG Bank']]]],
    ['a §5M series A, led by Grotech Ventures and with participation from FundersClub, Blumberg Capital, and ff Venture Capital.', [['lead', ['Grotech Ventures']], ['participant', ['FundersClub', 'Blumberg Capital', 'ff Venture Capital']]]],
    ['Other investors included venture capital firms M12 and Mantis VC, along with angel investors Quinn Slack (CEO of SourceGraph) and Michael Grinich (CEO of WorkOS).', [['participant', ['M12', 'Mantis VC', 'Quinn Slack', 'Michael Grinich']]]],
    // "§ by X" after a round word; a round "that also featured" X; a source ("TechCrunch reports") ends a list; a role set off by commas and the organisation after it are not investors.
    ['Intellolabs raised a seed round of § by Nexus Venture Partners and Omnivore.', [['participant', ['Nexus Venture Partners', 'Omnivore']]]],
    ['The company raised § in a series C round led by SoftBank that also featured Tiger Global and Apoletto Managers.', [['lead', ['SoftBank']], ['participant', ['Tiger Global', 'Apoletto Managers']]]],
    ['NowNow raised § in seed funding from NeoVision Ventures and Shadi Abdulhadi, TechCrunch reports.', [['participant', ['NeoVision Ventures', 'Shadi Abdulhadi']]]],
    ['Grofers has received § in a round led by SoftBank, the Times of India reported on Friday.', [['lead', ['SoftBank']]]],
    ['The round was led by Naresh Malhotra, former CEO, Café Coffee Day, and saw participation from VAMM Ventures.', [['lead', ['Naresh Malhotra']], ['participant', ['VAMM Ventures']]]],
    ['Teamonk raised § in its Pre-Series A round led by Roots Ventures, and former McKinsey Chief Rajat Gupta.', [['lead', ['Roots Ventures', 'Rajat Gupta']]]],
    ['Helical raised § in seed funding from Gradient and angels including Cohere CEO Aidan Gomez.', [['participant', ['Gradient', 'Aidan Gomez']]]],
    // French
    ['un tour de table de § auprès d’UpFront Ventures et de la Bpifrance.', [['participant', ['UpFront Ventures', 'Bpifrance']]]],
    ['Ring Capital, Tikehau Capital et Sigma ont tous participé à l’opération.', [['participant', ['Ring Capital', 'Tikehau Capital', 'Sigma']]]],
    ['une série B à hauteur de § menée par le fonds américain Lightspeed Venture Partners.', [['lead', ['Lightspeed Venture Partners']]]],
    ['Déjà présents au capital, Notion Capital, ISAI et Ternel ont également pris part au tour de table.', [['participant', ['Notion Capital', 'ISAI', 'Ternel']]]],
    ['Parmi les investisseurs, on retrouve Headline, qui avait mené la précédente levée de fonds de §, Sistafund, actionnaire depuis la première heure, ainsi que Base10.', [['participant', ['Headline', 'Sistafund', 'Base10']], ['lead', ['Headline']]]],
    ['un tour de table de § auprès de La Poste Ventures (fonds initié par la Poste), Swiss Post Ventures, 50 Partners et Clover, qui font leur entrée au capital.', [['participant', ['La Poste Ventures', 'Swiss Post Ventures', '50 Partners', 'Clover']]]],
    ['Founders Future, qui avait mené le tour de pré-amorçage en 2022, réinvestit dans la société.', [['lead', ['Founders Future']], ['participant', ['Founders Future']]]],
  ];
  it.each(rows)('%s', (sentence, want) => {
    expect(mentions(sentence)).toEqual(want);
  });

  const negatives: string[] = [
    'The company is led by siblings Dario Amodei (CEO) and Daniela Amodei (President).',
    'Its partners include global chip giants Qualcomm Inc and Nvidia Corp, China UnionPay and smartphone maker Xiaomi Corp.',
    'Angel investors include Tom Preston-Werner, co-founder of GitHub; Guillermo Rauch, chief executive of Vercel.',
    'They’ve already established themselves as the market leader in Germany.',
    'He joined Google in 2019 after leaving Microsoft.',
    'Parmi elles, on retrouve notamment Fabriq, une plateforme collaborative.',
    'NewsDistill has raised § in seed round from a group of investors.',
    // "by" a date or a figure is no investor; "that featured" outside a round is about something else.
    'The startup aims to reach § in revenue by 2025.',
    'The conference that also featured Google and Meta drew big crowds.',
  ];
  it.each(negatives)('no investors: %s', (sentence) => {
    expect(mentions(sentence)).toEqual([]);
  });
});

describe('list cues next to a deal (nearDeal)', () => {
  const near = (s: string) => findInvestorMentions(s, { nearDeal: true, continuation: true }).map((m) => [m.role, m.names]);
  const rows: Array<[string, Array<[string, string[]]>]> = [
    ['The funding comes from a host of venture capital firms and investors such as SV Angel’s Ron Conway, Chris Sacca, Betaworks, and CAA Ventures and Science.', [['participant', ['Ron Conway', 'Chris Sacca', 'Betaworks', 'CAA Ventures', 'Science']]]],
    ['The largest contribution came from Greylock Partners, which is known for investing in companies like Facebook and LinkedIn.', [['participant', ['Greylock Partners']]]],
    ['Trois fonds d’investissement privés français complètent cette opération : Ventech, Idinvest Partners et 360 Capital Partners.', [['participant', ['Ventech', 'Idinvest Partners', '360 Capital Partners']]]],
    ['Les investisseurs historiques, à savoir le fonds Patient Autonome de Bpifrance, Eurazeo et Verve Ventures, ont également remis au pot.', [['participant', ['Bpifrance', 'Eurazeo', 'Verve Ventures']]]],
    ['La Foodtech a pu compter sur Danone Manifesto Ventures, Capagro et DS Participation pour boucler ce nouveau tour de table.', [['participant', ['Danone Manifesto Ventures', 'Capagro', 'DS Participation']]]],
    ['La DeepTech a réussi à boucler son premier tour de table grâce au soutien d’Innovacom, Applied Materials et Sofimac.', [['participant', ['Innovacom', 'Applied Materials', 'Sofimac']]]],
    ['Others joining were Source Code Capital, SIG Asia Investment and Welight Capital', [['participant', ['Source Code Capital', 'SIG Asia Investment', 'Welight Capital']]]],
  ];
  it.each(rows)('%s', (sentence, want) => {
    expect(near(sentence)).toEqual(want);
  });
  it.each(rows)('not without a deal nearby: %s', (sentence) => {
    expect(findInvestorMentions(sentence, { nearDeal: false, continuation: true })).toEqual([]);
  });
  it.each([
    'Its customers include firms such as Deloitte and KPMG.',
    'The idea came from a trip to Berlin with friends.',
    'Les clients, à savoir les PME et les ETI, profitent de la plateforme.',
  ])('no investors: %s', (sentence) => {
    expect(near(sentence)).toEqual([]);
  });
});

describe('round lists: trailing "with", "auprès de", "backed by"', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    ['Good Feeling Group has pulled in § in Series B funding led by China Merchants Bank, with Century Golden Resources Corp.', [['lead', ['China Merchants Bank']], ['participant', ['Century Golden Resources Corp']]]],
    ['Enfin, Metron finalise le podium avec une levée de §, réalisée auprès de BNP Paribas, Financière Fonds Privés et Breed Reply.', [['participant', ['BNP Paribas', 'Financière Fonds Privés', 'Breed Reply']]]],
    ['La startup signe la levée la plus importante de la semaine avec § rassemblés auprès d’Idinvest Partners, Finorpa et l’IRD.', [['participant', ['Idinvest Partners', 'Finorpa', 'IRD']]]],
    ['Acme raised § in Series A funding from VC giant Benchmark, which also backed Snap, Twitter and Uber.', [['participant', ['Benchmark']]]],
    ['The § seed round was backed by Atlas Ventures and Kima.', [['participant', ['Atlas Ventures', 'Kima']]]],
  ];
  it.each(rows)('%s', (sentence, want) => {
    expect(mentions(sentence)).toEqual(want);
  });
  it.each([
    // An appositive or opening "backed by" tells existing shareholders, not this round's investors.
    'HONG KONG, Aug 11 (Reuters) - Chinese news aggregator Toutiao, backed by Sequoia Capital and CCB International, is raising at least § in its latest funding round.',
    'Backed by IFC, some Kotak Private clients, and L Catterton Asia, the fund aims to raise up to §.',
    'Medopad has been prominently backed by Prime Minister Theresa May during her trade trip to China.',
    'The company works with Google, with Amazon and with Microsoft.',
    'Le service est disponible auprès de Carrefour et Leclerc.',
    'We’ve raised a small seed round of funding from angel investors from across Europe and Silicon Valley so we could grow.',
  ])('no investors: %s', (sentence) => {
    expect(mentions(sentence)).toEqual([]);
  });
});

describe('cleanItem and parseList', () => {
  it.each([
    ['existing investor French Tech Seed fund', 'French Tech Seed fund'],
    ['new investor the Deep Tech 2030 fund', 'Deep Tech 2030 fund'],
    ['Alibaba’s financial arm Ant Financial Services Group', 'Ant Financial Services Group'],
    ['the Center for Emerging Risk Research', 'Center for Emerging Risk Research'],
    ['Ontario Teachers’ Pension Plan', 'Ontario Teachers’ Pension Plan'],
    ['Fidelity Management & Research Company', 'Fidelity Management & Research Company'],
    // Nationality and "<noun> giant/bank/group" descriptors: the name follows.
    ['German pharma giant Bayer', 'Bayer'],
    ['Dutch public-private development bank FMO', 'FMO'],
    ['VC giant Benchmark', 'Benchmark'],
    ['Chinese infrastructure group NWS Holdings', 'NWS Holdings'],
    ['Founder Institute founder Adeo Ressi', 'Adeo Ressi'],
    // "X-backed", "X-based" are modifiers, with every word of X; a person's possessive before a fund names the fund.
    ['IAN Group-backed BioAngels', 'BioAngels'],
    ['Silicon Valley-based Dave McClure’s 500 Startups', '500 Startups'],
    // "New" opens a multi-word name.
    ['New Enterprise Associates', 'New Enterprise Associates'],
    ['returning investor New Enterprise Associates', 'New Enterprise Associates'],
    ['le fonds Patient Autonome de Bpifrance', 'Bpifrance'],
  ])('%s → %s', (item, name) => {
    expect(cleanItem(item)).toMatchObject({ kind: 'name', name });
  });
  it.each(['technology investor', 'co-founder of Skype', 'others', 'existing investors', 'a group of angel investors', 'Prime Minister Theresa May', 'President Emmanuel Macron', 'new investors'])('not a name: %s', (item) => {
    expect(cleanItem(item).kind).not.toBe('name');
  });
  it('stops a list at a new clause', () => {
    expect(parseList(' Calcutta Angels Network in exchange for 10% of the equity, Some Other', 'forward')).toEqual(['Calcutta Angels Network']);
  });
  it('reads a backward list up to the first non-name', () => {
    expect(parseList('In October, Alibaba’s financial arm Ant Financial Services Group ', 'backward')).toEqual(['Ant Financial Services Group']);
  });
});

describe('mergeInvestors', () => {
  const deal = (leads: string[], investors: string[]): Deal => ({
    company: 'Acme', round: null, status: 'announced', amount: null, valuation: null, leadInvestors: leads, investors, date: null, evidence: [],
  });
  it('keeps the fullest name, one entry each, lead if lead anywhere', () => {
    const deals = [deal(['Alibaba Group Holding Ltd'], ['Temasek']), deal([], ['Alibaba', 'Temasek Holdings'])];
    expect(mergeInvestors(deals)).toEqual([
      { name: 'Alibaba Group Holding Ltd', role: 'lead', deals: [0, 1] },
      { name: 'Temasek Holdings', role: 'participant', deals: [0, 1] },
    ]);
    expect(deals[1]!.investors).toEqual(['Alibaba Group Holding Ltd', 'Temasek Holdings']);
  });
  it('keeps different firms apart', () => {
    expect(mergeInvestors([deal(['Sequoia Capital'], ['Lightspeed'])]).map((i) => i.name)).toEqual(['Sequoia Capital', 'Lightspeed']);
  });
});
