import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { boilerplateTexts as boilerplate, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 35's furniture readers, on invented lines (EN and FR): an investment site's risk warning (its regulator's set
 * sentences, with or without a label, and what it disclaims after them); a site's standing appeal for corrections (a
 * question on a spotted error and its contact, the imperative to write in to point out mistakes, the French button).
 */

const RISK_WARNINGS: Array<[string, string]> = [
  ['a label, the value clause and the "less back" tail', 'Risk warning: The value of your shares and the income from them may fall as well as rise, and you may get back less than you invested.'],
  ['the value clause, then a disclaimer of the views', 'The value of funds can go up or down. The opinions in this column are not a personal recommendation to buy or sell.'],
  ['past performance and capital at risk', 'Past performance is not a reliable indicator of future results. Capital at risk.'],
  ['a label, then two set sentences', 'Important: Investing involves risk. You could get back less than you put in.'],
  ['FR : les performances passées et la perte en capital', 'Avertissement : Les performances passées ne préjugent pas des performances futures. Tout investissement comporte un risque de perte en capital.'],
  ['FR : la valeur des parts', 'La valeur des parts peut fluctuer à la hausse comme à la baisse. Ces informations ne constituent pas un conseil en placement.'],
];

describe('round 35: an investment site’s risk warning', () => {
  for (const [name, line] of RISK_WARNINGS) {
    it(name, () => {
      const prose = name.startsWith('FR') ? [PROSE_FR, PROSE_FR.replace('cet été', 'cet hiver')] : [PROSE_A, PROSE_B];
      expect(boilerplate([line, ...prose])).toContain(line);
      expect(boilerplate([prose[0]!, line, prose[1]!])).toContain(line);
    });
  }
});

const CORRECTION_APPEALS: Array<[string, string]> = [
  ['a question and "let us know"', 'Spotted an error? Let us know.'],
  ['a question on this story and an address', 'Found a typo in this story? Email fixes@quaywire.example and we will look at it.'],
  ['write to an address to point out mistakes, then tips', 'Write to desk@harbourpost.example to report errors, share news tips or submit a letter to the editor.'],
  ['contact us to flag a correction', 'Please contact us to flag any inaccuracies in our coverage'],
  ['FR : une question et le contact', 'Vous avez repéré une erreur ? Écrivez à la rédaction du Port.'],
  ['FR : le bouton seul', 'Signaler une erreur'],
];

describe('round 35: a site’s standing appeal for corrections', () => {
  for (const [name, line] of CORRECTION_APPEALS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(true);
      expect(boilerplate([PROSE_A, PROSE_B, line])).toContain(line);
    });
  }
});
