import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 8: text artifact shapes seen in mainstream pages (batch 8): captions
 * with a bare agency credit or a Guardian "Photograph:" credit after a quote,
 * "??" mojibake inside words, lost hyphens. Rows are invented, EN and FR.
 */
const B0 = BODY[0]!;
const REST = BODY.slice(1);
const C0 = CORPS[0]!;
const CREST = CORPS.slice(1);

type Row = { name: string; paragraphs: string[]; kind: string; text: string };

const CAPTIONS: Row[] = [
  { name: 'a short caption with a bare "(AP Photo)." credit, twice', paragraphs: [HEADLINE, B0, 'Chief executive Jane Doe at the Columbus warehouse (AP Photo).', 'Chief executive Jane Doe at the Columbus warehouse (AP Photo).', ...REST], kind: 'duplicated-caption', text: '(AP Photo).' },
  { name: 'a French caption with "(Photo AFP)", twice', paragraphs: [TITRE, C0, 'Le fondateur de Robotix dans l’entrepôt de Lyon (Photo AFP)', 'Le fondateur de Robotix dans l’entrepôt de Lyon (Photo AFP)', ...CREST], kind: 'duplicated-caption', text: '(Photo AFP)' },
  { name: 'a quoted caption with a Guardian credit after the comma, twice', paragraphs: [HEADLINE, 'Jane Doe: ‘We wanted to stay independent for as long as we possibly could,’ Photograph: John Smith for the Guardian', 'Jane Doe: ‘We wanted to stay independent for as long as we possibly could,’ Photograph: John Smith for the Guardian', ...BODY], kind: 'duplicated-caption', text: 'Photograph: John Smith for the Guardian' },
  { name: 'a caption ending on a quote with an agency photograph credit, repeated after a paragraph', paragraphs: [HEADLINE, 'The robots at work in Ohio. ‘It changed everything’ Photograph: Alamy', B0, 'The robots at work in Ohio. ‘It changed everything’ Photograph: Alamy', ...REST], kind: 'duplicated-caption', text: 'Photograph: Alamy' },
];

const MOJIBAKE: Row[] = [
  { name: '"??" inside words where curly apostrophes were lost', paragraphs: [HEADLINE, 'I??l say more about the deal in my column, and the founders who??e been asked say they??e pleased.', ...BODY], kind: 'mojibake', text: 'who??e' },
  { name: 'with that evidence, "??" closing a word before a space', paragraphs: [HEADLINE, 'The update is out. (UPDATE: It?? here.) The founders who??e waited are pleased.', ...BODY], kind: 'mojibake', text: 'It??' },
  { name: 'French: "??" inside words of a converted copy', paragraphs: [TITRE, 'L??quipe de Robotix pr??voit de recruter vingt ing??nieurs cette ann??e.', ...CORPS], kind: 'mojibake', text: 'ing??nieurs' },
];

const HYPHENS: Row[] = [
  { name: 'the hyphen of "e-commerce" turned into a space', paragraphs: [HEADLINE, B0, 'The deal comes as the e commerce giant wrestles with slowing sales in its home market.', ...REST], kind: 'lost-hyphen', text: 'e commerce' },
  { name: 'French: "e-mail" with a space', paragraphs: [TITRE, C0, 'Les candidats peuvent écrire par e mail à l’équipe de recrutement avant la fin du mois.', ...CREST], kind: 'lost-hyphen', text: 'e mail' },
];

const LEDE = 'Over the past five years, most of the country’s startup deals have gone to companies based in three cities';
const CHAPO = 'Depuis cinq ans, la majorité des levées de fonds des start-up françaises se concentre dans trois régions';
const STANDFIRSTS: Row[] = [
  { name: 'a synopsis repeating the first sentence of the lede, with a byline between', paragraphs: ['Meet the heavy lifters of startup land', 'Synopsis', `${LEDE}.`, 'ET Bureau', `${LEDE}, with two of them claiming most of the unicorns, according to a venture capital database. Other cities have seen far fewer deals.`, ...REST], kind: 'duplicated-paragraph', text: LEDE },
  { name: 'French: a chapô repeating the start of the lede', paragraphs: ['Les régions qui attirent les investisseurs', `${CHAPO}.`, 'Par la rédaction', `${CHAPO}, selon une étude publiée mardi par un cabinet de conseil parisien. Les autres territoires restent loin derrière.`, ...CREST], kind: 'duplicated-paragraph', text: CHAPO },
];

const ARCHIVES: Row[] = [
  { name: 'a label page: a teaser cut by "..." then the next post’s headline as the last line', paragraphs: ['Posts', 'Showing posts with the label Business', 'Acme Robotics raises money for warehouse robots', 'Acme Robotics has raised a new round to build robots for warehouses, its chief executive said on Monday, adding that the money would pay for two new plants in Ohio and Texas. ...', 'Retailer plans cash call to fund its digital growth'], kind: 'merged-stories', text: 'Retailer plans cash call to fund its digital growth' },
  { name: 'French: a category page with a cut teaser, then the next post', paragraphs: ['Articles classés dans Financement', 'Robotix lève des fonds pour ses robots d’entrepôt', 'La start-up lyonnaise Robotix a levé des fonds pour développer ses robots d’entrepôt, a annoncé lundi son fondateur, qui prévoit d’ouvrir deux sites…', 'Une fintech nantaise rachète un concurrent allemand', 'La fintech nantaise a annoncé mardi le rachat d’un concurrent allemand pour accélérer en Europe.'], kind: 'merged-stories', text: 'Une fintech nantaise rachète un concurrent allemand' },
];

const TRUNCATED: Row[] = [
  { name: 'a paywall preview of the next paragraph’s first words before "Want to read more?"', paragraphs: [HEADLINE, ...BODY, 'Most companies require…', 'Want to read more?'], kind: 'truncated-sentence', text: 'Most companies require…' },
  { name: 'French: a preview of a few words before "Envie de lire la suite ?"', paragraphs: [TITRE, ...CORPS, 'Les dirigeants estiment…', 'Envie de lire la suite ?'], kind: 'truncated-sentence', text: 'Les dirigeants estiment…' },
  { name: 'a single line cut at a hyphen before a paywall, in ordinary web text', paragraphs: [HEADLINE, B0, 'Analysts expect the market for warehouse automation to keep growing as the online retail sector and e-', 'Subscribe to continue reading'], kind: 'truncated-sentence', text: 'e-' },
];

describe('round 8 text artifacts: mainstream variants are flagged', () => {
  it.each([...CAPTIONS, ...MOJIBAKE, ...HYPHENS, ...STANDFIRSTS, ...ARCHIVES, ...TRUNCATED])('$kind: $name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs });
    const mine = found.filter((a) => a.kind === kind);
    expect(mine.some((a) => a.text.includes(text)), JSON.stringify(found.map((a) => `${a.kind}: ${a.text}`))).toBe(true);
  });
});
