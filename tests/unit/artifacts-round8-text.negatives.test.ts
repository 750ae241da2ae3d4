import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 8 text shapes in clean text: agency names cited in
 * sentences, print text hard-wrapped at hyphens, standard closed spellings,
 * question marks the writer doubled. None may be flagged (a row with a kind
 * may be flagged only as that kind).
 */
const B0 = BODY[0]!;
const REST = BODY.slice(1);
const C0 = CORPS[0]!;
const CREST = CORPS.slice(1);

const NEGATIVE: Array<{ name: string; paragraphs: string[]; kind?: string }> = [
  { name: 'an agency cited at the end of a body sentence, once', paragraphs: [HEADLINE, B0, 'The company expects to double its orders this year, a spokesperson told the agency (Reuters).', ...REST] },
  { name: 'a single caption with "(AP Photo)."', paragraphs: [HEADLINE, 'Chief executive Jane Doe at the Columbus warehouse (AP Photo).', ...BODY] },
  { name: 'a quote in the body followed by "Photograph" as a word', paragraphs: [HEADLINE, B0, 'She called the deal ‘a turning point,’ photographed beside the first robot the company ever built.', ...REST] },
  {
    name: 'hard-wrapped print text: lines ending on line-break hyphens are wraps, not cuts',
    paragraphs: [
      'Trade talks resume in Beijing',
      'Officials from both sides met on Monday to discuss the bilateral rela-',
      'tionship and the planned tariffs, which the Ministry of Com-',
      'merce said would hurt both economies if they were imposed this year.',
      'The talks are expected to last three days and to end with a joint state-',
      'ment on trade and investment, officials said.',
    ],
  },
  {
    name: 'texte imprimé coupé aux césures de fin de ligne',
    paragraphs: [
      'Les entreprises face à la hausse des taux',
      'Selon une enquête parmi les entreprises pion-',
      'nières du secteur, la hausse des taux pèse sur les investisse-',
      'ments prévus cette année, en particulier dans l’industrie.',
      'Les dirigeants interrogés restent toutefois optimistes pour la suite.',
    ],
  },
  { name: 'a French caption printed once with "(Photo AFP)"', paragraphs: [TITRE, 'Le fondateur de Robotix dans l’entrepôt de Lyon (Photo AFP)', C0, ...CREST] },
  // Standfirsts and pull-quotes.
  { name: 'a standfirst that sums up the story in other words', paragraphs: [HEADLINE, 'The round values the Ohio company at $400 million and will fund two new warehouses.', 'By Jane Doe', ...BODY] },
  {
    name: 'a pull-quote box in the body, with its attribution, is still a pull-quote',
    paragraphs: [HEADLINE, ...BODY, '“We have never seen demand like this before in our industry.”', '— Jane Doe', 'Doe said: “We have never seen demand like this before in our industry, and we are hiring fast to keep up with it.”', 'The company will open its first European office next year.'],
    kind: 'broken-pull-quote',
  },
  // Short lines before a prompt.
  { name: 'a button label with an ellipsis before the prompt is not a cut sentence', paragraphs: [HEADLINE, ...BODY, 'Find out more…', 'Want to read more?'], kind: 'boilerplate' },
  { name: 'a short ellipsis line the writer ends with, no prompt after it', paragraphs: [HEADLINE, ...BODY, 'And then silence…'] },
  // Archive-like pages that hold one story.
  { name: 'a label page with one post whose paragraph ends in full, then its own subhead', paragraphs: ['Showing posts with the label Business', HEADLINE, 'Acme Robotics has raised a new round to build robots for warehouses, its chief executive said on Monday.', 'What the new money buys for the company', ...REST] },
  { name: 'an article (no archive heading) with an ellipsis paragraph, then a subhead', paragraphs: [HEADLINE, ...BODY, 'The founders had one question for every investor they met: would you still back us if the market turned...', 'What the new money buys for the company', 'Most of it will go to hiring engineers in Ohio, the company said.'] },
  // A breadcrumb glued to the headline above the headline itself.
  { name: 'a breadcrumb glued to the headline, then the headline on its own line', paragraphs: ['HomeTechAcme Robotics raises $50 million for warehouse robots', 'Updated: 3 Mar 2024', HEADLINE, ...BODY], kind: 'boilerplate' },
  { name: 'French: fil d’Ariane collé au titre, puis le titre', paragraphs: ['AccueilÉconomieLa start-up lyonnaise Robotix lève 5 millions d’euros', 'Publié le 3 mars 2024', TITRE, ...CORPS], kind: 'boilerplate' },
  // Question marks and spellings.
  { name: 'a writer’s doubled question mark before a space, with no damage inside words', paragraphs: [HEADLINE, B0, 'Who would have guessed?? Not the founders, who expected a small seed round.', ...REST] },
  { name: '"fin-tech" once beside the usual "fintech"', paragraphs: [HEADLINE, B0, 'Investors in fin-tech have cooled, yet fintech and edtech start-ups still raised more than last year.', 'The fintech market in India is expected to grow, analysts said.', ...REST] },
  { name: 'a lone letter "e" as a label or a variable', paragraphs: [HEADLINE, B0, 'The chart shows option e commercially viable only above 10,000 units, while option E Commerce Ltd preferred was rejected.', ...REST], kind: 'none' },
  { name: 'an Italian brand with "e" between names', paragraphs: [HEADLINE, B0, 'Dolce e Gabbana and Acqua e Sapone are among its retail customers in Milan.', ...REST] },
];

describe('round 8 text artifacts: look-alikes stay', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs, kind }) => {
    expect(findArtifacts({ paragraphs }).filter((a) => a.kind !== kind).map((a) => `${a.kind}: ${a.text}`)).toEqual([]);
  });
});
