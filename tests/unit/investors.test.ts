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
    // French
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
  ];
  it.each(negatives)('no investors: %s', (sentence) => {
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
  ])('%s → %s', (item, name) => {
    expect(cleanItem(item)).toMatchObject({ kind: 'name', name });
  });
  it.each(['technology investor', 'co-founder of Skype', 'others', 'existing investors', 'a group of angel investors'])('not a name: %s', (item) => {
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
