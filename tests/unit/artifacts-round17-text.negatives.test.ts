import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 17 text shapes (group 5) in clean text. No finding of the row's kinds may be made on
 * them (other detectors may read a line as furniture: not this table's concern).
 */
type Row = { name: string; paragraphs: string[]; kinds: string[] };
const MERGED = ['merged-stories'];
const CUT = ['truncated-sentence'];

const NEGATIVE: Row[] = [
  // A listicle's bulleted items: each paragraph under its bullet ends its own sentences (no template cut).
  {
    name: 'bulleted listicle items whose paragraphs end their sentences',
    kinds: MERGED,
    paragraphs: [
      'Five things the council decided this week',
      '• Council Weighs New Rules for Sidewalk Cafes Downtown',
      'The council spent most of Tuesday evening on a draft that would let restaurants put tables on wider sidewalks during the summer months, and owners said the permits cost too much.',
      '• Harbor Dredging Delayed Again After Council Vote on Contract',
      'Work to deepen the harbor channel will not start before autumn, after the council sent the dredging contract back to the port office for a second look at the price.',
      '• Library Branch Hours Extended Through the Winter, Council Says',
      'The east side branch will stay open until nine on weeknights from November to March, after a petition signed by more than a thousand residents asked for longer hours.',
    ],
  },
  // Only one bulleted item ends on a writer's ellipsis: one cut is no template.
  {
    name: 'bulleted items, one of them ending on a writer’s ellipsis',
    kinds: MERGED,
    paragraphs: [
      '• Council Weighs New Rules for Sidewalk Cafes Downtown',
      'The council spent most of Tuesday evening on a draft that would let restaurants put tables on wider sidewalks during the summer months, and owners are still waiting…',
      '• Harbor Dredging Delayed Again After Council Vote on Contract',
      'Work to deepen the harbor channel will not start before autumn, after the council sent the dredging contract back to the port office for a second look at the price.',
      '• Library Branch Hours Extended Through the Winter, Council Says',
      'The east side branch will stay open until nine on weeknights from November to March, after a petition signed by more than a thousand residents asked for longer hours.',
    ],
  },
  // Numbered items stay a ranking (one article) even when each paragraph is cut.
  {
    name: 'numbered items with cut paragraphs',
    kinds: MERGED,
    paragraphs: [
      '1. Council Weighs New Rules for Sidewalk Cafes Downtown',
      'The council spent most of Tuesday evening on a draft that would let restaurants put tables on wider sidewalks during the summer months, and the council agreed to…',
      '2. Harbor Dredging Delayed Again After Council Vote on Contract',
      'Work to deepen the harbor channel will not start before autumn, after the council sent the dredging contract back to the port office for a second look at the…',
      '3. Library Branch Hours Extended Through the Winter, Council Says',
      'The east side branch will stay open until nine on weeknights from November to March, after a petition signed by more than a thousand residents asked for the…',
    ],
  },
  // French: a listicle's bulleted items with finished paragraphs.
  {
    name: 'French: bulleted items whose paragraphs end their sentences',
    kinds: MERGED,
    paragraphs: [
      'Ce que le conseil a décidé cette semaine',
      '• Le conseil municipal examine de nouvelles règles pour les terrasses',
      'Le conseil a consacré sa séance de mardi à un projet qui permettrait aux restaurants d’installer des tables sur les trottoirs élargis pendant l’été, à la demande des patrons.',
      '• Le dragage du port encore repoussé après un vote du conseil',
      'Les travaux pour creuser le chenal ne commenceront pas avant l’automne, le conseil ayant renvoyé le marché au service du port pour un nouvel examen du prix.',
      '• Les horaires de la médiathèque prolongés tout l’hiver',
      'La médiathèque du quartier est restera ouverte jusqu’à vingt et une heures en semaine de novembre à mars, après une pétition signée par plus de mille habitants.',
    ],
  },
  // An explainer on one company: subheads over finished sections (one subject, no template cut).
  {
    name: 'one-subject explainer with subheads and finished sections',
    kinds: MERGED,
    paragraphs: [
      'Orbex Freight opens its third depot near the rail hub',
      'Orbex Freight said on Monday that its new depot would handle parcels for the whole northern region from next spring, and that the site would employ about two hundred people.',
      'Orbex Freight drivers and the new pay offer',
      'Drivers at Orbex Freight voted by a wide margin to accept a pay rise of four percent over two years, ending a dispute that had delayed deliveries across the region.',
      'Orbex Freight and its new chief executive',
      'The board of Orbex Freight has picked a former airline executive to run the company from January, after its founder said in the summer that he would step down.',
    ],
  },
  // "read on" ends prose (a verb and its particle, then a full stop): no glued label, though the lexicon lists it.
  { name: 'a sentence ending on "read on"', kinds: CUT, paragraphs: [HEADLINE, ...BODY, 'The children in the small library sat very still on the carpet while the teacher read on.'] },
  // A label after a finished sentence is furniture, not a cut.
  { name: 'French: label after a finished sentence', kinds: CUT, paragraphs: [TITRE, ...CORPS, 'La société ouvrira un centre de formation pour ses techniciens près de son usine principale. Voir la suite'] },
];

describe('round 17 text detectors: look-alikes stay clean', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs, kinds }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => kinds.includes(a.kind));
    expect(found).toEqual([]);
  });
});
