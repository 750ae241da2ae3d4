import { describe, expect } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { boilerplateTexts as boilerplate } from '../helpers/ferry-prose';
import { eachLine, type LineRow } from '../helpers/furniture-table';

/**
 * Round 35's furniture readers, on invented lines (EN and FR): an investment site's risk warning (its regulator's set
 * sentences, with or without a label, and what it disclaims after them); a site's standing appeal for corrections (a
 * question on a spotted error and its contact, the imperative to write in to point out mistakes, the French button).
 */

const RISK_WARNINGS: LineRow[] = [
  ['a label, the value clause and the "less back" tail', 'Risk warning: The value of your shares and the income from them may fall as well as rise, and you may get back less than you invested.'],
  ['the value clause, then a disclaimer of the views', 'The value of funds can go up or down. The opinions in this column are not a personal recommendation to buy or sell.'],
  ['past performance and capital at risk', 'Past performance is not a reliable indicator of future results. Capital at risk.'],
  ['a label, then two set sentences', 'Important: Investing involves risk. You could get back less than you put in.'],
  ['FR : les performances passées et la perte en capital', 'Avertissement : Les performances passées ne préjugent pas des performances futures. Tout investissement comporte un risque de perte en capital.'],
  ['FR : la valeur des parts', 'La valeur des parts peut fluctuer à la hausse comme à la baisse. Ces informations ne constituent pas un conseil en placement.'],
  ['FR : investir comporte des risques, puis la valeur des parts', 'Investir comporte des risques. La valeur de vos placements peut varier à la hausse ou à la baisse.'],
  ['a set sentence, then a third-party feed that may be out of date', 'Your capital is at risk. This feed comes from a third-party provider and may no longer be current.'],
];

describe('round 35: an investment site’s risk warning', () => {
  eachLine(RISK_WARNINGS, (line, prose) => {
    expect(boilerplate([line, ...prose])).toContain(line);
    expect(boilerplate([prose[0], line, prose[1]])).toContain(line);
  });
});

const CORRECTION_APPEALS: LineRow[] = [
  ['a question and "let us know"', 'Spotted an error? Let us know.'],
  ['a question on this story and an address', 'Found a typo in this story? Email fixes@quaywire.example and we will look at it.'],
  ['the purpose first, then a protected address', 'To report an error in this story, email [email protected].'],
  ['the newsroom at a protected address, to point out mistakes', 'Contact our newsroom at [email protected] to point out any mistakes in our reporting.'],
  ['contact us to flag a correction', 'Please contact us to flag any inaccuracies in our coverage'],
  ['FR : une question et le contact', 'Vous avez repéré une erreur ? Écrivez à la rédaction du Port.'],
  ['FR : le bouton seul', 'Signaler une erreur'],
];

describe('round 35: a site’s standing appeal for corrections', () => {
  eachLine(CORRECTION_APPEALS, (line, prose) => {
    expect(isFurnitureLine(line)).toBe(true);
    expect(boilerplate([...prose, line])).toContain(line);
  });
});

const STORY_LINKS: LineRow[] = [
  ['FR : tout l’article, avec les points du lien', 'Lire tout l’article ...'],
  ['FR : l’intégralité, avec une flèche', 'Lisez l’intégralité de l’article →'],
  ['DE : the whole article, with the link’s ellipsis', 'Ganzen Artikel lesen …'],
  ['DE : read on', 'Weiterlesen'],
  ['the story at its source, a capitalised name', 'Read more on Quay Wire.'],
  ['the whole article at its source', 'Read the whole article at Harbour Daily'],
  ['the story at its source, a bare domain', 'Continue reading on quaywire.co.uk'],
  ['the story at its source, closed by the link’s angle', 'Read more at Harbour Daily ›'],
  ['the full story at a bare domain, closed by the link’s arrow', 'Read the full story at quaywire.co.uk →'],
];

describe('round 35: a link to the whole article, or to the story at its source', () => {
  eachLine(STORY_LINKS, (line, prose) => {
    expect(isFurnitureLine(line)).toBe(true);
    expect(boilerplate([...prose, line])).toContain(line);
  });
});

const ARCHIVE_NOTES: LineRow[] = [
  ['moved to the archive, with the copy’s losses', 'Transferred to our archive on March 3, 2004. Some pictures and formatting may have been lost in the transfer.'],
  ['this story was migrated, one sentence', 'This story was migrated to the new archive.'],
  ['FR : migré vers les archives', 'Cet article a été migré vers les archives le 2 mai 2011. Sa mise en forme d’origine a pu être modifiée.'],
];

describe('round 35: a site’s note that the article was moved into its archive', () => {
  eachLine(ARCHIVE_NOTES, (line, prose) => {
    expect(boilerplate([...prose, line])).toContain(line);
  });
});

const COMMENT_RULES: LineRow[] = [
  ['the box’s heading', 'Comments: The guidelines'],
  ['the report line', 'Report any posts which breach the guidelines.'],
  ['FR : le titre, avec le mot commentaires', 'Commentaires : nos règles de modération'],
  ['FR : la ligne de signalement', 'Signalez tout commentaire qui contrevient à notre charte de modération.'],
];

describe('round 35: a comment box’s rules', () => {
  eachLine(COMMENT_RULES, (line, prose) => {
    expect(isFurnitureLine(line)).toBe(true);
    expect(boilerplate([...prose, line, prose[0].replace(/\./u, ' again.')])).toContain(line);
  });
});

const OLD_CONTENT_NOTES: LineRow[] = [
  ['the line in the plural', 'These pages are no longer maintained.'],
  ['the copy still offered, not updated any more', 'This story remains available to read, but is not updated any more.'],
  ['a paragraph: old items are part of the archive, then what that means', 'Articles published before March 2019 form part of our archive. They are not updated and may be out of date.'],
  ['FR : les articles anciens et leurs limites', 'Les articles publiés avant 2019 font partie de nos archives. Ils ne sont plus mis à jour et peuvent être obsolètes.'],
];

describe('round 35: a site’s note that its older pages are archived and not updated', () => {
  eachLine(OLD_CONTENT_NOTES, (line, prose) => {
    expect(boilerplate([line, ...prose])).toContain(line);
  });
});
