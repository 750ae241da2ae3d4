import { describe, expect, it } from 'vitest';
import { boilerplateTexts as boilerplate, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Look-alikes of round 33's furniture readers (invented, EN and FR): an article's own list opened by a colon whose items
 * read like teaser headlines, split by a short item, at the end of the text (its last paragraph trails off with no full
 * stop, so the list sits after the last paragraph of prose, where a related-stories block would); sentences naming an
 * archive that are not a site's note on its archive; sentences about subscribing that are not a pitch; brackets that
 * are not a row of link buttons.
 */

const FR_LIST = [
  PROSE_FR,
  'Parmi les rachats de compagnies de plus de 10 millions d’euros de chiffre d’affaires :',
  'Armement du Ponant – Navettes des Îles Vertes (68 millions)',
  'Compagnie Océane – Vedettes de Belle Rive (50 millions)',
  'Bacs – Passeurs (35 millions)',
  'Transmanche Ouest – Ferries de la Côte Fleurie (30 millions)',
  'Groupe Mareyeur – Liaisons Maritimes du Golfe (16 millions)',
  'Navale Atlantique – Croisières de l’Estuaire (15 millions)',
  'Parmi les autres opérations, notons la reprise de la ligne des Sept-Îles par les Vedettes du Trégor…',
];

const EN_LIST = [
  PROSE_A,
  PROSE_B,
  'The largest purchases of island routes last year were these:',
  'Harbour Lines – Green Island Shuttle Company (68 million)',
  'Quayside Group – Belle Rive Water Taxis (50 million)',
  'Cove – Skiffs (35 million)',
  'North Channel – Fleurie Coast Car Ferries (30 million)',
  'Ocean Crossing – Gulf Passenger Services (16 million)',
  'Estuary Holdings – Seven Isles Cruise Line (15 million)',
  'Smaller deals included the sale of the estuary night boats and the Seven Isles tender…',
];

describe('round 33: an article’s own list opened by a colon, split by a short item', () => {
  it('FR : la liste « acquéreur – cible (montant) » après les deux-points', () => {
    expect(boilerplate(FR_LIST)).toEqual([]);
  });
  it('EN: the acquirer – target (amount) list after its colon', () => {
    expect(boilerplate(EN_LIST)).toEqual([]);
  });
});

const NOT_ARCHIVE_NOTICES: Array<[string, string]> = [
  ['an archive named, then a sentence about something else',
    'This story is from the archive of the Quay Gazette. The ferry operator reported a rise in passengers over the summer.'],
  ['a quoted sentence about an archive', '“This article is from the archive of my grandfather,” the collector said.'],
  ['a letter with its own subject', 'The letter is from the archive of the harbour board, which opened its records last year.'],
  ['FR : les archives, puis une phrase sur autre chose', 'Cet article est issu des archives de la capitainerie. Le ferry repart demain à 7 heures.'],
  // Review of session 20 (finding 7): a one-sentence paragraph citing an archive and what it shows (flagged before the fix).
  ['a report drawn from an archive, what the archive shows', 'This report was drawn from the archives of the harbour board, which show the port nearly closed in 1931.'],
  ['an unnamed archive, what it records', 'This article is drawn from the archives, which record every ship that entered the port.'],
  ['FR : tiré des archives, ce qu’elles montrent', 'Cet article est tiré des archives de la capitainerie, qui montrent que le port a failli fermer en 1931.'],
];

describe('round 33: not a note that the article comes from an archive', () => {
  for (const [name, line] of NOT_ARCHIVE_NOTICES) {
    it(name, () => {
      expect(boilerplate([PROSE_A, line, PROSE_B]).some((s) => s.includes(line))).toBe(false);
    });
  }
});

const NOT_PITCHES: Array<[string, string]> = [
  ['readers who subscribe, reported', 'Readers who subscribe to Harbour Weekly and get the print edition will pay more from May.'],
  ['a quoted slogan', '“Subscribe to our timetable alerts and get every crossing time,” the operator wrote.'],
  ['a question, then prose', 'Subscribe to the idea that ferries are slow and get nowhere? The figures say otherwise.'],
  ['FR : des abonnés, au passé', 'Ils se sont abonnés à La Gazette du Port et reçoivent désormais le journal chaque matin.'],
];

describe('round 33: not a subscription pitch', () => {
  for (const [name, line] of NOT_PITCHES) {
    it(name, () => {
      expect(boilerplate([PROSE_A, line, PROSE_B]).some((s) => s.includes(line))).toBe(false);
    });
  }
});

const NOT_BRACKET_ROWS: Array<[string, string]> = [
  ['footnote marks', '[1] [2] [3]'],
  ['an editor’s brackets inside a sentence', 'The operator said the new timetable [for the winter] would be final [and binding].'],
  ['one bracketed label alone', '[Updated]'],
  ['FR : des crochets dans une phrase', 'Le maire a précisé que le quai [nord] serait rouvert [en mai].'],
];

describe('round 33: not a row of bracketed link buttons', () => {
  for (const [name, line] of NOT_BRACKET_ROWS) {
    it(name, () => {
      expect(boilerplate([PROSE_A, line, PROSE_B]).some((s) => s.includes(line))).toBe(false);
    });
  }
});
