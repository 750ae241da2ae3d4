import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 18 (group 5: text detectors): shapes that recur across outlets in the blind misses of six batches, read by
 * structure, not by a page's words. Invented EN and FR rows. A row passes when a finding of its kind holds the row's
 * text (merged-story and caption rows) or sits inside it (cut-sentence rows, whose finding is the cut text).
 */
type Row = { name: string; paragraphs: string[]; kind: string; text: string };

/** A story link's own label ("full article", from the lexicon's one list) in brackets after a cut on a function word. */
const BRACKETED_LABELS: Row[] = [
  { name: 'bracketed "[full article]" after a cut on an article', paragraphs: [HEADLINE, ...BODY, 'The board also approved a plan to move the assembly of its smaller models to a new site near the [full article]'], kind: 'truncated-sentence', text: 'The board also approved a plan to move the assembly' },
  { name: 'French: bracketed "(Full Article)" after a cut on a preposition', paragraphs: [TITRE, ...CORPS, 'Le conseil d’administration a aussi validé le transfert de l’assemblage des petits modèles vers un nouveau site près de (Full Article)'], kind: 'truncated-sentence', text: 'Le conseil d’administration a aussi validé le transfert' },
];

/**
 * A listing (bulleted cards, each teaser cut by the template's ellipsis) whose first lines use a digest word in prose
 * ("… the residents' newsletter …", "… pour aller à l'essentiel …"): not a label, so the page stays a listing.
 */
const CARDS_WITH_PROSE_DIGEST_WORD_EN = [
  'Section: Waterfront',
  '• Ferry Timetable Changes Again as Crew Shortage Drags On',
  'Ferry crossings to the island will run every ninety minutes instead of every hour from next week, the operator said, after a residents’ newsletter reported that two crews had quit and that the company was struggling to…',
  '• Marina Berths Sell Out Within a Day of Opening for Booking',
  'Every summer berth at the new marina was taken within twenty-four hours of bookings opening on Monday, and the harbour office said it would draw up a waiting list for boats that arrive after the…',
  '• Beach Car Park Fees Rise for the First Time in Six Years',
  'Drivers will pay two pounds more for a day at the main beach car park from April, the council said, arguing that the money is needed to repair the sea wall and the steps that lead down to the…',
];
const CARDS_WITH_PROSE_DIGEST_WORD_FR = [
  'Rubrique : Littoral',
  '• Les Horaires du Bac Changent Encore Faute d’Équipages',
  'Les traversées vers l’île auront lieu toutes les quatre-vingt-dix minutes dès la semaine prochaine, a indiqué l’exploitant, qui préfère pour l’essentiel garder ses bateaux à quai plutôt que de faire naviguer des équipages…',
  '• Les Places du Port de Plaisance Réservées en une Journée',
  'Toutes les places d’été du nouveau port de plaisance ont trouvé preneur en vingt-quatre heures, et la capitainerie a annoncé qu’elle ouvrirait une liste d’attente pour les bateaux qui arriveront après la…',
  '• Le Stationnement de la Plage Augmente pour la Première Fois en Six Ans',
  'Les automobilistes paieront deux euros de plus par jour au parking de la grande plage à partir d’avril, a annoncé la mairie, qui veut financer la réparation de la digue et des escaliers qui descendent vers la…',
];
const PROSE_DIGEST_WORD: Row[] = [
  { name: 'listing whose first teaser mentions a newsletter in prose: the second card', paragraphs: CARDS_WITH_PROSE_DIGEST_WORD_EN, kind: 'merged-stories', text: 'Marina Berths Sell Out Within a Day of Opening for Booking' },
  { name: 'French: listing whose first teaser says "pour l’essentiel" in prose', paragraphs: CARDS_WITH_PROSE_DIGEST_WORD_FR, kind: 'merged-stories', text: 'Les Places du Port de Plaisance Réservées en une Journée' },
];

/** A byline run into the wire dateline, the line break lost: name, optional role, the place in capitals, agency, dash. */
const BYLINE_INTO_DATELINE: Row[] = [
  { name: 'byline, wire role and dateline run into the first sentence', paragraphs: ['Retail sales climb for a third month', 'By Laura Penhall AP Retail Writer CHICAGO (AP) -- Shoppers spent more on furniture and clothing in May, the third monthly rise in a row, the government said on Tuesday.', ...BODY], kind: 'byline-noise', text: 'By Laura Penhall AP Retail Writer CHICAGO (AP) --' },
  { name: 'byline with a staff-writer role, then a place and state', paragraphs: ['Port contract vote delayed', 'By Tom O. Reyes, Harbor Gazette staff writer PORTLAND, Maine — The city council voted late on Monday to put off the vote on the port contract until the autumn.', ...BODY], kind: 'byline-noise', text: 'By Tom O. Reyes, Harbor Gazette staff writer PORTLAND, Maine —' },
  { name: 'French: byline run into the AFP dateline', paragraphs: [TITRE, 'Par Jeanne Morel PARIS (AFP) — Les ventes de détail ont progressé en mai pour le troisième mois consécutif, selon les chiffres publiés mardi.', ...CORPS], kind: 'byline-noise', text: 'Par Jeanne Morel PARIS (AFP) —' },
];

/** An excerpt cut inside a word by its length limit, before the ellipsis: a contraction or elision broken after its apostrophe, or two letters that are no word. */
const CUT_INSIDE_WORD: Row[] = [
  { name: 'excerpt cut after a contraction’s apostrophe', paragraphs: [HEADLINE, ...BODY, 'Sales rose by nearly a third over the summer months, the trade body said on Monday. Here’ …'], kind: 'truncated-sentence', text: 'Here’ …' },
  { name: 'excerpt cut two letters into a word', paragraphs: [HEADLINE, ...BODY, 'The council will vote on the harbour plan again in May, and members say they hopefully wi...'], kind: 'truncated-sentence', text: 'The council will vote on the harbour plan again in May' },
  { name: 'a short excerpt line cut two letters into a word, in a run of cut teasers', paragraphs: [HEADLINE, ...BODY, 'Harbour fees rise for the third year running as the port authority struggles to...', 'So the board once more po...', ...BODY], kind: 'truncated-sentence', text: 'So the board once more po...' },
  { name: 'French: excerpt cut after an elision', paragraphs: [TITRE, ...CORPS, 'Le conseil municipal s’est réuni lundi soir pour voter le budget du port. Aujourd’ …'], kind: 'truncated-sentence', text: 'Aujourd’ …' },
];

const ROWS: Row[] = [...BRACKETED_LABELS, ...PROSE_DIGEST_WORD, ...BYLINE_INTO_DATELINE, ...CUT_INSIDE_WORD];

describe('round 18 text detectors: shapes found', () => {
  it.each(ROWS)('$name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === kind);
    const cut = kind === 'truncated-sentence';
    expect(found.some((a) => a.text.includes(text) || (cut && text.includes(a.text)))).toBe(true);
  });
});
