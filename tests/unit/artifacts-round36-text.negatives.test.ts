import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';

/**
 * Round 36 negatives (artifact text readers, invented rows): what a run of items closed by "read more" is not.
 */

const merged = (paragraphs: string[]): string[] =>
  findArtifactsLocated({ paragraphs }).filter((f) => f.kind === 'merged-stories').map((f) => f.text);

const BODY = [
  'The harbour board said the new crane rails would be laid before the winter, when the freight traffic is at its lowest.',
  'The works will cost the port about four million euros, which the board will borrow from the regional bank over ten years.',
  'The island towns, which depend on the night crossing for their supplies, asked for the works to be done in two parts.',
  'The board will meet again in March to review the timetable and the fares for the summer season.',
];

describe('merged stories: "read more" labels that close no listing item', () => {
  it('leaves an article’s related links, each under a "Read more" label, with the article going on after them', () => {
    expect(merged([
      'Harbour board approves the crane rail works',
      'The harbour board approved on Monday the works on the crane rails of the western quay, after a long hearing with the crews.',
      'Read more',
      'Ferry crews vote to strike over rosters',
      ...BODY,
      'Read more',
      'Shipyard wins order for two freight vessels',
      ...BODY,
    ])).toEqual([]);
  });

  it('leaves a single teaser closed by its link (one item is a page’s own excerpt)', () => {
    expect(merged([
      'Harbour board approves the crane rail works',
      'The harbour board approved on Monday the works on the crane rails of the western quay. Read more',
      'Ferry crews vote to strike over rosters',
      'Crews on the northern route voted to strike next month over the rosters the ferry company wants to bring in.',
    ])).toEqual([]);
  });

  it('leaves a column’s sections whose labels name nothing their paragraphs tell (English and French)', () => {
    expect(merged([
      'Letters from the harbour',
      'The board approved the winter timetable on Monday after a long hearing with the crews and the towns. Read more',
      'The good news',
      'Nobody on the quay expected the vote to go through so quickly, and most of the crews were still at sea. Read more',
      'What comes next',
      'The mayors of the island towns will write again in March, when the summer fares are set. Read more',
    ])).toEqual([]);
    expect(merged([
      'Lettres du port',
      'Le syndicat a adopté lundi l’horaire d’hiver après une longue réunion avec les équipages et les communes. Lire la suite',
      'La bonne nouvelle',
      'Personne sur le quai ne s’attendait à un vote aussi rapide, et la plupart des équipages étaient encore en mer. Lire la suite',
      'Et maintenant',
      'Les maires des îles écriront de nouveau en mars, quand les tarifs d’été seront fixés. Lire la suite',
    ])).toEqual([]);
  });

  it('leaves "read more" in lower case at the end of a sentence', () => {
    expect(merged([
      'Harbour board approves the crane rail works',
      'Readers who want the details of the vote can read more',
      'Ferry crews vote to strike over rosters',
      'Crews on the northern route voted to strike next month over the rosters, and the union said members could read more',
      'Shipyard wins order for two freight vessels',
      'The Ostrand shipyard will build two freight vessels for a coastal line, its first order in three years.',
    ])).toEqual([]);
  });
});

describe('merged stories: short lines on a listing that are no card', () => {
  it('leaves a short label over a paragraph that ends its sentences (English and French)', () => {
    const found = merged([
      'Harbour traffic rebounds in the spring',
      'OSTRAND — Harbour traffic rebounded more strongly than expected in the spring, despite the storms that closed the western quay and the freight berths for three days in Ap',
      'Ferry company adds a night crossing',
      'KELL — The ferry company will add a night crossing to the island towns from November, its chief executive said at the annual meeting of the shareholders in Ke',
      'Our view',
      'We think the harbour board was right to keep the fares where they were, and we said so in these pages last spring.',
      'Shipyard wins order for two freight vessels',
      'MARROW BAY — The shipyard will build two freight vessels for a coastal line, its first order in three years, the yard said at its annual meeting in Marr',
    ]);
    expect(found.some((t) => t.startsWith('Our view'))).toBe(false);
    const trouve = merged([
      'Le trafic du port repart au printemps',
      'BREST — Le trafic du port est reparti plus fort que prévu au printemps, malgré les tempêtes qui ont fermé le quai ouest et les postes de fret pendant trois jours en av',
      'Le bac ajoute une traversée de nuit',
      'OUESSANT — La compagnie ajoutera une traversée de nuit vers les îles à partir de novembre, a indiqué son directeur devant les actionnaires réunis à Bre',
      'Notre avis',
      'Nous pensons que le syndicat du port a eu raison de garder les tarifs, et nous l’avons écrit ici au printemps dernier.',
      'Le chantier naval gagne deux navires de fret',
      'LORIENT — Le chantier naval construira deux navires de fret pour une ligne côtière, sa première commande en trois ans, a-t-il indiqué lors de son assemblée à Lor',
    ]);
    expect(trouve.some((t) => t.startsWith('Notre avis'))).toBe(false);
  });

  it('leaves an article’s short subheads over paragraphs that end their sentences', () => {
    expect(merged([
      'Harbour board approves the crane rail works',
      'The harbour board approved on Monday the works on the crane rails of the western quay, after a long hearing with the crews and the towns.',
      'The cost',
      'The works will cost the port about four million euros, which the board will borrow from the regional bank over ten years.',
      'The timetable',
      'The rails will be laid before the winter, when the freight traffic is at its lowest, and the quay will close for two weeks.',
      'The towns',
      'The island towns, which depend on the night crossing for their supplies, asked for the works to be done in two parts.',
    ])).toEqual([]);
  });
});

describe('merged stories: an explainer on one subject with a dateline over some sections only', () => {
  it('leaves sections of one story when only two of them carry a dateline (English and French)', () => {
    expect(merged([
      'What the Norwegian fund’s new rules mean',
      'Norway’s fund will vote against bank boards',
      'Oslo, March 4',
      'Under the new rules, Norway’s sovereign wealth fund will vote against the boards of banks that miss its climate targets, the central bank said.',
      'Norway’s fund wants fewer bank holdings',
      'The rules also tell Norway’s fund to hold fewer European banks over time, in favour of the bonds of the same lenders and of Asian markets.',
      'Norway’s fund will publish its bank votes',
      'Oslo, March 5',
      'From July, Norway’s fund will publish each of its votes at bank meetings a day before the meeting, as it already does for American groups.',
      'Norway’s fund sets a review for next year',
      'The rules will be reviewed next year, when Norway’s parliament debates the fund’s mandate and the share of its money held in shares of banks.',
    ])).toEqual([]);
    expect(merged([
      'Ce que changent les nouvelles règles du fonds breton',
      'Le fonds de Bretagne votera contre les conseils des banques',
      'Rennes, 4 mars',
      'Selon les nouvelles règles, le fonds de Bretagne votera contre les conseils des banques qui ne tiennent pas leurs objectifs de climat.',
      'Le fonds de Bretagne réduira ses banques',
      'Les règles demandent aussi au fonds de Bretagne de détenir moins de banques européennes, au profit des obligations de ces mêmes prêteurs.',
      'Le fonds de Bretagne publiera ses votes',
      'Rennes, 5 mars',
      'Dès juillet, le fonds de Bretagne publiera chacun de ses votes la veille des assemblées des banques, comme pour les grands groupes.',
      'Le fonds de Bretagne sera revu l’an prochain',
      'Les règles seront revues l’an prochain, quand la région débattra du mandat du fonds de Bretagne et de la part de ses actions de banques.',
    ])).toEqual([]);
  });
});

/**
 * page-kind.ts chronologyDays: a day-by-day chronology of one story prints a place and a day under each entry's subhead,
 * the days all different and oldest first; a listing's datelined cards repeat one day or run newest first. The entries
 * stay sections of one article (oneSubject), not merged stories.
 */
describe('merged stories: a one-subject chronology datelined day by day', () => {
  it('leaves the entries of a week told day by day (English)', () => {
    expect(merged([
      'The Ostrand harbour strike: how the week unfolded',
      'Ostrand dockers stop the cranes at dawn',
      'Ostrand, March 3',
      'The Ostrand dockers stopped the cranes at dawn on Monday, leaving four freight ships at anchor outside the harbour of Ostrand.',
      'Ostrand harbour board calls the strike unlawful',
      'Ostrand, March 4',
      'The harbour board of Ostrand said the stoppage broke the agreement signed last year and asked the court to order the crews back.',
      'Ostrand court refuses to end the stoppage',
      'Ostrand, March 5',
      'The court in Ostrand refused on Wednesday to order the dockers back, saying the board had not shown the agreement covered rosters.',
      'Ostrand cranes turn again after a deal',
      'Ostrand, March 6',
      'The cranes of Ostrand turned again on Thursday after the board agreed to delay the new rosters until the autumn, the union said.',
    ])).toEqual([]);
  });

  it('leaves the entries of a week told day by day (French)', () => {
    expect(merged([
      'La grève du port de Brest, jour après jour',
      'Brest : les dockers arrêtent les grues à l’aube',
      'Brest, 3 mars',
      'Les dockers de Brest ont arrêté les grues lundi à l’aube, laissant quatre navires de fret au mouillage devant le port de Brest.',
      'Brest : le syndicat du port juge la grève illégale',
      'Brest, 4 mars',
      'Le syndicat du port de Brest a estimé que l’arrêt violait l’accord signé l’an dernier et a demandé au tribunal d’ordonner la reprise.',
      'Brest : le tribunal refuse de mettre fin à la grève',
      'Brest, 5 mars',
      'Le tribunal de Brest a refusé mercredi d’ordonner la reprise, estimant que le syndicat n’avait pas montré que l’accord couvrait les horaires.',
      'Brest : les grues tournent de nouveau après un accord',
      'Brest, 6 mars',
      'Les grues de Brest ont tourné de nouveau jeudi après que le syndicat a accepté de reporter les nouveaux horaires à l’automne.',
    ])).toEqual([]);
  });
});
