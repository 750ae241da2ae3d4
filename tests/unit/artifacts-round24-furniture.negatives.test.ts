import { describe, expect, it } from 'vitest';
import { findBoilerplate, isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { buildDoc } from '../../utils/artifacts/context';
import { findAddressedMediumNotes } from '../../utils/artifacts/prompts';
import { isIconNameRow } from '../../utils/artifacts/ui-labels';
import { edgeChromeTexts as edgeChrome, furnitureTexts as furniture } from '../helpers/ferry-prose';

/**
 * Look-alikes of round 23's furniture readers found by the review of round A, invented. None is furniture.
 */
const PROSE_ABOVE = 'The harbour fund closed its second round on Monday, its managers said in a statement to investors.';
const PROSE_BELOW = 'The fund said it would invest the money in three ports on the northern coast over the next two years.';

/** A dated line inside the body: a timeline subhead, an agenda or results line. No page marker, no folio at its edge. */
const DATED_LINES_IN_BODY: Array<[string, string]> = [
  ['a timeline subhead with an article-led title', 'Tuesday 4 March 2025 – The Harbour Reopens'],
  ['a day number before the date', 'Week 2 – Thursday 13 March 2025'],
  ['a results line', 'Saturday 8 March 2025 | Harbour 3 Rovers 1'],
  ['a quarter code in a subhead', 'Friday 25 April 2025 – Q1 Figures'],
  ['an event listing at a venue', 'Sunday 9 March 2025 – The Old Corn Exchange'],
  ['FR : un intertitre daté', 'Mercredi 5 mars 2025 – La Fin des Travaux'],
  ['FR : un numéro de jour', 'Semaine 3 – Jeudi 20 mars 2025'],
  ['FR : une ligne d’agenda', 'Vendredi 7 mars 2025 | Le Théâtre du Port'],
];

describe('round 24 look-alikes: a dated line inside the body is no page head', () => {
  for (const [name, line] of DATED_LINES_IN_BODY) {
    it(name, () => expect(edgeChrome([PROSE_ABOVE, line, PROSE_BELOW])).toEqual([]));
  }
});

/** A story paragraph opening on a date, a person's name and a number: no head is cut from it. */
const DATE_NAME_NUMBER_OPENINGS: Array<[string, string]> = [
  ['a date, a minister and a street number', 'Tuesday 4 March 2025 Jane Harbour 12 Quay Street was where the minister met the dockers.'],
  ['FR : une date, un nom et une heure', 'Mardi 4 mars 2025 Marie Dupont 18 heures : la ministre annonce la fin du chantier du port.'],
];

describe('round 24 look-alikes: no page head cut from a story that opens on date + name + number', () => {
  for (const [name, p] of DATE_NAME_NUMBER_OPENINGS) {
    it(name, () => expect(edgeChrome([PROSE_ABOVE, p, PROSE_BELOW])).toEqual([]));
  }
});

/** Rows of identifiers and compound words with no icon glyph's stem. */
const NOT_ICON_ROWS: Array<[string, string]> = [
  ['database columns', 'order_id shipped_at unit_price'],
  ['compound words with -up', 'mark-up roll-up'],
  ['product names with versions', 'java17 kotlin2 swift5'],
  ['FR : mots avec un chiffre', 'grippe2 vaccin3'],
];

describe('round 24 look-alikes: not a row of glyph names', () => {
  for (const [name, line] of NOT_ICON_ROWS) it(name, () => expect(isIconNameRow(line)).toBe(false));
});

/** A third party's app, platform or alerts named in an instruction of the story, with no offer. */
const THIRD_PARTY_CHANNELS: Array<[string, string]> = [
  ['a bank’s app in an instruction', 'Open the Northwind app and the savings tab sits under the balance.'],
  ['a weather service’s alerts', 'Stay indoors: alerts from the Coastal Office will follow every two hours.'],
  ['FR : une plateforme publique', 'Inscrivez-vous sur la plateforme Portail Emploi avant le 3 avril.'],
  ['FR : une application de rendez-vous', 'Téléchargez l’application Rendez-Santé ou appelez la mairie pour réserver.'],
  ['FR : les alertes d’un service', 'Restez prudents grâce aux alertes de Vigie-Côte.'],
];

describe('round 24 look-alikes: a third party’s channel named in a story is no site prompt', () => {
  for (const [name, p] of THIRD_PARTY_CHANNELS) {
    it(name, () => expect(findAddressedMediumNotes(buildDoc([PROSE_ABOVE, p, PROSE_BELOW]))).toEqual([]));
  }
});

/** Lines ending on a loading verb and dots that are prose, or a heading about loading. */
const NOT_LOADERS: Array<[string, string]> = [
  ['prose trailing off on the verb', 'The cranes were still loading...'],
  ['a headline about loading, no dots', 'Loading more news'],
  ['a sentence naming articles', 'Dockers kept loading articles of cargo...'],
  ['FR : une phrase en suspens', 'Les grues étaient encore en chargement...'],
];

describe('round 24 look-alikes: not a loader’s placeholder', () => {
  for (const [name, line] of NOT_LOADERS) {
    it(name, () => expect(furniture([PROSE_ABOVE, line, PROSE_BELOW])).toEqual([]));
  }
});

/** The article's own date line under its headline, before any prose. */
const OWN_DATE_LINES: Array<[string, string]> = [
  ['an updated stamp under the headline', 'Harbour fund gains on its currency hedges and reports a profit, revenue slips to $40.2 million'],
];

describe('round 24 look-alikes: the date line under the page’s own headline is the article’s', () => {
  it(OWN_DATE_LINES[0]![0], () => {
    const doc = buildDoc([OWN_DATE_LINES[0]![1], 'Last Updated Mar 4, 2025 at 9:15 am EST', PROSE_ABOVE, PROSE_BELOW]);
    expect(findBoilerplate(doc).filter((f) => /time stamp/u.test(f.message))).toEqual([]);
  });
});

/** Sentences about the language in a story. */
const NOT_SCRIPT_NOTICES: Array<[string, string]> = [
  ['a sentence on developers', 'Please ensure JavaScript developers are paid on time, the union said.'],
  ['FR : une phrase sur le langage', 'Les développeurs veulent activer JavaScript dans le nouvel outil.'],
];

describe('round 24 look-alikes: not a script notice', () => {
  for (const [name, line] of NOT_SCRIPT_NOTICES) it(name, () => expect(isFurnitureLine(line)).toBe(false));
});
