import { describe, expect } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { boilerplateTexts as boilerplate } from '../helpers/ferry-prose';
import { eachLine, type LineRow } from '../helpers/furniture-table';

/**
 * Look-alikes of round 35's furniture readers (invented, EN and FR): a story's own sentences on market risk (the set words
 * inside a longer sentence, reported, or followed by the story's news), not a site's risk warning; errors spotted by
 * someone in the story, a customer asked to report a bill's errors, a headline about corrections, not a site's appeal.
 */

const NOT_RISK_WARNINGS: LineRow[] = [
  ['the set words in a sentence of the story', 'The value of shares can fall as well as rise, and many ferry investors learned that the hard way in 2008.'],
  ['the set sentence reported', 'Past performance is not a guide to future returns, the fund’s manager said at the launch.'],
  ['the set sentence, then the story’s news', 'Capital at risk. The ferry operator raised its dividend by a third after a record summer season.'],
  ['quoted', '“The value of investments can go down as well as up,” the regulator reminded savers.'],
  ['FR : la formule dans une phrase du récit', 'Les performances passées ne préjugent pas des performances futures, mais les armateurs restent confiants pour 2025.'],
  // Session 22's review: a set sentence, then the story, with a risk word but nothing disclaimed.
  ['a set sentence, then the story with "view"', 'Past performance is no guide to future returns. The fund’s new manager takes the opposite view.'],
  ['FR : la formule, puis le récit avec « conseil »', 'Les performances passées ne préjugent pas des performances futures. Le conseil d’administration a pourtant validé le plan.'],
  ['FR : la perte en capital, puis le récit avec « avis »', 'Tout investissement comporte un risque de perte en capital. À mon avis, les armateurs l’ont oublié cet hiver.'],
];

describe('round 35 negatives: a story’s sentences on market risk', () => {
  eachLine(NOT_RISK_WARNINGS, (line, prose) => {
    expect(boilerplate([prose[0], line, prose[1]])).not.toContain(line);
  });
});

const NOT_APPEALS: LineRow[] = [
  ['an error spotted in the story, no question', 'Auditors spotted an error in the ferry accounts and alerted the board.'],
  ['a customer told to report a bill’s errors', 'Email billing@ferryco.example to report errors in your ticket invoice.'],
  ['a question with no contact after it', 'Spotted an error? The harbour master says the timetable was printed twice.'],
  ['a headline about corrections', 'Regulator asks ferry firms to report errors in passenger counts'],
  ['FR : une erreur repérée dans le récit', 'Les inspecteurs ont repéré une erreur dans les comptes de l’armateur.'],
  // Session 22's review: consumer advice after the question, addressed to someone else than the site.
  ['advice: contact your bank', 'Spotted an error? Contact your bank within 60 days to dispute the charge.'],
  ['advice: send the form back', 'Found a mistake? Send the form back to the tax office before the deadline.'],
  ['FR : un conseil, contacter sa banque', 'Vous avez repéré une erreur ? Contactez votre banque sous 13 mois pour contester le prélèvement.'],
  ['the purpose first, then someone else to write to', 'To report an error in your tax return, contact the tax office before May.'],
];

describe('round 35 negatives: errors and corrections that are not a site’s appeal', () => {
  eachLine(NOT_APPEALS, (line, prose) => {
    expect(isFurnitureLine(line)).toBe(false);
    expect(boilerplate([...prose, line])).not.toContain(line);
  });
});

const NOT_STORY_LINKS: LineRow[] = [
  ['FR : a sentence about reading the whole article', 'Les passagers lisent tout l’article avant de réserver.'],
  ['DE : a sentence with the words', 'Viele Leser wollen den ganzen Artikel lesen, sagt der Verlag.'],
  ['read more on a weekday', 'Read more on Monday'],
  ['a lower-case place after "at"', 'Read more at home, the ferry chief told passengers.'],
  ['a named source, then more words', 'Read more on Acme’s website, the ferry chief said.'],
  ['a weekday before the link’s arrow', 'Read more on Monday →'],
];

describe('round 35 negatives: sentences and headlines with a story link’s words', () => {
  eachLine(NOT_STORY_LINKS, (line, prose) => {
    expect(isFurnitureLine(line)).toBe(false);
    expect(boilerplate([prose[0], line, prose[1]])).not.toContain(line);
  });
});

const NOT_ARCHIVE_NOTES: LineRow[] = [
  ['a story about records moved to an archive', 'Converted to the archive on the quay in 1998, the old ticket office now holds the port’s records.'],
  ['moved into the archive, then the story', 'Transferred to the archive in 2004. The ferry operator later bought two more vessels for the route.'],
];

describe('round 35 negatives: sentences about archives that are not a site’s note', () => {
  eachLine(NOT_ARCHIVE_NOTES, (line, prose) => {
    expect(boilerplate([prose[0], line, prose[1]])).not.toContain(line);
  });
});

const NOT_COMMENT_RULES: LineRow[] = [
  ['a company’s rules in a story', 'Passengers should report any crew who break the safety rules.'],
  ['a heading on a board’s comments', 'Comments from the board'],
  ['FR : un récit sur la modération', 'Le forum a publié ses règles de modération après la polémique de l’été.'],
  ['FR : un intertitre seul dans un récit sur un forum', 'Règles de modération'],
];

describe('round 35 negatives: lines about rules and comments that are not a comment box', () => {
  eachLine(NOT_COMMENT_RULES, (line, prose) => {
    expect(isFurnitureLine(line)).toBe(false);
    expect(boilerplate([prose[0], line, prose[1]])).not.toContain(line);
  });
});

const NOT_OLD_CONTENT_NOTES: LineRow[] = [
  ['a story on timetables no longer updated', 'These timetables are no longer updated by the ferry operator, passengers complained.'],
  ['records published before a date, then the story', 'Articles published before 1950 are part of the museum’s archive. The ferry company donated its logbooks in 2012.'],
  ['FR : des archives, puis le récit', 'Les articles publiés avant 1950 font partie des archives du musée. L’armateur a donné ses registres en 2012.'],
];

describe('round 35 negatives: sentences about old records that are not a site’s note', () => {
  eachLine(NOT_OLD_CONTENT_NOTES, (line, prose) => {
    expect(boilerplate([prose[0], line, prose[1]])).not.toContain(line);
  });
});
