/**
 * Clean text the round-5 text rules must leave alone: a capital "Â" ending a
 * word, French text whose letters the code pages share, headings repeated on
 * purpose (a contents list, a refrain, a menu printed twice), short lines
 * repeated far apart, credits repeated under photos.
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
const MORE = [
  'Analysts expect the market for such machines to grow quickly as retailers automate their depots.',
  'A rival firm in Boston announced a similar deal last month, with a smaller amount and fewer backers.',
];
const LATER = [
  'The founders started the business in a garage in 2019 after leaving a large logistics group.',
  'They now employ about two hundred people, most of them in research and manufacturing.',
];
const SUITE = [
  'Les analystes prévoient une forte croissance de ce marché, porté par l’automatisation des entrepôts.',
  'Un concurrent bordelais a annoncé une opération comparable le mois dernier, pour un montant plus faible.',
];
const of = (kind: string, paragraphs: string[]) => findArtifacts({ paragraphs }).filter((a) => a.kind === kind);

describe('no lone-Â mojibake', () => {
  it.each([
    ['an all-caps word ending in Â', [...BODY, 'LA CÔTE ET LE CHÂ']],
    ['a Portuguese capital word', [...BODY, 'The ticker read PORTUGAL – CÂMARA']],
    ['Â inside a word', [...CORPS, 'Âgé de 40 ans, il a fondé la société en 2015.']],
  ])('%s', (_name, paragraphs) => {
    expect(of('mojibake', paragraphs)).toEqual([]);
  });
});

describe('real French text: no code-page mojibake', () => {
  it('French letters that the code pages also hold', () => {
    expect(of('mojibake', [...CORPS, 'Ça coûte cher : l’hôtel, la forêt, où l’on maîtrise les coûts. Noël à l’île.'])).toEqual([]);
  });
});

describe('no repeated-title flag', () => {
  it.each([
    ['a contents list and its headings', ['Contents', 'Why Startups Raise Money', 'How Seed Rounds Work', 'Why Startups Raise Money', ...BODY, 'How Seed Rounds Work', ...MORE]],
    ['a refrain far apart with body between', ['Weekly digest', 'Funding news of the week', ...BODY, ...MORE, 'Funding news of the week', ...LATER]],
    ['a menu printed twice (desktop and mobile)', ['Home Page Link', 'World News Section', 'Home Page Link', 'World News Section', ...BODY]],
    ['two-word labels', ['Share this', 'Share this', ...BODY]],
    ['a photo credit repeated under two photos', [...BODY, 'Illustration by Natalie Ammari', 'Second photo of the plant', 'Illustration by Natalie Ammari', ...MORE]],
    ['list items repeated', [...BODY, '• Raise a seed round', '• Hire engineers', '• Raise a seed round', ...MORE]],
    ['French headings of a FAQ, far apart', ['Comment lever des fonds ?', 'Pourquoi lever des fonds', 'Quand lever des fonds', ...CORPS, 'Pourquoi lever des fonds', ...SUITE, 'Quand lever des fonds', 'Les étapes à suivre pour réussir']],
  ])('%s', (_name, paragraphs) => {
    const found = findArtifacts({ paragraphs });
    expect(found.filter((a) => a.kind === 'duplicated-paragraph' || a.kind === 'duplicated-caption')).toEqual([]);
  });
});

describe('no byline-template flag', () => {
  it.each([
    ['a source and its date with a space', ['Acme To Buy A Rival', 'Forbes 23-05-2025', ...BODY]],
    ['a model number with digits', ['Acme ships the Model X12-05-2025 edition', ...BODY]],
    ['a glued figure that is no date', [...BODY, 'Revenue45-99-2025']],
    ['a plain byline and date on two lines', ['Acme Raises Money', 'By Jane Doe', 'March 20, 2023', ...BODY]],
    ['a name heading and a different byline', ['Jane Doe', 'John Roe March 20, 2023', ...BODY]],
    ['a time stamp alone above the body', ['Published at 04:50', 'Acme Raises Money For Robots', ...BODY]],
    ['a name then a sentence about that person', ['Jane Doe', 'Jane Doe founded the company in 2019 with two friends from college.', ...BODY]],
    ['French: plain byline with a stamp', ['Par Jean Dupont, publié le 3 mars 2024', ...CORPS]],
  ])('%s', (_name, paragraphs) => {
    expect(of('byline-noise', paragraphs)).toEqual([]);
  });
});

describe('no truncation flag', () => {
  it.each([
    ['a whole sentence before "Read more"', [...BODY, 'The company will open a plant in Ohio next year. Read more']],
    ['"click here to read more" is a sentence', [...BODY, 'For the full interview with the founders, click here to read more']],
    ['a complete headline with a trailing ellipsis', ['Here’s what went on...', ...BODY]],
    ['suspense on a verb', ['And the winner is...', ...BODY]],
    ['a question with its mark, then an ellipsis', ['Is this the end of the boom? ...', ...BODY]],
    ['an ellipsis inside a quotation', [...BODY, 'He paused and said: “We could have raised more, but the …']],
    ['French: a complete headline with an ellipsis', ['Une levée de fonds record, et après…', ...CORPS]],
  ])('%s', (_name, paragraphs) => {
    expect(of('truncated-sentence', paragraphs)).toEqual([]);
  });
});

describe('no merged-stories flag', () => {
  const STORY = [
    'People familiar with the matter said Snapchat is raising money from investors at a valuation of about $10 billion.',
    'The Wall Street Journal reported that Kleiner Perkins agreed to invest in Snapchat at that valuation this week.',
    'Snapchat was valued at $2 billion a year ago, and its founders turned down an offer from a larger rival.',
    'A spokesperson for Snapchat declined to comment on the report when reached by phone on Monday.',
  ];
  it.each([
    ['a plural acronym after a dash', [...STORY, 'It is an interesting architecture - FPGAs (including some devices sold as CPLDs) are arrays of cells.']],
    ['a camel-case name after a dash', [...STORY, 'The deal was led by a familiar name in the valley – DeepMind is not involved, the company said.']],
    ['a subheading that goes on about the same subject', [...STORY, 'What Comes Next', 'Where the money from the round will go', 'Snapchat plans to spend the money on servers and on hiring engineers in Los Angeles.']],
    ['a digest whose sections are one piece', ['Startup Digest brings you a quick wrap of all the news that matters.', ...STORY, 'FUNDING NEWS', 'Ivy Homes raises $7M in seed funding round', 'Ivy Homes, a prop-tech startup, has raised money in a seed round led by a large fund.']],
    ['a capitals name and a city without an agency', [...STORY, 'The column by BILL FERGUSON in ATLANTA ran last week, and readers wrote back about Snapchat.']],
    ['French: an intertitle about the same subject', ['Snapchat lève des fonds', 'Snapchat discute avec des investisseurs sur la base d’une valorisation de 10 milliards de dollars.', 'Le Wall Street Journal affirme que Kleiner Perkins a accepté d’investir dans Snapchat à ce prix.', 'Snapchat valait 2 milliards de dollars il y a un an, et ses fondateurs ont refusé une offre.', 'Un porte-parole de Snapchat n’a pas souhaité commenter ces informations lundi.', 'Les Prochaines Étapes', 'Où ira l’argent de cette levée de fonds', 'Snapchat compte dépenser cet argent en serveurs et en recrutements à Los Angeles.']],
  ])('%s', (_name, paragraphs) => {
    expect(of('merged-stories', paragraphs)).toEqual([]);
  });
});
