import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { findBylineNoise } from '../../utils/artifacts/bylines';
import { buildDoc } from '../../utils/artifacts/context';
import { BODY, CORPS, OTHER_STORY } from '../helpers/artifact-texts';

/** Round 4 (batch 5 diagnosis): bylines, repeats, merged stories, cuts and pull-quotes in the shapes unseen sites printed them. */
const OTHER = OTHER_STORY;

interface Row { name: string; paragraphs: string[]; kind: string; text: string }

const ROWS: Row[] = [
  // Byline templates.
  { name: 'a doubled "By By"', paragraphs: ['Acme raises $5 million for robots', 'By By elizabeth Ryan', ...BODY], kind: 'byline-noise', text: 'By By elizabeth Ryan' },
  { name: 'a doubled French "Par par"', paragraphs: ['La start-up lève 5 millions', 'Par par Jean Dupont', ...CORPS], kind: 'byline-noise', text: 'Par par Jean Dupont' },
  { name: 'an author template with an empty "( )"', paragraphs: [...BODY, 'Edited by Tenzin Pema', 'Author :- Tenzin Pema ( )'], kind: 'byline-noise', text: 'Author :- Tenzin Pema ( )' },
  { name: 'a "Posted by" template with empty brackets', paragraphs: [...BODY, 'Posted by Jane Doe []'], kind: 'byline-noise', text: 'Posted by Jane Doe []' },
  { name: 'a byline repeated after the standfirst', paragraphs: ['Les levées de fonds, le seul moyen de faire parler de sa startup ?', 'par Kevin Bresson', ...CORPS, 'Par Kevin Bresson', 'La levée de fonds, le seul moyen ?', ...CORPS.map((p) => p.replace('.', ' cette année.'))], kind: 'byline-noise', text: 'Par Kevin Bresson' },
  { name: 'a byline in capitals printed again in sentence case', paragraphs: ['Acme raises $5 million', 'BY JANE DOE', ...BODY, 'By Jane Doe', 'The chief executive said the money would last three years.'], kind: 'byline-noise', text: 'By Jane Doe' },
  { name: 'an English byline printed again mid-body', paragraphs: ['Acme raises $5 million', 'By Jane Doe', ...BODY, 'By Jane Doe', 'The chief executive said the money would last three years.'], kind: 'byline-noise', text: 'By Jane Doe' },
  {
    name: 'a French byline and its timestamps glued inside a paragraph',
    paragraphs: ['Le marché a chuté de 65 % en 2023. Découvrez notre analyse complète du bilan de l’année. Par Rudy Degardin, Raphaële Karayan et Aymeric Marolleau. Publié le 09 février 2024 à 16h07 - Mis à jour le 12 février 2024 à 13h06 Ressources Depuis le deuxième semestre 2022, la hausse des taux a freiné les investissements.'],
    kind: 'byline-noise', text: 'Par Rudy Degardin, Raphaële Karayan et Aymeric Marolleau. Publié le 09 février 2024 à 16h07 - Mis à jour le 12 février 2024 à 13h06',
  },
  {
    name: 'an English byline and dates glued inside a paragraph',
    paragraphs: ['Acme raised $5 million. By Jane Doe and John Roe. Published March 3, 2024 at 4:07 pm Updated March 4, 2024 The company plans to hire engineers in Ohio.', ...BODY],
    kind: 'byline-noise', text: 'By Jane Doe and John Roe. Published March 3, 2024 at 4:07 pm Updated March 4, 2024',
  },
  {
    name: 'a byline, a bar and an "Updated:" stamp glued to the lede',
    paragraphs: ['Acme raises $5 million for robots By Jane Doe | Updated: March 4, 2024 at 9:15 am Acme Robotics said on Tuesday it had raised new money.', ...BODY.slice(1)],
    kind: 'byline-noise', text: 'By Jane Doe | Updated: March 4, 2024 at 9:15 am',
  },
  {
    name: 'a French stamp then its byline glued to the lede',
    paragraphs: ['La start-up lève 5 millions Publié le 9 févr. 2024 à 16h07 par Jean Dupont La start-up lyonnaise a levé 5 millions d’euros auprès de plusieurs fonds.', ...CORPS.slice(1)],
    kind: 'byline-noise', text: 'Publié le 9 févr. 2024 à 16h07 par Jean Dupont',
  },
  { name: 'the author’s name printed twice in the byline', paragraphs: ['Acme raises $5 million', 'By Jane Doe Jane Doe', ...BODY], kind: 'byline-noise', text: 'By Jane Doe Jane Doe' },
  { name: 'the author’s name printed twice without a space', paragraphs: ['Acme raises $5 million', 'By Jane DoeJane Doe', ...BODY], kind: 'byline-noise', text: 'By Jane DoeJane Doe' },
  { name: 'a byline glued to its date', paragraphs: ['Acme raises $5 million', 'By Jane DoeMarch 3, 2024', ...BODY], kind: 'byline-noise', text: 'By Jane DoeMarch 3, 2024' },
  { name: 'a French byline glued to its stamp', paragraphs: ['La start-up lève 5 millions', 'Par Jean DupontPublié le 3 mars 2024', ...CORPS], kind: 'byline-noise', text: 'Par Jean DupontPublié le 3 mars 2024' },
  // Captions and repeats: the kind follows the role.
  { name: 'a courtesy credit printed twice in a row', paragraphs: ['News Startup Fund provides a lift to promising news outlets', 'Courtesy Pexels', 'Courtesy Pexels', ...BODY], kind: 'duplicated-caption', text: 'Courtesy Pexels\n\nCourtesy Pexels' },
  {
    name: 'alt text, then the caption with an agency credit in spaced brackets',
    paragraphs: ['Soupçons de fraude fiscale: Sanofi perquisitionné', 'Le siège social parisien du géant pharmaceutique Sanofi.', 'Le siège social parisien du géant pharmaceutique Sanofi. ( ALAIN JOCARD / AFP/Archives )', ...CORPS],
    kind: 'duplicated-caption', text: 'Le siège social parisien du géant pharmaceutique Sanofi.',
  },
  {
    name: 'alt text, then the caption with a French credit',
    paragraphs: ['La start-up lève 5 millions', 'Les fondateurs de la start-up dans leurs bureaux à Lyon.', 'Les fondateurs de la start-up dans leurs bureaux à Lyon. Crédit photo : Jean Dupont', ...CORPS],
    kind: 'duplicated-caption', text: 'Les fondateurs de la start-up dans leurs bureaux à Lyon.',
  },
  { name: 'a French credit line printed twice in a row', paragraphs: ['La start-up lève 5 millions', 'Crédit photo : Jean Dupont', 'Crédit photo : Jean Dupont', ...CORPS], kind: 'duplicated-caption', text: 'Crédit photo : Jean Dupont\n\nCrédit photo : Jean Dupont' },
  {
    name: 'the headline twice in a row under an ad label',
    paragraphs: ['Advertisements', 'Robotics startup cofounded by Synapse CEO is raising funds with exaggerated claims', 'Robotics startup cofounded by Synapse CEO is raising funds with exaggerated claims', ...BODY],
    kind: 'duplicated-paragraph', text: 'Robotics startup cofounded by Synapse CEO is raising funds with exaggerated claims',
  },
  {
    name: 'the headline again after a first copy with an image path glued to it',
    paragraphs: ['Société générale : une fraude après l’autre02/07/2025Journal/medias/images/une_2970-c.jpg', 'Dans les entreprises', 'Société générale : une fraude après l’autre', ...CORPS],
    kind: 'duplicated-paragraph', text: 'Société générale : une fraude après l’autre',
  },
  {
    name: 'the headline again with an image slug glued in front of it',
    paragraphs: ['alleywatch-logoWhy Is Traction So Squishy For Founders', 'Why Is Traction So Squishy For Founders', ...BODY],
    kind: 'duplicated-paragraph', text: 'Why Is Traction So Squishy For Founders',
  },
  {
    name: 'a title printed twice, hard-wrapped at other points',
    paragraphs: ['Les levées de fonds :', 'le meilleur moyen de faire parler de', 'sa startup dans les médias ?', 'par Kevin Bresson', 'Les levées de fonds :', 'le meilleur moyen de faire parler', 'de sa startup dans les médias ?', ...CORPS],
    kind: 'duplicated-paragraph', text: 'Les levées de fonds :\n\nle meilleur moyen de faire parler\n\nde sa startup dans les médias ?',
  },
  {
    name: 'a headline printed twice in a row inside a one-paragraph page',
    paragraphs: ['Accueil > Médias > Les levées de fonds dans les médias ont chuté de 65 % en France en 2023 Les levées de fonds dans les médias ont chuté de 65 % en France en 2023 Les start-up des médias ont levé au moins 281 millions d’euros en 2023. Découvrez notre analyse complète du bilan de l’année.'],
    kind: 'duplicated-paragraph', text: 'Les levées de fonds dans les médias ont chuté de 65 % en France en 2023',
  },
  {
    name: 'a caption printed twice in a row inside a flattened block mid-text',
    paragraphs: [...BODY, `${BODY.join(' ')} Workers assemble warehouse robots at the Acme plant in Dayton Workers assemble warehouse robots at the Acme plant in Dayton ${BODY.join(' ')} ${BODY.join(' ')} ${BODY.join(' ')} ${BODY.join(' ')}`],
    kind: 'duplicated-paragraph', text: 'Workers assemble warehouse robots at the Acme plant in Dayton',
  },
  // Pull-quotes and cuts.
  {
    name: 'a pull-quote in its [pq] shortcode between paragraphs',
    paragraphs: [...BODY, '[pq]European politics and culture have created a different mix for journalism startups[/pq]', 'Denník N and other startups illustrate the pressures driving media innovation.'],
    kind: 'broken-pull-quote', text: '[pq]European politics and culture have created a different mix for journalism startups[/pq]',
  },
  {
    name: 'a pull-quote in a [pullquote] shortcode with attributes',
    paragraphs: [...BODY, 'Sales doubled. [pullquote align="right"]We want every warehouse to run on our robots.[/pullquote] The company said it would hire.'],
    kind: 'broken-pull-quote', text: '[pullquote align="right"]We want every warehouse to run on our robots.[/pullquote]',
  },
  { name: 'a feed headline cut mid-word with "..."', paragraphs: ['Credit Reporting Agencies Are Working Harder Than Ever to Make Your Score Lo...', 'via War Room Contributors by Greg Voakes on 5/31/11', ...BODY], kind: 'truncated-sentence', text: 'Credit Reporting Agencies Are Working Harder Than Ever to Make Your Score Lo...' },
  { name: 'an initialism left alone without its last full stop', paragraphs: [...BODY, 'D.C', 'The chief executive said the money would last three years.'], kind: 'truncated-sentence', text: 'D.C' },
  { name: 'only the attribution of a cut sentence at the end', paragraphs: [...BODY, 'Executive Chairman David Smith in a statement'], kind: 'truncated-sentence', text: 'Executive Chairman David Smith in a statement' },
  // Merged stories on feed and archive pages.
  {
    name: 'a second feed item: its headline, above a different "via … by … on …" line',
    paragraphs: ['Twitter Launches Follow Button for Websites', 'via Mashable! by Lauren Indvik on 5/31/11', ...BODY, 'More About: twitter', 'Credit Agencies Are Working Harder Than Ever', 'via War Room Contributors by Greg Voakes on 5/31/11', ...OTHER],
    kind: 'merged-stories', text: 'Credit Agencies Are Working Harder Than Ever',
  },
  {
    name: 'a second feed item whose headline was cut: its "via" line',
    paragraphs: ['Twitter Launches Follow Button for Websites', 'via Mashable! by Lauren Indvik on 5/31/11', ...BODY, 'Credit Reporting Agencies Are Working Harder Than Ever to Make Your Score Lo...', 'via War Room Contributors by Greg Voakes on 5/31/11', ...OTHER],
    kind: 'merged-stories', text: 'via War Room Contributors by Greg Voakes on 5/31/11',
  },
  {
    name: 'a second story after the first one’s rights notice',
    paragraphs: ['Getty Images and Shutterstock to merge', BODY[0]!, '© 2024 TechCrunch. All rights reserved. For personal use only.', BODY[0]!, '© 2024 TechCrunch. All rights reserved. For personal use only.', ...OTHER],
    kind: 'merged-stories', text: OTHER[0]!,
  },
  {
    name: 'a second story: its headline and a dated byline after the first one’s body',
    paragraphs: ['Acme raises $5 million for robots', 'By Jane Doe | March 3, 2024', ...BODY, 'Beta buys its smaller rival Gamma in a deal worth millions', 'By John Roe | March 4, 2024', ...OTHER],
    kind: 'merged-stories', text: 'Beta buys its smaller rival Gamma in a deal worth millions',
  },
  {
    name: 'a blog index: headline and date line, then the same shape after the first post',
    paragraphs: ['Acme raises five million dollars for its warehouse robots', 'March 3, 2024', ...BODY, 'Beta buys its smaller rival Gamma in a deal worth millions', 'March 1, 2024', ...OTHER],
    kind: 'merged-stories', text: 'Beta buys its smaller rival Gamma in a deal worth millions',
  },
  {
    name: 'a category archive: the next post’s headline after the first post’s body',
    paragraphs: ['Archive | Advice for Startups RSS for this section', 'Video interview: why now?', ...BODY, 'Why is Traction So Squishy?', ...OTHER],
    kind: 'merged-stories', text: 'Why is Traction So Squishy?',
  },
];

describe('round 4 structure: each artifact is found under its kind', () => {
  it.each(ROWS)('$name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs });
    const joined = paragraphs.join('\n\n');
    for (const a of found) expect(joined).toContain(a.text);
    expect(found.some((a) => a.kind === kind && a.text === text), JSON.stringify(found.map((a) => [a.kind, a.text]))).toBe(true);
  });
});

describe('round 4 bylines: a reposting account on the post-meta line', () => {
  // The finder reads it as byline noise; whether the whole-line boilerplate rules claim it first is the registry's business.
  it.each([
    'by tyler | Apr 23, 2024 | Tech',
    'by admin2 • 3 March 2024',
    'by jdoe | 2024-03-03 | Startups, Funding',
  ])('%s', (line) => {
    const found = findBylineNoise(buildDoc([line, ...BODY]));
    expect(found.map((f) => f.start)).toEqual([0]);
  });
});

describe('round 4 bylines: the repairs', () => {
  it('drops the doubled prefix', () => {
    expect(findArtifacts({ paragraphs: ['By By elizabeth Ryan', ...BODY] }).find((a) => a.kind === 'byline-noise')?.fix).toBe('By elizabeth Ryan');
  });
  it('drops the empty placeholder', () => {
    expect(findArtifacts({ paragraphs: [...BODY, 'Author :- Tenzin Pema ( )'] }).find((a) => a.kind === 'byline-noise')?.fix).toBe('Author :- Tenzin Pema');
  });
});
