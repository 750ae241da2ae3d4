/**
 * Text-level detectors, round 5: shapes the sixth blind batch missed, each
 * written as the general form with rows of other instances, English and
 * French: a mis-decoded non-breaking space trimmed at a paragraph's end, code
 * page repairs foreign to the text's language, short titles printed twice
 * close together, byline templates, cut headings and glued "read more"
 * labels, and second stories on listing, search and OCR pages. The clean
 * twins are in the .negatives file.
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];
const CORPS = [
  'La start-up lyonnaise a annoncé mardi une levée de fonds menée par un fonds parisien et deux business angels.',
  'Elle compte utiliser cet argent pour recruter des ingénieurs et ouvrir des bureaux à Berlin et à Madrid.',
  'Son président estime que la demande pour ses robots d’entrepôt a doublé depuis un an.',
];
const of = (kind: string, paragraphs: string[]) => findArtifacts({ paragraphs }).filter((a) => a.kind === kind);

describe('a mis-decoded non-breaking space trimmed at the end of a paragraph: a lone “Â”', () => {
  it.each([
    ['after a full stop', [...BODY, 'The newsletter was launched by the founders of Tortoise Media.Â']],
    ['after a closing quote', [...BODY, 'He called it “a fair price.”Â']],
    ['French, after a word', [...CORPS, 'Le fonds a été créé en 2019 par trois anciens banquiersÂ']],
  ])('%s', (_name, paragraphs) => {
    expect(of('mojibake', paragraphs).map((a) => [a.text, a.fix])).toEqual([['Â', '']]);
  });
});

describe('a code-page repair that gives a letter foreign to the text: flagged, repair withheld', () => {
  const FR = [
    'La sĂ©lection des dossiers se fait sur des critĂ©res prĂ©cis, explique le directeur de la banque.',
    'Les entreprises doivent prĂ©senter un plan de financement et un bilan rĂ©cent pour la demande.',
  ];
  it('French text: “Ă©” is repaired to “é”, “Ăš” and “Ăź” are flagged without a repair', () => {
    const found = of('mojibake', [...FR, 'Le problĂšme est que la maĂźtrise des coĂ»ts reste difficile pour les start-up.']);
    const pairs = found.map((a) => [a.text, a.fix]);
    expect(pairs).toContainEqual(['Ă©', 'é']);
    expect(pairs).toContainEqual(['Ăš', null]);
    expect(pairs).toContainEqual(['Ăź', null]);
  });
  it('English text keeps the usual reading (no language check there)', () => {
    const found = of('mojibake', [...BODY, 'The founders met at a cafĂ© in Prague and at a StraĂźe in Berlin before the round.']);
    expect(found.map((a) => [a.text, a.fix])).toEqual([['Ă©', 'é'], ['Ăź', 'ß']]);
  });
});

describe('a short title printed twice close together: duplicated-paragraph, not a caption', () => {
  it.each([
    ['adjacent, five words', ['Management & Leadership', 'Types of Funding for Startups', 'Types of Funding for Startups', ...BODY], 'Types of Funding for Startups'],
    ['adjacent, a blog digest title in Title Case (no photo near)', ['Friday, February 14, 2020', 'Today Crunch News, News Updates, Tech News', 'Today Crunch News, News Updates, Tech News', 'Astronomers warn of light pollution', ...BODY], 'Today Crunch News, News Updates, Tech News'],
    ['after a byline and share block', ['News', 'Acme Raises Money For Robots', 'News Room', 'Last updated: 2026/02/18 at 11:46 AM', 'Share', 'Acme Raises Money For Robots', 'SHARE', ...BODY], 'Acme Raises Money For Robots'],
    ['French, sentence case, adjacent, with the byline under it', ['Accueil', 'Économie', 'Start-up', 'Entreprises', 'Une levée de fonds record pour la robotique', 'Une levée de fonds record pour la robotique', 'Par Jean Dupont', ...CORPS], 'Une levée de fonds record pour la robotique'],
    ['French, after the byline and date', ['Une levée de fonds record pour la robotique', 'Par Jean Dupont', 'Publié le 3 mars 2024', 'Une levée de fonds record pour la robotique', ...CORPS], 'Une levée de fonds record pour la robotique'],
  ])('%s', (_name, paragraphs, text) => {
    const found = findArtifacts({ paragraphs });
    expect(found.filter((a) => a.kind === 'duplicated-paragraph').map((a) => a.text)).toEqual([text]);
    expect(found.filter((a) => a.kind === 'duplicated-caption')).toEqual([]);
  });
  it('a repeat next to a photo credit stays a caption', () => {
    const found = findArtifacts({ paragraphs: [...BODY, 'Workers At The New Acme Plant In Ohio', 'Workers At The New Acme Plant In Ohio', 'Photo: Jane Doe / Reuters', 'Analysts expect the market for such machines to grow quickly as retailers automate their depots.'] });
    expect(found.filter((a) => a.kind === 'duplicated-caption').length).toBe(1);
  });
  it('a headline repeated after a menu item seen only above it is not a contents list', () => {
    const paragraphs = ['• News', '• Software', 'Copyright © All Rights Reserved.', 'News', 'Biotech Startup Deals Are Reliably Delivering Some Big Exits', 'News Room', 'Last updated: 2026/02/18 at 11:46 AM', 'News Room Published 18 February 2026', 'Share', 'Biotech Startup Deals Are Reliably Delivering Some Big Exits', 'SHARE', ...BODY];
    expect(of('duplicated-paragraph', paragraphs).map((a) => a.text)).toEqual(['Biotech Startup Deals Are Reliably Delivering Some Big Exits']);
  });
});

describe('byline templates: byline-noise', () => {
  it.each([
    ['a source glued to a numeric date', ['Acme To Buy A Rival For $674 Million', 'Forbes23-05-2025', ...BODY], 'Forbes23-05-2025'],
    ['a French source glued to a date with a month name', ['Une levée de fonds record', 'Les Echos12 mars 2024', ...CORPS], 'Les Echos12 mars 2024'],
    ['avatar alt text, then the name with the date', ['Types of Funding', 'Michael Goldberg profile', 'Michael Goldberg March 20, 2023', ...BODY], 'Michael Goldberg profile\n\nMichael Goldberg March 20, 2023'],
    ['a CMS account twice with two stamps', ['Acme Raises Money', 'News Room', 'Last updated: 2026/02/18 at 11:46 AM', 'News Room Published 18 February 2026', ...BODY], 'News Room\n\nLast updated: 2026/02/18 at 11:46 AM\n\nNews Room Published 18 February 2026'],
    ['French: the author photo, then the name with the date', ['Photo de Jean Dupont', 'Jean Dupont, publié le 3 mars 2024', ...CORPS], 'Photo de Jean Dupont\n\nJean Dupont, publié le 3 mars 2024'],
    ['a field label and a time-only stamp', ['posted at 04:50', 'Author Name: James Cook', 'Acme And Globex Invest In A Dutch Startup', ...BODY], 'posted at 04:50\n\nAuthor Name: James Cook'],
    ['a French field label', ['Nom de l’auteur : Jean Dupont', 'Une levée de fonds record', ...CORPS], 'Nom de l’auteur : Jean Dupont'],
  ])('%s', (_name, paragraphs, text) => {
    expect(of('byline-noise', paragraphs).map((a) => a.text)).toEqual([text]);
  });
});

describe('truncation markers: truncated-sentence', () => {
  it.each([
    ['a "read more" label glued to a cut quotation', [...BODY, 'The chief executive told reporters: “While the figures are comparable, the ecosystem appears healthy and driven by [and] later-stage read more >>>'], 'The chief executive told reporters: “While the figures are comparable, the ecosystem appears healthy and driven by [and] later-stage'],
    ['French: "lire la suite" glued to a cut sentence', [...CORPS, 'La société prévoit aussi de renforcer ses équipes commerciales en Allemagne et en lire la suite'], 'La société prévoit aussi de renforcer ses équipes commerciales en Allemagne et en'],
    ['a title cut before its question mark', ['Does a Startup Raising ...', ...BODY], 'Does a Startup Raising ...'],
    ['a French title cut before its question mark', ['Pourquoi les start-up françaises lèvent…', ...CORPS], 'Pourquoi les start-up françaises lèvent…'],
    ['a heading cut on an article', ['Investing in the …', ...BODY], 'Investing in the …'],
    ['a French heading cut on a preposition', ['Les start-up qui lèvent des fonds dans …', ...CORPS], 'Les start-up qui lèvent des fonds dans …'],
  ])('%s', (_name, paragraphs, text) => {
    expect(of('truncated-sentence', paragraphs).map((a) => a.text)).toEqual([text]);
  });
});

describe('second stories on listing, search and OCR pages: merged-stories', () => {
  const STORY = [
    'People familiar with the matter said Snapchat is raising money from investors at a valuation of about $10 billion.',
    'The Wall Street Journal reported that Kleiner Perkins agreed to invest in Snapchat at that valuation this week.',
    'Snapchat was valued at $2 billion a year ago, and its founders turned down an offer from a larger rival.',
    'A spokesperson for Snapchat declined to comment on the report when reached by phone on Monday.',
  ];
  it.each([
    ['a search result headline glued to its first label', [...STORY, 'Self-driving truck start-up TuSimple reaches unicorn status in a new funding round – CNBCWhat happened: TuSimple raised $95 million in a Series D round.'], 'Self-driving truck start-up TuSimple reaches unicorn status in a new funding round – CNBCWhat happened:'],
    ['a French result glued to a sentence opener', [...STORY, 'La start-up lyonnaise Acme lève 5 millions d’euros auprès de ses actionnaires – Les EchosLa société compte recruter vingt personnes.'], 'La start-up lyonnaise Acme lève 5 millions d’euros auprès de ses actionnaires – Les EchosLa'],
    ['an OCR page: headline, capitals byline and agency dateline inside a paragraph', [...STORY, 'Formerly 8.95 to 10.95 values. .66 Bobo Holloman Wants Another Chance By BILL FERGUSON • ATLANTA, (UP) —Bobo Holloman, who started his career with a no-hitter, held onto a faint hope today.'], 'Bobo Holloman Wants Another Chance By BILL FERGUSON • ATLANTA, (UP) —'],
    ['a print page: headline line, then a capitals byline and agency dateline', [...STORY, 'Mayor Wants A New Bridge Over The River', 'By JOHN SMITH • DALLAS, (AP) — The mayor asked the council on Monday to fund a new bridge downtown.'], 'Mayor Wants A New Bridge Over The River\n\nBy JOHN SMITH • DALLAS, (AP) —'],
    ['a tag page: a section label and the next post after the story', [...STORY, 'TIME Innovation', 'Five Best Ideas of the Day: August 4', '1. Making the punishment fit the crime: a better way of calculating fines for big banks.'], 'Five Best Ideas of the Day: August 4'],
  ])('%s', (_name, paragraphs, text) => {
    expect(of('merged-stories', paragraphs).map((a) => a.text)).toEqual([text]);
  });
});
