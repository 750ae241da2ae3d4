import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { boilerplateTexts as boilerplate, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 34's furniture readers, on invented lines (EN and FR): a site's sales pitch, a paragraph of imperatives to the
 * reader naming what it sells; a page's note that it is archived (EN, FR, IT); a skip link without "to" or with the skip
 * bar's next links glued to it; a breadcrumb trail whose home link is glued to the next crumb; another language's
 * "read also" label alone with its colon; a header bar with the weather and the date.
 */

const boilerplateFlags = (paragraphs: string[]): string[] =>
  findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);

const PITCHES: Array<[string, string]> = [
  ['a data vendor’s box', 'Unlock our complete register of vessel profiles, refreshed every Monday. Obtain the fleet data your analysts need in one place.'],
  ['a footer with a coordinated download', 'Discover the latest ferry news and timetable updates. Follow the fares on Quay Wire or download the Quay Wire app to stay informed!'],
  ['a mailing list’s digest pitch after a question', 'Prefer fewer mails? Join the weekly digest and receive a single summary each Friday.'],
  ['FR : deux impératifs coordonnés', 'Inscrivez-vous au club des lecteurs du Port ou téléchargez notre appli pour suivre chaque traversée.'],
];

describe('round 34: a site’s sales pitch', () => {
  for (const [name, line] of PITCHES) {
    it(name, () => {
      expect(boilerplateFlags([PROSE_A, PROSE_B, line, PROSE_A.replace('summer', 'winter')])).toContain(line);
    });
  }
  it('FR : au milieu d’un article en français', () => {
    const line = 'Recevez chaque matin nos alertes sur les traversées. Découvrez nos dossiers sur les ports de l’Atlantique.';
    expect(boilerplateFlags([PROSE_FR, line, PROSE_FR.replace('cet été', 'cet hiver')])).toContain(line);
  });
});

const ARCHIVED: Array<[string, string]> = [
  ['archived, no longer maintained', 'This article has been archived and is no longer maintained.'],
  ['no longer being updated', 'This story is no longer being updated.'],
  ['archived, with its "learn more" link', 'This page was archived. Learn more about our archive policy.'],
  ['FR : archivée, plus mise à jour', 'Cette page est archivée et n’est plus mise à jour.'],
  ['IT : the age banner', 'Questo articolo è stato pubblicato più di 2 anni fa'],
];

describe('round 34: a page’s note that it is archived', () => {
  for (const [name, line] of ARCHIVED) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(true);
      expect(boilerplate([line, PROSE_A, PROSE_B])).toContain(line);
    });
  }
});

const SKIP_LINKS: Array<[string, string]> = [
  ['a skip link without "to"', 'Skip Navigation'],
  ['a footer skip link', 'Skip Footer'],
  ['the skip bar’s next links glued', 'Skip to contentSearch the siteSubscribe'],
  ['capitals, without "to"', 'SKIP NAVIGATION'],
];

describe('round 34: a skip link without "to", or with the next links glued', () => {
  for (const [name, line] of SKIP_LINKS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(true);
      expect(boilerplate([line, PROSE_A, PROSE_B])).toContain(line);
    });
  }
});

const GLUED_HOME_CRUMBS: Array<[string, string]> = [
  ['home glued, then a separated crumb', 'HomeMarkets > Ferry operators post a record summer'],
  ['FR : accueil collé, puis une miette', 'AccueilÉconomie maritime  › Les armateurs bretons recrutent'],
];

describe('round 34: a breadcrumb whose home link is glued to the next crumb', () => {
  for (const [name, line] of GLUED_HOME_CRUMBS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(true);
      expect(boilerplate([line, PROSE_A, PROSE_B])).toContain(line);
    });
  }
});

const INTL_LABELS_WITH_COLON: Array<[string, string]> = [
  ['ES: a "read also" label with its colon', 'Lea también:'],
  ['DE: a "read also" label with its colon', 'Lesen Sie auch:'],
];

describe('round 34: another language’s "read also" label alone with its colon', () => {
  for (const [name, line] of INTL_LABELS_WITH_COLON) {
    it(name, () => {
      expect(boilerplateFlags([PROSE_A, PROSE_B, line, 'Harbour fares rise for a third year', PROSE_A.replace('summer', 'winter')])).toContain(line);
    });
  }
});

const WEATHER_BARS: Array<[string, string]> = [
  ['date, clock, place and temperature', 'Home Mail Tuesday, March 4, 2025, 07:12 AM | Lisbon | 14.5°C | Advertise Login |'],
  ['a negative temperature, a notice in the bar', 'Harbour News Friday 9 January 2026, 6:40 AM | Quayside | -3°C | Our site is being updated tonight, some pages may be slow |'],
  ['FR : la barre d’en-tête', 'Accueil Mardi 4 mars 2025, 07h12 | Brest 9°C | Notre site est en maintenance cette nuit, merci de votre patience |'],
];

describe('round 34: a header bar with the weather and the date', () => {
  for (const [name, line] of WEATHER_BARS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(true);
      expect(boilerplate([line, PROSE_A, PROSE_B])).toContain(line);
    });
  }
});
