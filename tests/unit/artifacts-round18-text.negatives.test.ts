import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 18 text shapes (group 5) in clean text. No finding of the row's kinds may be made on
 * them (other detectors may read a line as furniture: not this table's concern).
 */
type Row = { name: string; paragraphs: string[]; kinds: string[] };
const CUT = ['truncated-sentence'];

const NEGATIVE: Row[] = [
  // A "read more" label's words as the sentence's own verb phrase, closed by a full stop (review of round A, finding 3).
  { name: 'French: "lire l’article" as the verb phrase of a finished sentence', kinds: CUT, paragraphs: [TITRE, ...CORPS, 'Le maire a promis de ne pas répondre aux critiques de l’opposition sur le budget avant de lire l’article.'] },
  { name: 'French: "lire plus" closing a finished sentence', kinds: CUT, paragraphs: [TITRE, ...CORPS, 'Selon un sondage publié jeudi, la plupart des retraités interrogés dans la région disent vouloir lire plus.'] },
  { name: '"read the whole article" closing a finished sentence', kinds: CUT, paragraphs: [HEADLINE, ...BODY, 'Brokers say that very few of their retail customers who buy these funds ever read the whole article.'] },
  { name: '"read the full story" closing a finished sentence', kinds: CUT, paragraphs: [HEADLINE, ...BODY, 'The editor said that of all the committee members who voted on the motion, only the older ones actually read the full story.'] },
  // A digest that labels itself on a short line, or in a title's capitals: its sections stay one piece.
  {
    name: 'digest labelled by a short heading line ("Morning briefing")',
    kinds: ['merged-stories'],
    paragraphs: ['Morning briefing', '• Ferry Timetable Changes Again as Crew Shortage Drags On', 'Ferry crossings to the island will run every ninety minutes instead of every hour from next week, the operator said, after two crews quit and the company struggled to…', '• Marina Berths Sell Out Within a Day of Opening for Booking', 'Every summer berth at the new marina was taken within twenty-four hours of bookings opening on Monday, and the harbour office said it would draw up a waiting list for boats that arrive after the…', '• Beach Car Park Fees Rise for the First Time in Six Years', 'Drivers will pay two pounds more for a day at the main beach car park from April, the council said, arguing that the money is needed to repair the sea wall and the steps that lead down to the…'],
  },
  {
    name: 'French: digest named in a title’s capitals ("L’Essentiel du Littoral : …")',
    kinds: ['merged-stories'],
    paragraphs: ['L’Essentiel du Littoral : le bac, le port et la plage cette semaine', '• Les Horaires du Bac Changent Encore Faute d’Équipages', 'Les traversées vers l’île auront lieu toutes les quatre-vingt-dix minutes dès la semaine prochaine, a indiqué l’exploitant, qui préfère garder ses bateaux à quai plutôt que de faire naviguer des équipages…', '• Les Places du Port de Plaisance Réservées en une Journée', 'Toutes les places d’été du nouveau port de plaisance ont trouvé preneur en vingt-quatre heures, et la capitainerie a annoncé qu’elle ouvrirait une liste d’attente pour les bateaux qui arriveront après la…', '• Le Stationnement de la Plage Augmente pour la Première Fois en Six Ans', 'Les automobilistes paieront deux euros de plus par jour au parking de la grande plage à partir d’avril, a annoncé la mairie, qui veut financer la réparation de la digue et des escaliers qui descendent vers la…'],
  },
  // "By" opening a time phrase before a capitalised place and a dash: no name, no byline.
  { name: '"By" + a weekday before a place in capitals and a dash', kinds: ['byline-noise'], paragraphs: [HEADLINE, 'By Friday NATO ministers had agreed that the meeting in BRUSSELS — a city they all know well — would go ahead as planned.', ...BODY] },
  // A byline on its own line above the dateline is no glued byline.
  { name: 'byline on its own line, the dateline opening the next paragraph', kinds: ['byline-noise'], paragraphs: [HEADLINE, 'By Laura Penhall', 'CHICAGO (AP) — Shoppers spent more on furniture and clothing in May, the third monthly rise in a row, the government said on Tuesday.', ...BODY] },
  // An apostrophe before an ellipsis that closes a plural's possessive or a quotation, and a real two-letter word: no cut inside a word.
  { name: 'plural possessive before an ellipsis', kinds: CUT, paragraphs: [HEADLINE, ...BODY, 'The union said the deal would cut overtime and leave most of the night shift workers’ …'] },
  { name: 'closing single quote before an ellipsis', kinds: CUT, paragraphs: [HEADLINE, ...BODY, 'The mayor ended her speech with the words her father used every time the river flooded, ‘never again’ …'] },
  { name: 'French: a two-letter word (“vu”) before a writer’s ellipsis, mid-body', kinds: CUT, paragraphs: [TITRE, 'Les élus ont voté le budget du port à l’unanimité, une première depuis des années que le vieux maire n’avait jamais vu …', ...CORPS] },
  { name: 'a short line ending on a hesitation ("um...")', kinds: CUT, paragraphs: [HEADLINE, 'And the answer from the board was, um...', ...BODY] },
  // Real two-letter words, units and ordinals before a writer's ellipsis, and a short unmarked line ending on a code (review of round B, fx7).
  { name: 'French: "ça" before a writer’s ellipsis, mid-body', kinds: CUT, paragraphs: [TITRE, 'Au port, les pêcheurs ont compté les caisses une à une, trente puis quarante-deux, et ça…', ...CORPS] },
  { name: 'French: "es" before a writer’s ellipsis, mid-body', kinds: CUT, paragraphs: [TITRE, 'Le capitaine a promis au mousse qu’on partirait demain à l’aube si tu es…', ...CORPS] },
  { name: 'French: "celle-ci" before a writer’s ellipsis', kinds: CUT, paragraphs: [TITRE, 'Les pêcheurs ont toujours préféré la vieille jetée à la nouvelle, celle-ci…', ...CORPS] },
  { name: 'a unit ("kg") before a writer’s ellipsis, mid-body', kinds: CUT, paragraphs: [HEADLINE, 'The market stall sold its apples all week long for three euros per kg...', ...BODY] },
  { name: 'French: a unit ("km") before a writer’s ellipsis, mid-body', kinds: CUT, paragraphs: [TITRE, 'Les coureurs du dimanche ont tenu le rythme sur les premiers km…', ...CORPS] },
  { name: '"pm" before a writer’s ellipsis', kinds: CUT, paragraphs: [HEADLINE, 'The last ferry of the day leaves the harbour every evening at seven pm...', ...BODY] },
  { name: 'an ordinal ("21st") before a writer’s ellipsis', kinds: CUT, paragraphs: [HEADLINE, 'The harbour festival has been moved once again to the 21st...', ...BODY] },
  { name: 'a short unmarked line ending on two letters of a code, no cut teaser around it', kinds: CUT, paragraphs: [HEADLINE, 'The file name began with xq...', ...BODY] },
  { name: 'French: a short unmarked line ending on two letters of a code', kinds: CUT, paragraphs: [TITRE, 'Le code du casier finit par zq…', ...CORPS] },
];

describe('round 18 text detectors: look-alikes stay clean', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs, kinds }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => kinds.includes(a.kind));
    expect(found).toEqual([]);
  });
});
