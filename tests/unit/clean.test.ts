import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { cleanCopy } from '../../utils/clean';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
];

const clean = (paragraphs: string[], format: 'markdown' | 'text' = 'text') => cleanCopy({ paragraphs }, findArtifacts({ paragraphs }), format);

describe('cleanCopy', () => {
  it.each<[string, string[], string]>([
    ['drops boilerplate', [...BODY, 'Advertisement', 'Its chief said demand had doubled.'], [...BODY, 'Its chief said demand had doubled.'].join('\n\n')],
    ['restores a hyphen', [...BODY, 'Sales rose 25.2 percent yearon-year in February, the ministry said.'], [...BODY, 'Sales rose 25.2 percent year-on-year in February, the ministry said.'].join('\n\n')],
    ['decodes an entity', [...BODY, 'Johnson &amp; Johnson said sales rose in the quarter.'], [...BODY, 'Johnson & Johnson said sales rose in the quarter.'].join('\n\n')],
    ['re-decodes mojibake', [...BODY, 'The chairmanâ€™s plan was approved on Friday.'], [...BODY, 'The chairman’s plan was approved on Friday.'].join('\n\n')],
    [
      'removes a pull-quote and rejoins the sentence',
      [...BODY, 'Analysts expect spending on automation to double by 2030, despite rising costs, the', 'We are seeing more demand than ever ...”', 'Mary Major,', 'research firm said in a report released in May.'],
      [...BODY, 'Analysts expect spending on automation to double by 2030, despite rising costs, the research firm said in a report released in May.'].join('\n\n'),
    ],
    ['drops a CMS account byline', [...BODY, 'By admin'], BODY.join('\n\n')],
    ['joins a byline split over lines', ['Acme raises money', 'By', '• Jane Doe', 'and John Roe', ...BODY], ['Acme raises money', 'By Jane Doe and John Roe', ...BODY].join('\n\n')],
    // Team decision: wire credits are wire copy, kept in the repaired text.
    ['keeps agency credits glued to the last sentence', [...BODY, 'The deal closes in May. (Reporting by Jane Doe; Editing by John Roe)'], [...BODY, 'The deal closes in May. (Reporting by Jane Doe; Editing by John Roe)'].join('\n\n')],
    ['drops a teaser-headline block after the end', [...BODY, 'Botco raises $40 million to build delivery robots', 'Why SoftBank is betting big on warehouse automation', 'Ohio lures chip makers with $2 billion in tax breaks'], BODY.join('\n\n')],
    ['drops a credit-only line and a share counter', ['12 Shares', ...BODY, 'Image: Getty Images'], BODY.join('\n\n')],
    ['repairs French mojibake with a lost byte', [...BODY, 'La sociÃ©tÃ© est basÃ©e Ã  Paris.'], [...BODY, 'La société est basée à Paris.'].join('\n\n')],
    ['repairs a closing quote that lost a byte', [...BODY, 'He said â€œwe are readyâ€ on Friday.'], [...BODY, 'He said “we are ready” on Friday.'].join('\n\n')],
    ['restores apostrophes printed as question marks', [...BODY, 'The CEO don??t like it, and it?s the company?s plan.'], [...BODY, 'The CEO don’t like it, and it’s the company’s plan.'].join('\n\n')],
    ['restores a hyphen after a name', [...BODY, 'The London office hired, and the Londonbased team grew.'], [...BODY, 'The London office hired, and the London-based team grew.'].join('\n\n')],
    ['drops a caption copy cut short', ['A worker checks a robot arm at the Acme plant in Dayton, Ohio, on Monday. (AP Photo/John Roe)', ...BODY, 'A worker checks a robot arm at the Acme plant in Dayton, Oh…'], ['A worker checks a robot arm at the Acme plant in Dayton, Ohio, on Monday. (AP Photo/John Roe)', ...BODY].join('\n\n')],
    // Round 3 structural kinds (batch 4): the repaired copy keeps one copy and drops the bio card.
    ['keeps the caption once when it was printed in escaped markup too', [...BODY, '<div class="paragraphs"><p>Rapido drivers. (Source: Rapido)&nbsp;</p></div>', 'Rapido drivers. (Source: Rapido) ', 'Its chief said demand had doubled.'], [...BODY, 'Rapido drivers. (Source: Rapido)', 'Its chief said demand had doubled.'].join('\n\n')],
    ['drops a bio card under the byline name', ['Acme raises money', 'Jane Doe', 'Jane Doe is a senior finance reporter. Previously she was a producer at NPR.', ...BODY], ['Acme raises money', 'Jane Doe', ...BODY].join('\n\n')],
    [
      'drops a pull-quote that the body repeats and continues',
      [...BODY, 'It is in our national interest to make founding a company as open as possible.', 'Its chief said demand had doubled.', 'We know the benefits. It is in our national interest to make founding a company as open as possible, and yet we fall short.'],
      [...BODY, 'Its chief said demand had doubled.', 'We know the benefits. It is in our national interest to make founding a company as open as possible, and yet we fall short.'].join('\n\n'),
    ],
  ])('%s', (_name, paragraphs, expected) => {
    const out = clean(paragraphs);
    expect(out.text).toBe(expected);
    expect(out.unrepaired).toEqual([]);
  });

  it('leaves a clean article untouched', () => {
    const out = clean(BODY, 'markdown');
    expect(out.text).toBe(BODY.join('\n\n'));
  });

  it('lists what it could not repair at the end', () => {
    const paragraphs = [...BODY, 'It also celebrates the accomplishments of all involved in the …'];
    const md = clean(paragraphs, 'markdown');
    expect(md.unrepaired.map((a) => a.kind)).toEqual(['truncated-sentence']);
    expect(md.text).toContain('**Not repaired (1)**');
    expect(md.text.startsWith(paragraphs.join('\n\n'))).toBe(true);
    const txt = clean(paragraphs, 'text');
    expect(txt.text).toContain('Not repaired (1):\n- truncated-sentence:');
  });

  it('repairs the sample article', () => {
    const paragraphs = readFileSync('/work/shared/seeds/000_d790469cfd4e1a02.txt', 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const out = clean(paragraphs);
    expect(out.text).toContain('despite a backdrop of increasing regulatory and political concerns about foreign investment into sensitive sectors, the firm said in a report released in March.');
    expect(out.text).toContain('executive vice-chairman.');
    expect(out.text).toContain('25.2 percent year-on-year');
    expect(out.text).not.toContain('Newspapers in English');
    expect(out.text).not.toContain('??');
    expect(out.text.match(/A visitor looks at a digital product/g)?.length).toBe(1);
    // The merged bylines and the second story cannot be repaired: they stay, listed.
    expect(out.unrepaired.map((a) => a.kind).sort()).toEqual(['byline-noise', 'merged-stories']);
  });
});

describe('cleanCopy: cuts it cannot repair are listed, not guessed', () => {
  it('keeps a sentence cut above a "Read More" and lists it', () => {
    const out = clean([...BODY, 'Along with the', 'Read More']);
    expect(out.text.startsWith([...BODY, 'Along with the'].join('\n\n'))).toBe(true);
    expect(out.unrepaired.map((a) => a.kind)).toContain('truncated-sentence');
  });
});
