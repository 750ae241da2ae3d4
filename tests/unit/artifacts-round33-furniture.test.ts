import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { boilerplateTexts as boilerplate, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 33's furniture readers, on invented lines (EN and FR): a site's note that the article comes from its archive
 * (alone, or with its sentences about the archive's copy); a subscription pitch (subscribe, then what the reader gets);
 * a row of bracketed link buttons; and a block of other stories after a label ending in a colon ("Sponsored:"), still
 * read as a block when a short item splits its run (the colon of a label opens a module, not the article's own list).
 */

const ARCHIVE_NOTICES: Array<[string, string]> = [
  ['a partner’s archive, one sentence', 'This article is from the archive of our partner The Harbour Wire.'],
  ['the site’s archive, then its sentences on the copy',
    'This story is from the archive of The Quay Gazette before the launch of its new website in 2019. The Gazette has neither altered nor updated such stories but will correct any errors introduced during the transfer.'],
  ['FR : issu des archives, puis la copie non mise à jour',
    'Cet article est issu des archives de La Gazette du Port, antérieures à la refonte du site. Il n’a pas été mis à jour depuis sa publication d’origine.'],
  // Review of session 20 (finding 7): the opener names the site's archive and stops there, or names its owner.
  ['the site’s own archive, a short note', 'This article is from our archive.'],
  ['an owner named with "the"', 'This story was drawn from the archives of the Harbour Times.'],
  ['FR : nos archives, une note courte', 'Cet article provient de nos archives.'],
];

describe('round 33: a site’s note that the article comes from its archive', () => {
  for (const [name, line] of ARCHIVE_NOTICES) {
    it(name, () => {
      expect(boilerplate([line, PROSE_A, PROSE_B])).toContain(line);
    });
  }
});

const PITCHES: Array<[string, string]> = [
  ['subscribe, then get the issues', 'Subscribe to Harbour Weekly today and get your first six issues absolutely free'],
  ['subscribe, then download the reports', 'Subscribe to Quay Premium and download the 2015 results of more than 3000 listed ferry companies (annual reports).'],
  ['FR : abonnez-vous, puis recevez', 'Abonnez-vous à La Gazette du Port et recevez chaque matin les horaires des traversées.'],
];

describe('round 33: a subscription pitch', () => {
  for (const [name, line] of PITCHES) {
    it(name, () => {
      expect(boilerplate([PROSE_A, PROSE_B, line])).toContain(line);
    });
  }
});

const BRACKET_ROWS: Array<[string, string]> = [
  ['a mailing-list archive’s navigation', '[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]'],
  ['a proxy toolbar’s buttons', '[Report a bug]   [Manage cookies]'],
  ['FR : la navigation d’une archive de liste', '[Message précédent][Message suivant][Index des fils]'],
];

describe('round 33: a row of bracketed link buttons', () => {
  for (const [name, line] of BRACKET_ROWS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(true);
      expect(boilerplate([line, PROSE_A, PROSE_B])).toContain(line);
    });
  }
});

describe('round 33: a sponsored block after a label’s colon, split by a short item', () => {
  it('the label’s colon does not make the block the article’s list', () => {
    const block = [
      'Harbour authority approves second ferry terminal for the islands',
      'Night Boats – Quay Update',
      'Island Shuttle Company Adds Two Electric Vessels To Its Fleet',
      'Passenger Numbers On The Estuary Line Hit A Ten-Year High',
      'Ferry Crews Vote On New Pay Deal After Summer Of Delays',
    ];
    const found = boilerplate([PROSE_A, PROSE_B, 'Sponsored:', ...block]);
    expect(found.some((f) => f.includes('Ferry Crews Vote On New Pay Deal'))).toBe(true);
  });
  it('FR : le même bloc sous « Contenu sponsorisé : »', () => {
    const block = [
      'Le port autorise un second terminal pour les navettes des îles',
      'Vedettes – Horaires',
      'La Compagnie des Îles ajoute deux navires électriques à sa flotte',
      'La fréquentation de la ligne de Belle-Île au plus haut depuis dix ans',
      'Les équipages de la Compagnie Océane votent sur un nouvel accord salarial',
    ];
    const found = boilerplate([PROSE_FR, 'Contenu sponsorisé :', ...block]);
    expect(found.some((f) => f.includes('Les équipages de la Compagnie Océane votent'))).toBe(true);
  });
});
