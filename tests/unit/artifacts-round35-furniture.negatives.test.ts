import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { boilerplateTexts as boilerplate, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Look-alikes of round 35's furniture readers (invented, EN and FR): a story's own sentences on market risk (the set words
 * inside a longer sentence, reported, or followed by the story's news), not a site's risk warning; errors spotted by
 * someone in the story, a customer asked to report a bill's errors, a headline about corrections, not a site's appeal.
 */

const NOT_RISK_WARNINGS: Array<[string, string]> = [
  ['the set words in a sentence of the story', 'The value of shares can fall as well as rise, and many ferry investors learned that the hard way in 2008.'],
  ['the set sentence reported', 'Past performance is not a guide to future returns, the fund’s manager said at the launch.'],
  ['the set sentence, then the story’s news', 'Capital at risk. The ferry operator raised its dividend by a third after a record summer season.'],
  ['quoted', '“The value of investments can go down as well as up,” the regulator reminded savers.'],
  ['FR : la formule dans une phrase du récit', 'Les performances passées ne préjugent pas des performances futures, mais les armateurs restent confiants pour 2025.'],
];

describe('round 35 negatives: a story’s sentences on market risk', () => {
  for (const [name, line] of NOT_RISK_WARNINGS) {
    it(name, () => {
      const prose = name.startsWith('FR') ? [PROSE_FR, PROSE_FR.replace('cet été', 'cet hiver')] : [PROSE_A, PROSE_B];
      expect(boilerplate([prose[0]!, line, prose[1]!])).not.toContain(line);
    });
  }
});

const NOT_APPEALS: Array<[string, string]> = [
  ['an error spotted in the story, no question', 'Auditors spotted an error in the ferry accounts and alerted the board.'],
  ['a customer told to report a bill’s errors', 'Email billing@ferryco.example to report errors in your ticket invoice.'],
  ['a question with no contact after it', 'Spotted an error? The harbour master says the timetable was printed twice.'],
  ['a headline about corrections', 'Regulator asks ferry firms to report errors in passenger counts'],
  ['FR : une erreur repérée dans le récit', 'Les inspecteurs ont repéré une erreur dans les comptes de l’armateur.'],
];

describe('round 35 negatives: errors and corrections that are not a site’s appeal', () => {
  for (const [name, line] of NOT_APPEALS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(false);
      expect(boilerplate([PROSE_A, PROSE_B, line])).not.toContain(line);
    });
  }
});

const NOT_STORY_LINKS: Array<[string, string]> = [
  ['FR : a sentence about reading the whole article', 'Les passagers lisent tout l’article avant de réserver.'],
  ['DE : a sentence with the words', 'Viele Leser wollen den ganzen Artikel lesen, sagt der Verlag.'],
  ['read more on a weekday', 'Read more on Monday'],
  ['a lower-case place after "at"', 'Read more at home, the ferry chief told passengers.'],
  ['a named source, then more words', 'Read more on Acme’s website, the ferry chief said.'],
];

describe('round 35 negatives: sentences and headlines with a story link’s words', () => {
  for (const [name, line] of NOT_STORY_LINKS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(false);
      const prose = name.startsWith('FR') ? [PROSE_FR, PROSE_FR.replace('cet été', 'cet hiver')] : [PROSE_A, PROSE_B];
      expect(boilerplate([prose[0]!, line, prose[1]!])).not.toContain(line);
    });
  }
});

const NOT_ARCHIVE_NOTES: Array<[string, string]> = [
  ['a story about records moved to an archive', 'Converted to the archive on the quay in 1998, the old ticket office now holds the port’s records.'],
  ['moved into the archive, then the story', 'Transferred to the archive in 2004. The ferry operator later bought two more vessels for the route.'],
];

describe('round 35 negatives: sentences about archives that are not a site’s note', () => {
  for (const [name, line] of NOT_ARCHIVE_NOTES) {
    it(name, () => {
      expect(boilerplate([PROSE_A, line, PROSE_B])).not.toContain(line);
    });
  }
});

const NOT_COMMENT_RULES: Array<[string, string]> = [
  ['a company’s rules in a story', 'Passengers should report any crew who break the safety rules.'],
  ['a heading on a board’s comments', 'Comments from the board'],
  ['FR : un récit sur la modération', 'Le forum a publié ses règles de modération après la polémique de l’été.'],
];

describe('round 35 negatives: lines about rules and comments that are not a comment box', () => {
  for (const [name, line] of NOT_COMMENT_RULES) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(false);
      expect(boilerplate([PROSE_A, line, PROSE_B])).not.toContain(line);
    });
  }
});

const NOT_OLD_CONTENT_NOTES: Array<[string, string]> = [
  ['a story on timetables no longer updated', 'These timetables are no longer updated by the ferry operator, passengers complained.'],
  ['records published before a date, then the story', 'Articles published before 1950 are part of the museum’s archive. The ferry company donated its logbooks in 2012.'],
  ['FR : des archives, puis le récit', 'Les articles publiés avant 1950 font partie des archives du musée. L’armateur a donné ses registres en 2012.'],
];

describe('round 35 negatives: sentences about old records that are not a site’s note', () => {
  for (const [name, line] of NOT_OLD_CONTENT_NOTES) {
    it(name, () => {
      const prose = name.startsWith('FR') ? [PROSE_FR, PROSE_FR.replace('cet été', 'cet hiver')] : [PROSE_A, PROSE_B];
      expect(boilerplate([prose[0]!, line, prose[1]!])).not.toContain(line);
    });
  }
});
