import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import type { ArtifactKind } from '../../utils/types';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];

/** Build an article: the body paragraphs with `extra` spliced in at `at`. */
const article = (extra: string[], at = 2): string[] => [...BODY.slice(0, at), ...extra, ...BODY.slice(at)];

interface Row { name: string; paragraphs: string[]; kind: ArtifactKind; text: string; fix?: string | null }

const ROWS: Row[] = [
  {
    name: 'caption repeated with ?? markers and without',
    paragraphs: [...BODY, '?? JANE DOE / XINHUA ?? A worker checks a robot arm in Shenzhen, Guangdong province.', 'JANE DOE / XINHUA A worker checks a robot arm in Shenzhen, Guangdong province.'],
    kind: 'duplicated-caption', text: '?? JANE DOE / XINHUA ?? A worker checks a robot arm in Shenzhen, Guangdong province.', fix: '',
  },
  {
    name: 'AP caption repeated in the middle of the body',
    paragraphs: ['Robots line a factory floor in Dayton, Ohio. (AP Photo/John Roe)', ...article(['Robots line a factory floor in Dayton, Ohio. (AP Photo/John Roe)'])],
    kind: 'duplicated-caption', text: 'Robots line a factory floor in Dayton, Ohio. (AP Photo/John Roe)', fix: '',
  },
  {
    name: 'pull-quote splitting a sentence on "the"',
    paragraphs: [
      ...BODY,
      'Analysts expect spending on automation to double by 2030, despite rising costs, the',
      'We are seeing more demand than ever ...”',
      'Mary Major,',
      'research firm said in a report released in May.',
    ],
    kind: 'broken-pull-quote', text: 'the\n\nWe are seeing more demand than ever ...”\n\nMary Major,\n\nresearch', fix: 'the research',
  },
  {
    name: 'pull-quote repeating a body sentence, with an orphan attribution',
    paragraphs: [
      ...BODY,
      'Nobody in the industry has seen growth like this in a single year.',
      'Industry analyst Mary Major',
      'Sales rose sharply. “Nobody in the industry has seen growth like this in a single year, and it shows no sign of slowing,” says Mary Major.',
    ],
    kind: 'broken-pull-quote', text: 'Nobody in the industry has seen growth like this in a single year.\n\nIndustry analyst Mary Major', fix: '',
  },
  { name: 'archive footer', paragraphs: [...BODY, 'Newspapers in English', 'Newspapers from China'], kind: 'boilerplate', text: 'Newspapers in English\n\nNewspapers from China', fix: '' },
  { name: 'ad label mid-body', paragraphs: article(['Advertisement']), kind: 'boilerplate', text: 'Advertisement', fix: '' },
  { name: 'promo link', paragraphs: article(['On HoustonChronicle.com: Car sales plunge nearly 17 percent in August']), kind: 'boilerplate', text: 'On HoustonChronicle.com: Car sales plunge nearly 17 percent in August' },
  { name: 'related list', paragraphs: [...BODY, 'Related stories:', 'Premier highlights four features of the economy', 'Innovation key to long-term growth: premier'], kind: 'boilerplate', text: 'Related stories:\n\nPremier highlights four features of the economy\n\nInnovation key to long-term growth: premier' },
  { name: 'paywall prompt', paragraphs: [...BODY, 'This item is available in full to subscribers.', 'Please log in to continue'], kind: 'boilerplate', text: 'This item is available in full to subscribers.\n\nPlease log in to continue' },
  { name: 'trust badge', paragraphs: article(['Why you can trust Sky News']), kind: 'boilerplate', text: 'Why you can trust Sky News' },
  { name: 'vice- compound', paragraphs: article(['“We are impressed,” said Joe Bloggs, the group’s executive vicechairman.']), kind: 'lost-hyphen', text: 'vicechairman', fix: 'vice-chairman' },
  { name: 'half-lost year-on-year', paragraphs: article(['Sales rose 25.2 percent yearon-year in February, the ministry said.']), kind: 'lost-hyphen', text: 'yearon-year', fix: 'year-on-year' },
  { name: 'part-time next to full-time', paragraphs: article(['The platform lists full-time and parttime vacancies for former workers.']), kind: 'lost-hyphen', text: 'parttime', fix: 'part-time' },
  { name: 'hyphenated elsewhere in the text', paragraphs: article(['It backs opensource communities and a vibrant open-source ecosystem, and more open-source tools.']), kind: 'lost-hyphen', text: 'opensource', fix: 'open-source' },
  { name: '?? placeholder pair', paragraphs: article(['?? MAO SIQIAN / XINHUA ?? A visitor looks at a robot at a fair in Shenzhen.']), kind: 'mojibake', text: '?? MAO SIQIAN / XINHUA ??', fix: null },
  { name: 'double-encoded UTF-8', paragraphs: article(['The chairmanâ€™s plan was approved by the cafÃ© owners on Friday.']), kind: 'mojibake', text: 'â€™', fix: '’' },
  { name: 'replacement character', paragraphs: article(['版权所有 中国日报\uFFFD(ChinaDaily) reported the figures on Friday.']), kind: 'mojibake', text: '中国日报\uFFFD(ChinaDaily)', fix: null },
  { name: 'standfirst repeated as a body paragraph', paragraphs: ['The Portuguese boss had been out of work since being sacked by Manchester United in December 2018.', ...BODY, 'The Portuguese boss had been out of work since being sacked by Manchester United in December 2018.'], kind: 'duplicated-paragraph', text: 'The Portuguese boss had been out of work since being sacked by Manchester United in December 2018.', fix: '' },
  {
    name: 'second story after a new lede',
    paragraphs: [
      'Acme Robotics said on Tuesday it raised $50 million in a round that drew strong demand. Acme Robotics will use the money to grow its sales team and open offices abroad.',
      'Acme Robotics makes warehouse robots, and Acme Robotics sells them to retailers in Europe and Asia, where labour shortages have pushed chains to automate their depots.',
      'The round values Acme Robotics at $400 million, people familiar with the matter said, more than double what it was worth when it last raised money two years ago.',
      'Investors in Acme Robotics include two pension funds and a sovereign wealth fund from the Gulf, along with several of the company’s earlier backers.',
      'The Ministry of Commerce said on Monday that foreign direct investment rose in the first quarter of the year.',
      'The ministry said FDI into services grew fastest, and FDI into manufacturing slowed in March.',
      'FDI from Europe rose by a fifth, while the ministry said flows from Asia were flat over the period.',
      'The ministry expects FDI to keep growing this year as rules on market access are eased further, and it said it would publish the full data for the quarter later this month.',
      'Officials also said the number of newly established foreign-invested companies rose, with most of them in coastal provinces and the biggest cities.',
    ],
    kind: 'merged-stories', text: 'The Ministry of Commerce said on Monday that foreign direct investment rose in the first quarter of the year.', fix: null,
  },
  { name: 'mid-text dateline', paragraphs: [...BODY, 'BEIJING — The central bank cut its key lending rate on Friday for the first time this year.'], kind: 'merged-stories', text: 'BEIJING — The central bank cut its key lending rate on Friday for the first time this year.' },
  { name: 'headline glued to an all-caps byline', paragraphs: [...BODY, 'Experts hail president’s speech at general debate By HAN BAOYI in London', 'The speech was welcomed by diplomats.'], kind: 'merged-stories', text: 'Experts hail president’s speech at general debate By HAN BAOYI in London' },
  { name: 'paywall teaser ellipsis', paragraphs: [...BODY, 'It also celebrates the accomplishments of all involved in the …', 'Please log in to continue'], kind: 'truncated-sentence', text: 'It also celebrates the accomplishments of all involved in the …', fix: null },
  { name: 'line-break hyphen cut', paragraphs: article(['Tech firms’ entry heats up realty e-']), kind: 'truncated-sentence', text: 'Tech firms’ entry heats up realty e-' },
  { name: 'last paragraph ends on "the"', paragraphs: [...BODY, 'The company said it would announce the results of the review at the end of the'], kind: 'truncated-sentence', text: 'The company said it would announce the results of the review at the end of the' },
  { name: 'escaped markup', paragraphs: article(['&lt;span class="x"&gt;&amp;#65279;&lt;/span&gt;']), kind: 'escaped-entity', text: '&lt;span class="x"&gt;&amp;#65279;&lt;/span&gt;', fix: '' },
  { name: 'escaped ampersand', paragraphs: article(['Johnson &amp; Johnson said sales rose in the quarter.']), kind: 'escaped-entity', text: '&amp;', fix: '&' },
  { name: 'merged bylines with e-mail', paragraphs: ['- By FAN FEIFEI fanfeifei@example.com By REN XIAOJIN Contact the writers at ren@example.com', ...BODY], kind: 'byline-noise', text: '- By FAN FEIFEI fanfeifei@example.com By REN XIAOJIN Contact the writers at ren@example.com', fix: null },
  { name: 'contact lines at the end', paragraphs: [...BODY, 'paul.takahashi@example.com'], kind: 'byline-noise', text: 'paul.takahashi@example.com', fix: '' },
];

describe('findArtifacts: each kind, on a small article', () => {
  it.each(ROWS)('$name', ({ paragraphs, kind, text, fix }) => {
    const found = findArtifacts({ paragraphs });
    const joined = paragraphs.join('\n\n');
    for (const a of found) expect(joined).toContain(a.text);
    const hit = found.find((a) => a.kind === kind && a.text === text);
    expect(hit, JSON.stringify(found, null, 1)).toBeDefined();
    if (fix !== undefined) expect(hit!.fix).toBe(fix);
    expect(hit!.message).toMatch(/\.$/);
  });
});

describe('findArtifacts: the sample article', () => {
  const paragraphs = readFileSync('/work/shared/seeds/000_d790469cfd4e1a02.txt', 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const found = findArtifacts({ paragraphs });
  const has = (kind: ArtifactKind, piece: string): boolean => found.some((a) => a.kind === kind && a.text.includes(piece));
  it.each<[ArtifactKind, string]>([
    ['duplicated-caption', 'A visitor looks at a digital product'],
    ['broken-pull-quote', 'Charles Jacobs,\n\nfirm'],
    ['boilerplate', 'Newspapers in English'],
    ['boilerplate', 'Newspapers from China'],
    ['lost-hyphen', 'vicechairman'],
    ['lost-hyphen', 'yearon-year'],
    ['mojibake', '?? MAO SIQIAN / XINHUA ??'],
    ['byline-noise', 'fanfeifei@chinadaily.com.cn'],
    ['merged-stories', 'The growth of China’s outbound direct investment'],
  ])('%s: %s', (kind, piece) => {
    expect(has(kind, piece), JSON.stringify(found.map((a) => [a.kind, a.text.slice(0, 60)]))).toBe(true);
  });
  it('flags nothing else', () => {
    expect(found.length).toBe(8); // the two footer lines are one block
  });
});
