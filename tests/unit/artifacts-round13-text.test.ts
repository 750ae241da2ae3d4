import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 13 (fresh-page sweep over Indian, US and French news pages): general
 * shapes the text detectors missed, each with invented instances of other
 * outlets' wording (EN and FR). A row passes when a finding of its kind
 * covers its text.
 */
type Row = { name: string; paragraphs: string[]; kind: string; text: string };

/** The lead photo captioned with a body sentence's opening words, the credit inline after it. */
const CAPTION_ECHOES_BODY: Row[] = [
  {
    name: 'Indian daily: "… maintain peace. Credit: DH Photo" over the longer body sentence',
    paragraphs: [HEADLINE, 'Acme Robotics plans to hire engineers and expand its factories in Ohio. Credit: DH Photo', BODY[0]!, 'Acme Robotics plans to hire engineers and expand its factories in Ohio and Texas next year.', BODY[2]!],
    kind: 'duplicated-caption', text: 'Credit: DH Photo',
  },
  {
    name: 'US paper: "… Photo: Jane Doe / Staff" echoing the second sentence of a paragraph',
    paragraphs: [HEADLINE, 'Its chief executive said demand for warehouse robots had doubled. Photo: Jane Doe / Staff', `${BODY[1]!} Its chief executive said demand for warehouse robots had doubled over the past year alone.`, BODY[0]!],
    kind: 'duplicated-caption', text: 'Photo: Jane Doe / Staff',
  },
  {
    name: 'the body sentence first, the credited caption after it ("Photo credit: …")',
    paragraphs: [HEADLINE, ...BODY, 'The company plans to use the proceeds to hire engineers and expand its factories. Photo credit: Jane Doe'],
    kind: 'duplicated-caption', text: 'Photo credit: Jane Doe',
  },
  {
    name: 'French: "… Crédit photo : Jean Dupont" over the body sentence',
    paragraphs: [TITRE, 'Elle compte ouvrir des bureaux à Paris et à Berlin avant la fin de l’année. Crédit photo : Jean Dupont', ...CORPS],
    kind: 'duplicated-caption', text: 'Crédit photo : Jean Dupont',
  },
  {
    name: 'French: "(Photo : Ouest-France)" after a sentence cut at a comma',
    paragraphs: [TITRE, 'La start-up lyonnaise a levé 5 millions d’euros auprès de plusieurs fonds (Photo : Ouest-France)', ...CORPS],
    kind: 'duplicated-caption', text: '(Photo : Ouest-France)',
  },
];

const OTHER_HEAD = 'Six nurses from Lyon receive the Florence Nightingale Medal in Geneva';
const OTHER_LEDE = 'Six nurses from Lyon received the Florence Nightingale Medal from the Red Cross on Friday, among 39 nurses from 22 countries.';
const AUTRE_TITRE = 'Six infirmières lyonnaises reçoivent la médaille Florence Nightingale à Genève';
const AUTRE_CHAPO = 'Six infirmières lyonnaises ont reçu vendredi la médaille Florence Nightingale de la Croix-Rouge, parmi 39 lauréates de 22 pays.';

/** A listing page's cards: headline, a time line, a teaser; the second card is another story. */
const LISTING_CARDS: Row[] = [
  { name: 'aggregator: "CHINA DAILY - 2 hours 29 min ago" under each headline', paragraphs: [HEADLINE, 'CHINA DAILY - 2 hours 29 min ago', ...BODY, OTHER_HEAD, 'CHINA DAILY - 2 hours 36 min ago', OTHER_LEDE], kind: 'merged-stories', text: OTHER_HEAD },
  { name: 'source before the time: "REUTERS - 3h ago"', paragraphs: [HEADLINE, 'REUTERS - 3h ago', ...BODY, OTHER_HEAD, 'REUTERS - 5h ago', OTHER_LEDE], kind: 'merged-stories', text: OTHER_HEAD },
  { name: 'radio site: byline, "Jun 22", headline; then the next card', paragraphs: ['Jane Doe, business reporter', 'Jun 22', HEADLINE, ...BODY, 'John Roe, arts correspondent', 'Jun 21', OTHER_HEAD, OTHER_LEDE], kind: 'merged-stories', text: OTHER_HEAD },
  { name: 'French: "AFP - il y a 2 heures" under each title', paragraphs: [TITRE, 'AFP - il y a 2 heures', ...CORPS, AUTRE_TITRE, 'Le Figaro · il y a 5 heures', AUTRE_CHAPO], kind: 'merged-stories', text: AUTRE_TITRE },
  { name: 'French: "3 mars" then "2 mars" day lines', paragraphs: [TITRE, '3 mars', ...CORPS, AUTRE_TITRE, '2 mars', AUTRE_CHAPO], kind: 'merged-stories', text: AUTRE_TITRE },
];

/** Link-preview cards flattened: the previous card's domain glued to the next card's title. */
const LINK_CARDS: Row[] = [
  { name: 'topic page: "houstonpublicmedia.orgTitle — Houston Public Media" cards', paragraphs: [`${HEADLINE} — Ohio Public Radio`, BODY[0]!, `ohiopublicradio.org${OTHER_HEAD} — Ohio Public Radio`, OTHER_LEDE, 'ohiopublicradio.orgCity council approves a new tax rate for the next fiscal year — Ohio Public Radio', BODY[2]!], kind: 'merged-stories', text: OTHER_HEAD },
  { name: 'cards without a source suffix, a .co.uk domain', paragraphs: [HEADLINE, BODY[0]!, `example.co.uk${OTHER_HEAD}`, OTHER_LEDE, 'example.co.ukCouncil leader quits after a row over the new bus lanes', BODY[2]!], kind: 'merged-stories', text: OTHER_HEAD },
  { name: 'French: "francebleu.frTitre" cards', paragraphs: [TITRE, CORPS[0]!, `francebleu.fr${AUTRE_TITRE}`, AUTRE_CHAPO, 'francebleu.frLa mairie de Lyon vote un nouveau plan de circulation pour la Presqu’île', CORPS[2]!], kind: 'merged-stories', text: AUTRE_TITRE },
];

/** A listing's next item after a separator line: headline, then a lede opening on a dateline. */
const AFTER_SEPARATOR: Row[] = [
  { name: 'Indian daily: "-" then headline then "Mumbai A 21-year-old …"', paragraphs: [HEADLINE, ...BODY, '-', '21-year-old arrested for killing lover in Mumbai suburb', 'Mumbai A 21-year-old man was arrested on Wednesday for allegedly killing his partner, police said.'], kind: 'merged-stories', text: '21-year-old arrested' },
  { name: '"* * *" then headline then "NEW DELHI: The government …"', paragraphs: [HEADLINE, ...BODY, '* * *', 'Government extends the fuel subsidy for another six months', 'NEW DELHI: The government on Monday extended the fuel subsidy scheme for another six months, officials said.'], kind: 'merged-stories', text: 'Government extends the fuel subsidy' },
  { name: 'wire dateline with a dash: "LONDON (Reuters) - …"', paragraphs: [HEADLINE, ...BODY, '—', 'Bank of England holds rates as inflation cools further', 'LONDON (Reuters) - The Bank of England held interest rates on Thursday as inflation cooled for a third month.'], kind: 'merged-stories', text: 'Bank of England holds rates' },
  { name: 'French: "***" then titre then "Rennes Le maire …"', paragraphs: [TITRE, ...CORPS, '***', 'Le maire de Rennes annonce un nouveau plan vélo pour 2025', 'Rennes Le maire a présenté lundi soir un plan de 40 millions d’euros pour les pistes cyclables de la ville.'], kind: 'merged-stories', text: 'Le maire de Rennes annonce' },
];

/** News-app listing cards: the source's domain alone on a line over each title, then a teaser. */
const DOMAIN_LINE_CARDS: Row[] = [
  { name: 'US news app: "peoriatimes.com" over each card', paragraphs: ['ohiotimes.com', HEADLINE, BODY[0]!, 'COLUMBUS, OH', 'peoriatimes.com', OTHER_HEAD, OTHER_LEDE, 'PEORIA, AZ'], kind: 'merged-stories', text: OTHER_HEAD },
  { name: 'a short title under a .gov source line', paragraphs: ['ohiotimes.com', HEADLINE, BODY[0]!, BODY[1]!, 'kennesaw-ga.gov', 'Council Meeting Agenda', 'View the agenda for the regularly scheduled meeting of the city council next Tuesday evening.'], kind: 'merged-stories', text: 'Council Meeting Agenda' },
  { name: 'source glued after a place: "Ocean City, NJocnjdaily.com"', paragraphs: ['Columbus, OHohiotimes.com', HEADLINE, BODY[0]!, 'Ocean City, NJocnjdaily.com', OTHER_HEAD, OTHER_LEDE], kind: 'merged-stories', text: OTHER_HEAD },
  { name: 'French: "ouest-france.fr" over each card', paragraphs: ['leprogres.fr', TITRE, CORPS[0]!, 'ouest-france.fr', AUTRE_TITRE, AUTRE_CHAPO], kind: 'merged-stories', text: AUTRE_TITRE },
];

/** Alt text and caption run together: the same line twice with no break. */
const GLUED_TWICE: Row[] = [
  { name: 'film magazine: "… inThe Sweet EastJacob … in The Sweet East"', paragraphs: [HEADLINE, 'Jane Doe and John Roe inThe Robot FactoryJane Doe and John Roe in The Robot Factory', ...BODY], kind: 'duplicated-caption', text: 'Jane Doe and John Roe in The Robot Factory' },
  { name: 'a caption with its credit, doubled with a space lost', paragraphs: [HEADLINE, ...BODY, 'Workers at the Acme plant in Columbus. (AP Photo/Jane Doe)Workers at the Acme plant in Columbus. (AP Photo/Jane Doe)'], kind: 'duplicated-caption', text: 'Workers at the Acme plant' },
  { name: 'French: "… lors du conseilLe maire …"', paragraphs: [TITRE, 'Le maire de Lyon lors du conseil municipal de lundiLe maire de Lyon lors du conseil municipal de lundi', ...CORPS], kind: 'duplicated-caption', text: 'Le maire de Lyon lors du conseil municipal de lundi' },
  { name: 'the title doubled on the first line is a duplicated paragraph', paragraphs: [`${HEADLINE}${HEADLINE}`, ...BODY], kind: 'duplicated-paragraph', text: HEADLINE },
];

/** A listing: teaser cut with "Read more" glued, the item's date line, then the next item's headline. */
const GLUED_PROMPT_ITEMS: Row[] = [
  { name: 'magazine listing: "… stars…  Read more" / "By May 27, 2023" / next headline', paragraphs: [HEADLINE, 'Acme Robotics said on Tuesday it had raised new money from a group of investors led by…  Read more', 'By May 27, 2023', OTHER_HEAD, OTHER_LEDE], kind: 'merged-stories', text: OTHER_HEAD },
  { name: 'date line without "By", three ASCII dots', paragraphs: [HEADLINE, 'The company plans to use the proceeds to hire engineers and expand its...Read more', 'March 3, 2024', OTHER_HEAD, OTHER_LEDE], kind: 'merged-stories', text: OTHER_HEAD },
  { name: 'French: "…Lire la suite" / "3 mars 2024" / titre suivant', paragraphs: [TITRE, 'La start-up lyonnaise a levé 5 millions d’euros auprès de plusieurs fonds pour…Lire la suite', '3 mars 2024', AUTRE_TITRE, AUTRE_CHAPO], kind: 'merged-stories', text: AUTRE_TITRE },
];

/** A short alt text (a name) over its caption, which adds only a labelled credit. */
const SHORT_ALT_TEXTS: Row[] = [
  { name: 'Hong Kong site: "Jane Doe" over "Jane Doe. File Photo: Acme."', paragraphs: [HEADLINE, BODY[0]!, 'Jane Doe', 'Jane Doe. File Photo: Acme.', BODY[1]!], kind: 'duplicated-caption', text: 'Jane Doe' },
  { name: '"Acme Robotics plant" over "Acme Robotics plant - Photo: AFP"', paragraphs: [HEADLINE, BODY[0]!, 'Acme Robotics plant', 'Acme Robotics plant - Photo: AFP', BODY[1]!], kind: 'duplicated-caption', text: 'Acme Robotics plant' },
  { name: 'French: "Jean Dupont" over "Jean Dupont. Crédit photo : Robotix"', paragraphs: [TITRE, CORPS[0]!, 'Jean Dupont', 'Jean Dupont. Crédit photo : Robotix', CORPS[1]!], kind: 'duplicated-caption', text: 'Jean Dupont' },
];

const ROWS: Array<[string, Row[]]> = [
  ['short alt texts over their credited caption', SHORT_ALT_TEXTS],
  ['listing items after a glued "Read more" and a date line', GLUED_PROMPT_ITEMS],
  ['a line glued to its own copy', GLUED_TWICE],
  ['cards under a source domain line', DOMAIN_LINE_CARDS],
  ['next item after a separator line', AFTER_SEPARATOR],
  ['link-preview cards with glued domains', LINK_CARDS],
  ['listing cards with time lines', LISTING_CARDS],
  ['captions echoing a body sentence, credit inline', CAPTION_ECHOES_BODY],
];

for (const [group, rows] of ROWS) {
  describe(`round 13 text detectors: ${group}`, () => {
    it.each(rows)('$name', ({ paragraphs, kind, text }) => {
      const found = findArtifacts({ paragraphs });
      expect(found.some((a) => a.kind === kind && a.text.includes(text))).toBe(true);
    });
  });
}
