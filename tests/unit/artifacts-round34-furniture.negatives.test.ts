import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { furnitureTexts as furniture, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Look-alikes of round 34's furniture readers (invented, EN and FR): imperatives that are a reader's tips, a quotation, a
 * company's name or a single call, not a site's pitch; sentences about archives that are not a page's note; names and
 * sentences opening like a skip link; a reporter's sign-off (name, outlet, city) after the body, not a row of footer links;
 * headlines opening with a company named with "Home"; a sentence opening with another language's "read also" words;
 * a table row of temperatures and a sentence about the cold, not a header bar.
 */

const boilerplateFlags = (paragraphs: string[]): string[] =>
  findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);

const NOT_PITCHES: Array<[string, string]> = [
  ['a reader’s tips, no offer named', 'Save early for the crossing. Book a cabin in advance. Stay on deck when the sea is calm.'],
  ['a quotation of imperatives', '“Get the news out. Download the timetable app and share it,” the harbour master said.'],
  ['names made of the verbs', 'Access Ferries shares rose on the news. Discover Lines fell after its report.'],
  ['one imperative, the rest reported', 'Read the full report on the company site. The operator expects its app to carry a million passengers.'],
  ['a first person after the imperative', 'Join us on the quay, we said to the crews, and read the news together.'],
  ['FR : des conseils sans offre', 'Réservez tôt votre traversée. Arrivez une heure avant le départ.'],
  // Session 21 review: Spanish surnames in -ez are not French imperatives, in any case after "and".
  ['surnames in -ez, then "and" a surname', 'Hernandez joined in 2019. Lopez and Perez edit the news and the reports.'],
  ['the offer nouns only in a sentence that is not an imperative', 'Read the fine print. Investors get updates only twice a year, and share the reports with nobody.'],
  ['FR : des noms en -ez coordonnés', 'Martinez est arrivé en mars. Gomez et Alvarez dirigent les actualités du port.'],
];

describe('round 34 negatives: imperatives that are not a site’s pitch', () => {
  for (const [name, line] of NOT_PITCHES) {
    it(name, () => {
      expect(boilerplateFlags([PROSE_A, PROSE_B, line, PROSE_A.replace('summer', 'winter')])).not.toContain(line);
    });
  }
  it('FR : au milieu d’un article, des impératifs rapportés', () => {
    const line = '« Téléchargez l’application et suivez les alertes », a déclaré le directeur du port.';
    expect(boilerplateFlags([PROSE_FR, line, PROSE_FR.replace('cet été', 'cet hiver')])).not.toContain(line);
  });
});

const NOT_ARCHIVED: Array<[string, string]> = [
  ['an archive’s act, said of the article with more', 'This article has been archived by the national library along with 2,000 others.'],
  ['a paper’s archive reported', 'The newspaper said its ferry archive is no longer updated.'],
  ['FR : le journal a archivé', 'Le journal a archivé cet article en 2019, avec ses photos.'],
];

describe('round 34 negatives: sentences about archives, not a page’s note', () => {
  for (const [name, line] of NOT_ARCHIVED) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(false);
    });
  }
});

const NOT_SKIP_LINKS: Array<[string, string]> = [
  ['a company named like a skip link', 'Skip Navigation Systems'],
  ['a sentence opening with the words', 'Skip content creators are booming, analysts said.'],
  ['FR : une phrase', 'Skip to content est le nom de la nouvelle offre du groupe.'],
];

describe('round 34 negatives: lines opening like a skip link', () => {
  for (const [name, line] of NOT_SKIP_LINKS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(false);
    });
  }
});

describe('round 34 negatives: a reporter’s sign-off after the body is not a row of footer links', () => {
  it('name, outlet, city', () => {
    const line = 'Jane Roe, Harbour News, Lisbon Bureau';
    expect(furniture([PROSE_A, PROSE_B, PROSE_A.replace('summer', 'winter'), line])).not.toContain(line);
  });
  it('name, company, title', () => {
    const line = 'Sam Lee, Quayside Ferries, Chief Executive';
    expect(furniture([PROSE_A, PROSE_B, PROSE_A.replace('summer', 'winter'), line])).not.toContain(line);
  });
});

const HOME_NAMES: Array<[string, string]> = [
  ['a company named with "Home", no separator', 'HomeHarbour agrees takeover by Quay Capital'],
  ['a company named with "Home" in a headline with a slash word', 'HomeQuay buys ferry/hotel group for $40 million'],
  ['FR : une société nommée avec « Accueil »', 'AccueilPlus rachète la Compagnie des Îles'],
  // Session 21 review: a headline with its site after a pipe, and one with an arrow before a lower-case word.
  ['a "Home" company headline, then "| Site"', 'HomeQuay profit rises 10% | Harbour Gazette'],
  ['a "Home" company headline with an arrow in prose', 'HomeHarbour fares climb after winter > forecasts'],
  ['FR : un titre, puis « | Site »', 'AccueilPlus double ses ventes en 2023 | La Gazette du Port'],
];

describe('round 34 negatives: headlines opening with a company named with "Home"', () => {
  for (const [name, line] of HOME_NAMES) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(false);
    });
  }
});

describe('round 34 negatives: a sentence opening with a "read also" label’s words', () => {
  it('PT: the words open a sentence, no colon', () => {
    const line = 'Leia também o relatório anual da empresa antes de investir nas suas ações.';
    expect(boilerplateFlags([PROSE_A, PROSE_B, line, PROSE_A.replace('summer', 'winter')])).not.toContain(line);
  });
});

const NOT_WEATHER_BARS: Array<[string, string]> = [
  ['a row of temperatures, no date', 'Lisbon recorded 18°C on the quay at noon | Porto recorded 16°C by the river | Faro 21°C'],
  ['a sentence about the cold with a date', 'Temperatures fell to -11°C at the port on Saturday, January 10, 2026, delaying three ferries.'],
  ['FR : une phrase sur le froid', 'Il faisait -3°C à Brest le 9 janvier 2026 | selon Météo-France, les ferries sont restés à quai.'],
];

describe('round 34 negatives: temperatures that are not a header bar', () => {
  for (const [name, line] of NOT_WEATHER_BARS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(false);
    });
  }
});
