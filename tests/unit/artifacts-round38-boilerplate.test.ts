import { describe, expect, it } from 'vitest';
import { boilerplateTexts as boilerplate, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 38 (issue 4): boilerplate shapes the all-fixtures measure missed, grouped by shape, each the platform's or the
 * medium's own wording (lexicon.ts ROUND38_CHROME). Invented lines in the fixtures' shapes; near-misses that are prose.
 */

const LINES: Array<[string, string]> = [
  ['an ad seller’s placeholder (753)', 'Your Ad Here'],
  ['an ad slot’s IAB size as its id (458)', '300x250x1'],
  ['a tag line with its links lost (774)', 'Étiquettes : , , , ,'],
  ['EN tag line with its links lost', 'Tags: , ,'],
  ['a font size with its value (754)', 'Font Size   16'],
  ['Movable Type’s trackback heading (752)', 'TrackBack URL for this entry:'],
  ['Movable Type’s trackback list heading (752)', 'Links to blogs that reference this entry:'],
  ['a Chinese back-to-top button (433)', '返回顶部'],
  ['a flipbook page label (565)', 'P:02'],
  ['an arrowed “learn more” (702)', 'Learn more ↓'],
  ['a wire’s standards footer (420)', 'Our Standards:The Thomson Reuters Trust Principles.'],
  ['a notification dialog naming its site (764)', 'Quay Gazette would like to send you notifications for breaking news alerts.'],
  ['a notification dialog’s question (764)', 'Activate notifications?'],
  ['a logo’s alt text with the site (581)', 'Site icon HARBOURWIRE'],
  ['FR : une date collée au temps de lecture (750)', 'Publié le 5 mars 2006 Lecture : 1 minute.'],
  ['EN date glued to the reading time', 'Published March 3, 2024 5 min read'],
  ['FR : la promesse d’une lettre quotidienne (750)', 'Chaque matin, recevez les 10 informations clés de l’actualité portuaire.'],
  ['a “see all” section link (760)', 'See all Business'],
  ['a clipping page’s OCR heading (732)', 'Extracted Article Text (OCR)'],
  ['a continuation notice over a video module (764)', 'STORY CONTINUES BELOW THESE HARBOUR VIDEOS'],
  ['a share row with more platforms (747)', 'Google Plus Facebook LinkedIn Twitter Vimeo RSS'],
];

describe('round 38: boilerplate lines', () => {
  for (const [name, line] of LINES) {
    it(name, () => {
      expect(boilerplate([PROSE_A, line, PROSE_B])).toContain(line);
    });
  }
});

const NEAR_MISSES: Array<[string, string]> = [
  ['a screen resolution', '1920x1080'],
  ['a sentence about ad slots', 'The site sells a 300x250 slot for $4 a day, its sales chief said.'],
  ['a font size in a sentence', 'The font size was 16 points in the old edition, the editor said.'],
  ['a story on trackbacks', 'Trackbacks let blogs that reference an entry notify its author.'],
  ['a page reference in prose', 'P: the letter appears on page 2.'],
  ['“learn more” closing a sentence', 'Learn more.'],
  ['a story on notifications', 'Some sites would like to send you notifications for every story, the survey found.'],
  ['a date line alone (metadata)', 'Publié le 5 mars 2006'],
  ['a date and read time with their separator (batch 3)', 'March 13, 2026 · 4 min read'],
  ['advice, not a newsletter', 'Every morning, get up early and check the ferry times.'],
  ['FR : une phrase sur le matin', 'Chaque matin, les ferries partent à six heures.'],
  ['“see all” in prose', 'See all of them at the port.'],
  ['a continuation in prose', 'The story continues below the surface, divers said.'],
  ['two platforms named in prose', 'YouTube and Instagram were the most used apps.'],
];

describe('round 38: near-misses stay prose', () => {
  for (const [name, line] of NEAR_MISSES) {
    it(name, () => {
      expect(boilerplate([PROSE_A, line, PROSE_B, PROSE_FR])).not.toContain(line);
    });
  }
});
