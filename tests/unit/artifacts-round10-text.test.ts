import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 10 (after the batch 9 blind run): general shapes behind its misses,
 * each with invented instances of other outlets' wording (EN and FR).
 * A row passes when a finding of its kind covers its text.
 */
const B0 = BODY[0]!;
const REST = BODY.slice(1);
const C0 = CORPS[0]!;
const CREST = CORPS.slice(1);

type Row = { name: string; paragraphs: string[]; kind: string; text: string };

/** A caption line printed twice in a row between two body paragraphs. */
const backToBack = (caption: string, head: string, first: string, rest: string[]): string[] => [head, first, caption, caption, ...rest];

/** A short caption closed by a bare agency credit in brackets is a caption, whatever its length. */
const BRACKET_CREDITS: Row[] = [
  { name: 'a wire caption "(PA)", twice in a row', paragraphs: backToBack('London Stock Exchange (PA)', HEADLINE, B0, REST), kind: 'duplicated-caption', text: 'London Stock Exchange (PA)' },
  { name: 'a wire caption "(AP)", twice in a row', paragraphs: backToBack('Traders on the floor in New York (AP)', HEADLINE, B0, REST), kind: 'duplicated-caption', text: 'Traders on the floor' },
  { name: 'a caption "(Getty Images)", twice in a row', paragraphs: backToBack('The Acme warehouse in Columbus (Getty Images)', HEADLINE, B0, REST), kind: 'duplicated-caption', text: 'The Acme warehouse' },
  { name: 'French: a caption "(AFP)", twice in a row', paragraphs: backToBack('Le siège de Robotix à Lyon (AFP)', TITRE, C0, CREST), kind: 'duplicated-caption', text: 'Le siège de Robotix' },
];

/** A caption printed bare (alt text), then again with " - Outlet" after it. */
const OUTLET_SUFFIX: Row[] = [
  { name: 'French: "- Les Echos" after the copy', paragraphs: [TITRE, 'Les pertes du quotidien sont compensées par les nouvelles diversifications', 'Les pertes du quotidien sont compensées par les nouvelles diversifications - Les Echos', ...CORPS], kind: 'duplicated-caption', text: 'Les pertes du quotidien' },
  { name: 'an em-dash outlet after the copy', paragraphs: ['Markets', HEADLINE, 'Workers unload the first robots at the new plant in Ohio on Monday', 'Workers unload the first robots at the new plant in Ohio on Monday — Reuters', ...BODY], kind: 'duplicated-caption', text: 'Workers unload the first robots' },
  { name: 'a pipe and a company name after the copy', paragraphs: ['Tech', HEADLINE, 'The new robotics campus outside Columbus seen from the highway at dusk', 'The new robotics campus outside Columbus seen from the highway at dusk | Acme Robotics', ...BODY], kind: 'duplicated-caption', text: 'The new robotics campus' },
  { name: 'French: "– Le Progrès" after the copy', paragraphs: ['Économie', TITRE, 'L’entrepôt automatisé de Robotix dans la banlieue de Lyon en mars dernier', 'L’entrepôt automatisé de Robotix dans la banlieue de Lyon en mars dernier – Le Progrès', ...CORPS], kind: 'duplicated-caption', text: 'L’entrepôt automatisé' },
];

/** A photo credit printed on both sides of a caption widget's labels (NPR's player). */
const WIDGET_CREDITS: Row[] = [
  { name: 'NPR: "… Name/Getty Images hide caption" then "toggle caption Name/Getty Images"', paragraphs: [HEADLINE, 'Acme robots at work in the Columbus warehouse. Jane Doe/Getty Images hide caption', 'toggle caption Jane Doe/Getty Images', ...BODY], kind: 'duplicated-caption', text: 'toggle caption Jane Doe/Getty Images' },
  { name: 'NPR: an AP credit around the labels', paragraphs: [HEADLINE, 'The Acme plant in Ohio on Monday. John Roe/AP hide caption', 'toggle caption John Roe/AP', ...BODY], kind: 'duplicated-caption', text: 'toggle caption John Roe/AP' },
  { name: 'a "Show caption" label with a "Photo:" credit', paragraphs: [HEADLINE, 'Robots on the floor of the plant. Photo: Jane Doe', 'Show caption Photo: Jane Doe', ...BODY], kind: 'duplicated-caption', text: 'Show caption Photo: Jane Doe' },
  { name: 'French: "Afficher la légende" around a credit', paragraphs: [TITRE, 'Le fondateur de Robotix à Lyon. Jean Dupont/AFP masquer la légende', 'Afficher la légende Jean Dupont/AFP', ...CORPS], kind: 'duplicated-caption', text: 'Afficher la légende Jean Dupont/AFP' },
];

/** A caption with its credit printed several times is a caption, not a pull-quote. */
const CREDITED_REPEATS: Row[] = [
  { name: 'a caption with "Photo: Name" printed three times around the byline', paragraphs: [
    'Regulators overhauled rules that previously barred technology firms with dual-class shares from listing in the city. Photo: Jane Doe Regulators overhauled rules that previously barred technology firms with dual-class shares from listing in the city. Photo: Jane Doe',
    'Regulators overhauled rules that previously barred technology firms with dual-class shares from listing in the city. Photo: Jane Doe',
    'Jane Roe', HEADLINE, ...BODY], kind: 'duplicated-caption', text: 'Regulators overhauled rules' },
];

/** An agency byline whose author field carries the article and the source field does not. */
const AGENCY_BYLINES: Row[] = [
  { name: '"By The Associated Press Associated Press" after the body', paragraphs: [HEADLINE, ...BODY, 'By The Associated Press Associated Press'], kind: 'byline-noise', text: 'By The Associated Press Associated Press' },
  { name: '"By Reuters Reuters" under the headline', paragraphs: [HEADLINE, 'By Reuters Reuters', ...BODY], kind: 'byline-noise', text: 'By Reuters Reuters' },
  { name: '"By AP AP" under the headline', paragraphs: [HEADLINE, 'By AP AP', ...BODY], kind: 'byline-noise', text: 'By AP AP' },
  { name: 'French: "Par l’AFP AFP"', paragraphs: [TITRE, 'Par l’AFP AFP', ...CORPS], kind: 'byline-noise', text: 'Par l’AFP AFP' },
  { name: 'French: "Par Le Parisien Le Parisien"', paragraphs: [TITRE, 'Par Le Parisien Le Parisien', ...CORPS], kind: 'byline-noise', text: 'Par Le Parisien Le Parisien' },
];

/** A listed compound that lost a hyphen with no hyphenated twin in the text: plurals and phrase compounds. */
const COMPOUNDS: Row[] = [
  { name: 'a listed compound in the plural: "costsavings"', paragraphs: [HEADLINE, B0, 'The deal will spark major costsavings across the two groups, the company said.', ...REST], kind: 'lost-hyphen', text: 'costsavings' },
  { name: 'a listed compound in the plural: "followups"', paragraphs: [HEADLINE, B0, 'Investors asked for regular followups on the hiring plan, the chief executive said.', ...REST], kind: 'lost-hyphen', text: 'followups' },
  { name: 'one of two hyphens lost: "stay-athome"', paragraphs: [HEADLINE, B0, 'Demand fell during the stay-athome orders of the spring, the company said.', ...REST], kind: 'lost-hyphen', text: 'stay-athome' },
  { name: 'both hyphens lost: "facetoface"', paragraphs: [HEADLINE, B0, 'The founders met investors facetoface for the first time in March, she said.', ...REST], kind: 'lost-hyphen', text: 'facetoface' },
  { name: 'French: "porteparole"', paragraphs: [TITRE, C0, 'La porteparole de Robotix a confirmé l’opération mardi à Lyon devant la presse.', ...CREST], kind: 'lost-hyphen', text: 'porteparole' },
  { name: 'French: "sous-traitants" glued in the plural', paragraphs: [TITRE, C0, 'Les soustraitants de Robotix seront payés plus vite, a précisé la direction mardi.', ...CREST], kind: 'lost-hyphen', text: 'soustraitants' },
];

/** A wire photo caption cut by the template's caption preview, with no ellipsis. */
const CUT_WIRE_CAPTIONS: Row[] = [
  { name: 'AP: "FILE - In this … file photo, … of the NBC", then the byline', paragraphs: [HEADLINE, 'FILE - In this March 3, 2020, file photo, Jane Doe, chief executive of Acme', 'The Associated Press', ...BODY], kind: 'truncated-sentence', text: 'FILE - In this March 3, 2020' },
  { name: 'AP: "In this undated handout photo, …" cut', paragraphs: [HEADLINE, 'In this undated handout photo provided by Acme Robotics, a robot moves boxes at the', ...BODY], kind: 'truncated-sentence', text: 'In this undated handout photo' },
  { name: 'Reuters: "FILE PHOTO: A logo of …" cut', paragraphs: [HEADLINE, 'FILE PHOTO: A logo of Acme Robotics is seen at its headquarters in Columbus, Ohio, U', ...BODY], kind: 'truncated-sentence', text: 'FILE PHOTO: A logo' },
  { name: 'French: "PHOTO D’ARCHIVE - …" cut', paragraphs: [TITRE, 'PHOTO D’ARCHIVE - Le fondateur de Robotix lors de la présentation de ses robots à', ...CORPS], kind: 'truncated-sentence', text: 'PHOTO D’ARCHIVE' },
];

/** A print "big number" call-out between the two halves of a cut sentence. */
const CALLOUTS: Row[] = [
  { name: 'a figure and its label over two lines', paragraphs: [HEADLINE, B0, 'Beijing said it would not hold talks with the United States until the president stops', '31 Points fall of the FTSE 100 Index', 'in London last night', 'threatening more tariffs, lowering hopes of a quick deal.', ...REST], kind: 'broken-pull-quote', text: '31 Points fall' },
  { name: 'a pound figure with "bn" and its label', paragraphs: [HEADLINE, B0, 'The company said the new money would let it hire engineers and open', '£2.1bn Value of the deal', 'a second plant in Ohio by the end of next year.', ...REST], kind: 'broken-pull-quote', text: '£2.1bn Value' },
  { name: 'a percentage call-out', paragraphs: [HEADLINE, B0, 'Online orders now account for most of the growth the retailer reported in', '40% Share of sales made online', 'the three months to June, the company said.', ...REST], kind: 'broken-pull-quote', text: '40% Share' },
  { name: 'French: "5 M€ Levés par Robotix"', paragraphs: [TITRE, C0, 'La start-up compte recruter une vingtaine d’ingénieurs et ouvrir', '5 M€ Levés par Robotix', 'un second entrepôt à Lyon avant la fin de l’année prochaine.', ...CREST], kind: 'broken-pull-quote', text: '5 M€ Levés' },
];

/** A pull-quote with no quotation marks and no stop, then its attribution line with a role. */
const TITLED_QUOTES: Row[] = [
  { name: 'an unquoted remark, then "Name, Chair of …"; the name comes back in the body', paragraphs: [HEADLINE, B0, 'I heard recently about workers having to go to the food bank because they cannot make ends meet', 'Darren Jones, Chair of the Business Committee', 'Darren Jones said the committee would ask the company for its figures next month.', ...REST], kind: 'broken-pull-quote', text: 'I heard recently' },
  { name: 'an unquoted remark, then "Name, chief executive of Acme"', paragraphs: [HEADLINE, B0, 'We have never seen demand like this for warehouse robots in our whole history', 'Jane Doe, chief executive of Acme Robotics', 'Jane Doe founded the company in 2019 with two engineers from Ohio State.', ...REST], kind: 'broken-pull-quote', text: 'We have never seen demand' },
  { name: 'French: a remark, then "Jean Dupont, président de Robotix"', paragraphs: [TITRE, C0, 'Nous voulons devenir le leader européen de la robotique logistique avant la fin de la décennie', 'Jean Dupont, président de Robotix', 'Jean Dupont a fondé Robotix en 2019 avec deux ingénieurs lyonnais venus de l’industrie automobile.', ...CREST], kind: 'broken-pull-quote', text: 'Nous voulons devenir' },
];

/** The author box's name, section labels, then the byline with the same name. */
const NAME_BLOCKS: Row[] = [
  { name: 'SCMP: "Name" / "Opinion" / "Opinion" / "Editorial by Name"', paragraphs: ['Northwind Editorial', 'Opinion', 'Opinion', 'Editorial by Northwind Editorial', HEADLINE, ...BODY], kind: 'byline-noise', text: 'Editorial by Northwind Editorial' },
  { name: 'an author box name, then "By Name"', paragraphs: [HEADLINE, 'Jane Doe', 'Technology', 'By Jane Doe', ...BODY], kind: 'byline-noise', text: 'By Jane Doe' },
  { name: 'an author box name, then "Opinion by Name"', paragraphs: [HEADLINE, 'Jane Doe', 'Opinion by Jane Doe', ...BODY], kind: 'byline-noise', text: 'Opinion by Jane Doe' },
  { name: 'French: "Jean Dupont" / "Analyse par Jean Dupont"', paragraphs: [TITRE, 'Jean Dupont', 'Analyse', 'Analyse par Jean Dupont', ...CORPS], kind: 'byline-noise', text: 'Analyse par Jean Dupont' },
];

describe('round 10 text artifacts: batch 9 shapes are flagged', () => {
  it.each([...BRACKET_CREDITS, ...OUTLET_SUFFIX, ...WIDGET_CREDITS, ...CREDITED_REPEATS, ...AGENCY_BYLINES, ...COMPOUNDS, ...CUT_WIRE_CAPTIONS, ...CALLOUTS, ...TITLED_QUOTES, ...NAME_BLOCKS])('$kind: $name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs });
    const mine = found.filter((a) => a.kind === kind);
    expect(mine.some((a) => a.text.includes(text)), JSON.stringify(found.map((a) => `${a.kind}: ${a.text}`))).toBe(true);
  });

  it('a credited caption repeated is never read as a pull-quote', () => {
    const found = findArtifacts({ paragraphs: CREDITED_REPEATS[0]!.paragraphs });
    expect(found.filter((a) => a.kind === 'broken-pull-quote')).toEqual([]);
  });
});
