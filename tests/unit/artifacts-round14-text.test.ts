import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { buildDoc } from '../../utils/artifacts/context';
import { findMergedStories } from '../../utils/artifacts/merged-stories';
import { findDuplicatedCaptions } from '../../utils/artifacts/captions';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 14 (review fixes of the text detectors): the shapes kept after the
 * rules were narrowed or made general, with invented instances of other
 * outlets' wording (EN and FR). A row passes when a finding of its kind
 * covers its text.
 */
type Row = { name: string; paragraphs: string[]; kind: string; text: string };

const OTHER_HEAD = 'City council approves a new budget for the coming fiscal year';
const OTHER_LEDE = 'The city council on Tuesday approved a budget of $40 million for the coming fiscal year, officials said.';
const AUTRE_TITRE = 'Le conseil municipal adopte le budget de l’année prochaine';
const AUTRE_CHAPO = 'Le conseil municipal a adopté mardi soir un budget de 40 millions d’euros pour l’année prochaine, selon la mairie.';

/** Listing cards: a source before each age, or days that differ. */
const SOURCED_CARDS: Row[] = [
  { name: 'wire feed: "AP — 45 mins ago" under each headline', paragraphs: [HEADLINE, 'AP — 45 mins ago', ...BODY, OTHER_HEAD, 'AP — 2 hours ago', OTHER_LEDE], kind: 'merged-stories', text: OTHER_HEAD },
  { name: 'aggregator: "The Hindu | 1 hour ago"', paragraphs: [HEADLINE, 'The Hindu | 1 hour ago', ...BODY, OTHER_HEAD, 'The Hindu | 4 hours ago', OTHER_LEDE], kind: 'merged-stories', text: OTHER_HEAD },
  { name: 'French: "Ouest-France • il y a 3 heures"', paragraphs: [TITRE, 'Ouest-France • il y a 3 heures', ...CORPS, AUTRE_TITRE, 'Ouest-France • il y a 6 heures', AUTRE_CHAPO], kind: 'merged-stories', text: AUTRE_TITRE },
  { name: 'days without a year on different days: "Oct 3" then "Oct 2"', paragraphs: [HEADLINE, 'Oct 3', ...BODY, OTHER_HEAD, 'Oct 2', OTHER_LEDE], kind: 'merged-stories', text: OTHER_HEAD },
];

/** The next item after a separator, its lede opening on a place and a function word or a number. */
const GLUED_DATELINES: Row[] = [
  { name: '"Chennai Over 200 …": a place and a preposition', paragraphs: [HEADLINE, ...BODY, '-', 'Over 200 families moved to relief camps as rains lash the city', 'Chennai Over 200 families were moved to relief camps on Sunday as heavy rains lashed the city, officials said.'], kind: 'merged-stories', text: 'Over 200 families moved' },
  { name: '"Bengaluru 12 people …": a place and a number', paragraphs: [HEADLINE, ...BODY, '* * *', 'Twelve people injured as a bus overturns near the ring road', 'Bengaluru 12 people were injured on Monday when a private bus overturned near the outer ring road, police said.'], kind: 'merged-stories', text: 'Twelve people injured' },
  { name: '"KOLKATA: Firefighters …": a colon and any capitalised word', paragraphs: [HEADLINE, ...BODY, '—', 'Fire breaks out at a warehouse in the north of the city', 'KOLKATA: Firefighters battled a blaze at a warehouse in the north of the city for six hours on Friday night.'], kind: 'merged-stories', text: 'Fire breaks out' },
  { name: 'French: "Nantes Depuis lundi …"', paragraphs: [TITRE, ...CORPS, '***', 'Les agents de la ville en grève pour leurs salaires depuis lundi', 'Nantes Depuis lundi, les agents de la ville sont en grève pour réclamer une hausse de leurs salaires, selon les syndicats.'], kind: 'merged-stories', text: 'Les agents de la ville' },
  { name: 'French: "Bordeaux Deux …"', paragraphs: [TITRE, ...CORPS, '-', 'Deux nouvelles lignes de tramway annoncées pour la métropole', 'Bordeaux Deux nouvelles lignes de tramway seront construites d’ici 2030, a annoncé mardi la métropole.'], kind: 'merged-stories', text: 'Deux nouvelles lignes' },
];

/** A line printed twice with its copies glued (no space or punctuation at the seam). */
const GLUED_SEAM: Row[] = [
  { name: 'alt text glued to its caption: "… at the harbourCrews …"', paragraphs: [HEADLINE, 'Crews unload containers at the harbour in OaklandCrews unload containers at the harbour in Oakland', ...BODY], kind: 'duplicated-caption', text: 'Crews unload containers at the harbour in Oakland' },
  { name: 'a caption ending in a year, glued: "… in 2019Fans …"', paragraphs: [HEADLINE, ...BODY, 'Fans gather outside the stadium before the final in 2019Fans gather outside the stadium before the final in 2019'], kind: 'duplicated-caption', text: 'Fans gather outside the stadium' },
  { name: 'French: "… à NantesLa manifestation …"', paragraphs: [TITRE, 'La manifestation contre la réforme des retraites à NantesLa manifestation contre la réforme des retraites à Nantes', ...CORPS], kind: 'duplicated-caption', text: 'La manifestation contre la réforme' },
];

/** A feed page's byline glued after its headline: names, where filed, the outlet, then the stamp, text on both sides. */
const FEED_BYLINES: Row[] = [
  { name: 'China Daily: "… courier By HE QI in Shanghai | CHINA DAILY | Updated: 2021-02-18 07:08 Share …"', paragraphs: [`${HEADLINE} By JANE DOE in Columbus | OHIO DAILY | Updated: 2024-03-02 07:08 Share ${BODY[0]!}`, BODY[1]!], kind: 'byline-noise', text: 'By JANE DOE in Columbus | OHIO DAILY | Updated: 2024-03-02 07:08' },
  { name: 'Indian daily: "By Ravi Kumar | The Hindu | Updated: March 3, 2024 at 10:15 pm"', paragraphs: [`${HEADLINE} By Ravi Kumar | The Hindu | Updated: March 3, 2024 at 10:15 pm ${BODY[0]!}`, BODY[1]!], kind: 'byline-noise', text: 'By Ravi Kumar | The Hindu | Updated: March 3, 2024 at 10:15 pm' },
  { name: 'two names, no outlet: "By Jane Doe and John Roe | Posted 03/02/2024"', paragraphs: [`${HEADLINE} By Jane Doe and John Roe | Posted 03/02/2024 ${BODY[0]!}`, BODY[1]!], kind: 'byline-noise', text: 'By Jane Doe and John Roe | Posted 03/02/2024' },
  { name: 'French: "Par Jean Dupont à Lyon | Le Progrès | Publié le 3 mars 2024 à 10h15"', paragraphs: [`${TITRE} Par Jean Dupont à Lyon | Le Progrès | Publié le 3 mars 2024 à 10h15 ${CORPS[0]!}`, CORPS[1]!], kind: 'byline-noise', text: 'Par Jean Dupont à Lyon | Le Progrès | Publié le 3 mars 2024 à 10h15' },
];

/** A teaser cut by an ellipsis, then a paywall line that asks to sign in "for access to this article". */
const ACCESS_PROMPT_CUTS: Row[] = [
  { name: 'small-town paper: "… not..." / "For access to this article please" / "sign in or"', paragraphs: [HEADLINE, BODY[0]!, 'The plant will make robot arms for warehouses, not...', 'For access to this article please', 'sign in or', 'subscribe.'], kind: 'truncated-sentence', text: 'robot arms for warehouses, not...' },
  { name: '"To access the full story, log in or subscribe" under a cut', paragraphs: [HEADLINE, BODY[0]!, 'The company said the new money would help it hire engineers in…', 'To access the full story, log in or subscribe today.'], kind: 'truncated-sentence', text: 'help it hire engineers in…' },
  { name: 'French: "Pour accéder à cet article, abonnez-vous" sous une coupe', paragraphs: [TITRE, CORPS[0]!, 'Le fondateur estime que le marché doublera encore d’ici deux ans, porté par...', 'Pour accéder à cet article, abonnez-vous.'], kind: 'truncated-sentence', text: 'porté par...' },
];

const ROWS: Array<[string, Row[]]> = [
  ['listing cards with a source or a day', SOURCED_CARDS],
  ['glued datelines after a separator', GLUED_DATELINES],
  ['a line glued to its own copy', GLUED_SEAM],
  ['feed bylines glued after the headline', FEED_BYLINES],
  ['teasers cut before an access prompt', ACCESS_PROMPT_CUTS],
];

for (const [group, rows] of ROWS) {
  describe(`round 14 text detectors: ${group}`, () => {
    it.each(rows)('$name', ({ paragraphs, kind, text }) => {
      const found = findArtifacts({ paragraphs });
      expect(found.some((a) => a.kind === kind && a.text.includes(text))).toBe(true);
    });
  });
}

/**
 * Size bounds: the link-card title search reads only short lines, and the caption echo search indexes sentence starts
 * once. Big inputs must still give the right answer (the fuzz run checks the time).
 */
describe('round 14 text detectors: big inputs keep their answers', () => {
  const glued = 'x'.repeat(20) + 'Aa'.repeat(10_000) + ' Bb Cc Dd';
  it('a 20,000-character paragraph above two link cards is read, the cards still found', () => {
    const paragraphs = [glued, HEADLINE, BODY[0]!, `ohiopublicradio.org${OTHER_HEAD} — Ohio Public Radio`, OTHER_LEDE, 'ohiopublicradio.orgSchool board picks a new superintendent after a long search — Ohio Public Radio', BODY[2]!];
    const found = findMergedStories(buildDoc(paragraphs));
    expect(found.some((f) => f.kind === 'merged-stories')).toBe(true);
  });
  it('hundreds of credited captions, one echoing a body sentence: that one is reported', () => {
    const captions = Array.from({ length: 400 }, (_, k) => `Workers assemble robot arm number ${k} at the Columbus plant today. Photo: Jane Doe`);
    const paragraphs = [HEADLINE, ...captions, 'Acme Robotics plans to hire engineers and expand its factories in Ohio. Credit: DH Photo', 'Acme Robotics plans to hire engineers and expand its factories in Ohio and Texas next year.'];
    const found = findDuplicatedCaptions(buildDoc(paragraphs));
    expect(found.filter((f) => f.kind === 'duplicated-caption')).toHaveLength(1);
  });
});
