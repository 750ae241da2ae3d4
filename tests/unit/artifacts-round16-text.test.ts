import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { buildDoc } from '../../utils/artifacts/context';
import { pageKindOf } from '../../utils/artifacts/page-kind';

/**
 * Round 16 (text detectors, group 5a): shapes that recur across outlets in the blind misses, read by structure.
 * Invented EN and FR rows. A row passes when a finding of its kind covers its text.
 */
type Row = { name: string; paragraphs: string[]; kind: string; text: string };

/** Cards of a listing that carry a story's mark: a time line under each headline. */
const TIMED_CARDS = [
  'Ferry service to the islands resumes after storm repairs',
  'Coast Herald · 2 hours ago',
  'The ferry operator said the crossings would run on the winter timetable once the damaged pier was reopened.',
  'Hospital trust approves a new maternity wing for the county',
  'Valley News · 5 hours ago',
  'The trust said the maternity wing would add forty beds and open in the spring of next year after a tender.',
  'Bus drivers vote to accept the pay offer from the council',
  'Coast Herald · 14 March',
  'Union members voted by a wide margin for the offer, which raises wages by six percent over two years.',
];

/** Cards whose teasers the template cut off (no closing punctuation, or an ellipsis). */
const CUT_CARDS = [
  'Lakeside brewery expands its taproom to meet demand',
  'The brewery, which opened in a former boat shed nine years ago, will double the size of its taproom and add a kitchen that …',
  'Council plans a new cycle lane along the river path',
  'Cyclists and walkers have shared the narrow river path for years, and the council now wants to split it into two lanes by',
  'Primary school wins a national award for its garden',
  'Pupils at the school grow vegetables in raised beds that supply the canteen, and the judges praised the way teachers…',
];

/**
 * A French listing whose teasers open on a kicker in capitals and a dash ("ENQUÊTE - …"): a card even when the
 * headline shares no word with its teaser.
 */
const KICKER_CARDS_FR = [
  'La sécheresse inquiète les maraîchers du Vaucluse',
  'ENQUÊTE - Les nappes phréatiques sont au plus bas depuis vingt ans et les producteurs réduisent leurs plantations cet été.',
  'Les cantines passent au bio dans les collèges du département',
  'ANALYSE - Le conseil départemental veut servir des repas issus de l’agriculture biologique à tous les élèves dès la rentrée.',
  'Un chantier naval renaît sur les bords de la Rance',
  'REPORTAGE - Trois charpentiers ont repris l’atelier abandonné et construisent des voiliers en bois pour des clients étrangers.',
];

const LISTING: Row[] = [
  { name: 'listing with time lines: the second card', paragraphs: TIMED_CARDS, kind: 'merged-stories', text: TIMED_CARDS[3]! },
  { name: 'listing with cut teasers: the third card', paragraphs: CUT_CARDS, kind: 'merged-stories', text: CUT_CARDS[4]! },
  { name: 'French listing, kicker teasers: the second card', paragraphs: KICKER_CARDS_FR, kind: 'merged-stories', text: KICKER_CARDS_FR[2]! },
  { name: 'French listing, kicker teasers: the third card', paragraphs: KICKER_CARDS_FR, kind: 'merged-stories', text: KICKER_CARDS_FR[4]! },
];

/**
 * merged-stories reads its "Read more" labels from the lexicon's READ_MORE_LABELS (one list): a label the old local
 * lists lacked ("Read the full story", "Voir la suite") closes a teaser or opens an expander the same way.
 */
const READ_MORE: Row[] = [
  {
    name: 'a cut teaser, "Read the full story", a date line, then the next item',
    paragraphs: [
      'The harbour board met on Tuesday to approve the dredging contract for the outer basin, which has silted up since the floods.',
      'Board members also discussed the fees charged to visiting yachts, which several of them said were too low to…  Read the full story',
      'March 14, 2025',
      'Lighthouse keeper’s cottage reopens as a small museum',
      'The cottage, empty for twenty years, now shows the lamps and logbooks kept by the last three keepers of the light.',
    ],
    kind: 'merged-stories',
    text: 'Lighthouse keeper’s cottage reopens as a small museum',
  },
  {
    name: 'French topic page: an expander "Voir la suite…Afficher moins", then the next story',
    paragraphs: [
      'Le syndicat des eaux a présenté mardi son plan pour remplacer les canalisations en plomb des vieux quartiers de la ville.',
      'Les travaux commenceront au printemps et dureront trois ans, selon le président du syndicat, qui promet des',
      'Voir la suite…Afficher moins',
      'Le marché couvert rouvre après deux ans de travaux',
      'Les commerçants ont retrouvé leurs étals samedi matin sous la grande halle rénovée, en présence du maire et des habitants.',
    ],
    kind: 'merged-stories',
    text: 'Le marché couvert rouvre après deux ans de travaux',
  },
];

const ROWS: Row[] = [...LISTING, ...READ_MORE];

describe('round 16 text detectors: shapes found', () => {
  it.each(ROWS)('$name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === kind);
    expect(found.some((a) => a.text.includes(text) || text.includes(a.text))).toBe(true);
  });
});

describe('round 16 page kind', () => {
  it.each([
    { name: 'cards with time lines', paragraphs: TIMED_CARDS, kind: 'listing' },
    { name: 'cards with cut teasers', paragraphs: CUT_CARDS, kind: 'listing' },
    { name: 'French cards with kicker teasers', paragraphs: KICKER_CARDS_FR, kind: 'listing' },
    // A front page flattened into one paragraph: its masthead's print cues (volume and issue, price, date in capitals,
    // dot-leader index, page references) make it a print page although no line can be counted.
    {
      name: 'flattened front page: volume, price and a date in capitals',
      paragraphs: ['THE RIVERTON LEDGER • VOL. 41, NO. 212 • $2.50 • WEDNESDAY, OCTOBER 8, 2025 Mill reopens after the flood The paper mill on the east bank resumed work on Tuesday after six weeks of repairs, its owners said, and most of its workers are back on shift.'],
      kind: 'print',
    },
    {
      name: 'flattened old issue: a volume in Roman numerals and a price in words',
      paragraphs: ['THE MILLBROOK GAZETTE VOLUME XIV—NO. 88 SATURDAY, MARCH 4,1911 PRICE 5c COPY Bridge over the creek is finished at last The county engineer reported on Friday that the new iron bridge would carry wagons from Monday.'],
      kind: 'print',
    },
    {
      name: 'flattened front page: an inside index and page references',
      paragraphs: ['Arts ......C1 Classifieds ....D5 Opinion ......A9 Weather ....B6 HARVEST FESTIVAL DRAWS RECORD CROWDS TO THE VALLEY Growers sold out of apples by noon. PAGE B3 The county fair board said on Monday that attendance rose for a third year.'],
      kind: 'print',
    },
  ])('$name', ({ paragraphs, kind }) => {
    expect(pageKindOf(buildDoc(paragraphs)).kind).toBe(kind);
  });
});
