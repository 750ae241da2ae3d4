import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { boilerplateTexts as boilerplate, furnitureTexts as furniture, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Look-alikes of round 32's furniture readers (invented, EN and FR): sentences of a story about donations, support and
 * the press (reported, or with their own subject); the liking question with no appeal after it; sentences about scanning
 * and machine reading that say nothing of this text being made so; paragraphs of a story about copyright and reprints;
 * bulleted items of an article's own list that hold a label's word; sentences about staff and editing; a story telling
 * readers how to reach someone; sentences about pictures that were not available.
 */

const NOT_FR_APPEALS: Array<[string, string]> = [
  ['FR : un appel rapporté', 'Le syndicat appelle à soutenir la presse locale, selon son président.'],
  ['FR : un appel cité', '« Soutenez la presse locale », a lancé la maire devant le quai.'],
  ['FR : le don d’une entreprise', 'La compagnie a fait un don de 20 000 euros à la station de sauvetage.'],
  ['FR : la question sans appel', 'Cet article vous a plu ? Le ferry repart demain à 7 heures.'],
  ['FR : un soutien dans un récit', 'Le soutien de la région permet au port de financer deux nouveaux quais.'],
];

describe('round 32: not a French reader-revenue appeal', () => {
  for (const [name, line] of NOT_FR_APPEALS) {
    it(name, () => {
      expect(boilerplate([PROSE_FR, line, PROSE_FR.replace('cet été', 'cet hiver')]).some((s) => s.includes(line))).toBe(false);
    });
  }
});

const NOT_OCR_NOTES: Array<[string, string]> = [
  ['a story about a ledger scanned before OCR', 'This page of the harbour ledger was scanned by volunteers long before OCR software existed.'],
  ['a story with its own subject', 'The ledger was machine-read by students over two summers, the museum said.'],
  ['the article’s own text, not made by a machine', 'This article was written by our harbour reporter.'],
  ['FR : un récit sur la numérisation', 'Le registre du port a été numérisé par des bénévoles avant l’arrivée de l’OCR.'],
];

describe('round 32: not a note on machine-read text', () => {
  for (const [name, line] of NOT_OCR_NOTES) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(false);
      expect(boilerplate([PROSE_A, line, PROSE_B]).some((s) => s.includes(line))).toBe(false);
    });
  }
});

const NOT_RIGHTS_NOTICES: Array<[string, string]> = [
  ['a story about a copyright ruling (reported)',
    'Copyright 2019 rulings changed how the harbour museum licenses its photographs. The court said the museum may charge reprint fees only to commercial users, and the director told reporters the decision would cost the museum about a tenth of its income.'],
  ['a rights opener then a sentence about something else',
    'All rights reserved signs went up on the harbour wall in May, when the ferry company bought the quay. The company plans two new routes to the islands next year and will hire forty crew members before the summer season begins.'],
  ['FR : un récit sur les droits d’un port',
    'Tous droits réservés, la compagnie garde la main sur le quai depuis 2019. Le port prévoit deux nouvelles liaisons vers les îles l’an prochain et recrutera quarante marins avant la saison estivale, selon son directeur.'],
];

describe('round 32: not a rights notice', () => {
  for (const [name, line] of NOT_RIGHTS_NOTICES) {
    it(name, () => {
      expect(boilerplate([PROSE_A, PROSE_B, line]).some((s) => s.includes(line))).toBe(false);
    });
  }
});

const NOT_SEPARATED_LABELS: Array<[string, string]> = [
  ['a list item with a figure', '• Revenue rose 12 per cent to $40 million'],
  ['a list item with the verb of a button', '• The port will share the cost with the city'],
  ['a list item opening on a label’s word', '• Print runs fell by a third'],
  ['a list item about comments', '• Comments from the harbour master'],
  ['FR : une puce avec un verbe de bouton', '• Le port partagera les coûts avec la ville'],
  ['FR : une puce titrée', '• Lire : les dockers en grève'],
];

describe('round 32: bulleted items of an article’s own list', () => {
  for (const [name, line] of NOT_SEPARATED_LABELS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(false);
    });
  }
});

const NOT_STAFF_NOTES: Array<[string, string]> = [
  ['staff involved in a rescue', 'No harbour staff were involved in the rescue, the coastguard said.'],
  ['a report not yet reviewed by auditors', 'This report has not been reviewed by the port’s auditors yet.'],
  ['a statement about a story’s sources', 'No port official was involved in the sale of the ferry, the minister told parliament.'],
];

describe('round 32: not a syndication note', () => {
  for (const [name, line] of NOT_STAFF_NOTES) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(false);
    });
  }
});

const NOT_WIRE_CONTACTS: Array<[string, string[], string]> = [
  ['a story telling readers how to reach the harbour office',
    [PROSE_A, 'To contact the harbour office, residents may write to office@harbour.example or call the quay desk.'], 'To contact the harbour office'],
  ['a reporter contacted in a story, no colon',
    [PROSE_A, 'To contact the reporter on this story the ferry company hired a lawyer, who wrote to jquay@harbourwire.example in May.'], 'To contact the reporter'],
];

describe('round 32: not a wire’s contact trailer', () => {
  for (const [name, ps, part] of NOT_WIRE_CONTACTS) {
    it(name, () => {
      expect(furniture(ps).some((s) => s.includes(part))).toBe(false);
    });
  }
});

const NOT_IMAGE_PLACEHOLDERS: Array<[string, string]> = [
  ['a sentence about missing pictures', 'No images were available of the wreck, the coastguard said.'],
  ['a photo not available to reporters', 'The photo was not available to reporters.'],
  ['FR : une phrase sur une image', 'Aucune image du naufrage n’a été publiée par la préfecture.'],
];

describe('round 32: not a stand-in for a missing picture', () => {
  for (const [name, line] of NOT_IMAGE_PLACEHOLDERS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(false);
    });
  }
});
