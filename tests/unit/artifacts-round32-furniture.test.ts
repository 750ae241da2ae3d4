import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { boilerplateTexts as boilerplate, furnitureTexts as furniture, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 32's furniture readers, on invented lines (EN and FR): a reader-revenue appeal in French (the English appeal's
 * parts: a call to support the journalism, a gift, what the reader's support does, the liking question whose next
 * sentence names the newsroom's donations); a newspaper archive's note on its machine-read text; a rights notice of
 * several sentences (a syndication footer, a reprint notice); a label that kept its row's leading separator or bullet; a
 * syndication note saying the outlet's staff did not make the copy; a wire's contact trailer, alone or run into the text;
 * a template's stand-in for a missing picture.
 */

const FR_APPEALS: Array<[string, string]> = [
  ['FR : la question suivie des dons de la rédaction', 'Cet article vous a plu ? Notre rédaction indépendante ne vit que de vos dons.'],
  ['FR : un appel à soutenir le journalisme', 'Soutenez un journalisme local et exigeant.'],
  ['FR : un appel à soutenir la rédaction', 'Soutenez notre rédaction.'],
  ['FR : un don', 'Faites un don pour garder le port à la une.'],
  ['FR : ce que permet le soutien du lecteur', 'Votre soutien nous permet de couvrir chaque escale du ferry.'],
  ['FR : le besoin', 'Nous avons besoin de votre soutien pour continuer.'],
];

describe('round 32: a reader-revenue appeal in French', () => {
  for (const [name, line] of FR_APPEALS) {
    it(name, () => {
      expect(boilerplate([PROSE_FR, line, PROSE_FR.replace('cet été', 'cet hiver')])).toContain(line);
    });
  }
});

const OCR_NOTES: Array<[string, string]> = [
  ['an archive pointing at the OCR text below', 'Below is the OCR text of this harbour gazette page. A plain text copy is also offered.'],
  ['an article’s text said to be generated automatically', 'This article text was automatically generated and may contain mistakes.'],
  ['searchable text said to be machine-generated', 'This page contains searchable text which was machine-generated from the scan.'],
  ['FR : le texte dit généré automatiquement', 'Ce texte a été généré automatiquement et peut comporter des erreurs.'],
  ['FR : le texte obtenu par reconnaissance optique', 'Cette page est obtenue par reconnaissance optique de caractères (OCR).'],
];

describe('round 32: a newspaper archive’s note on its machine-read text', () => {
  for (const [name, line] of OCR_NOTES) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(true);
      expect(boilerplate([PROSE_A, line, PROSE_B])).toContain(line);
    });
  }
});

const RIGHTS_NOTICES: Array<[string, string]> = [
  ['a syndication footer after the copyright',
    'Copyright © 2021 Harbour Weekly. All rights reserved. Distributed by Quayside Media Network (quayside.example). To contact the copyright holder for permission to republish this material, use the form on its site and quote the story’s address in full.'],
  ['a reprint notice after a personal-use line',
    'This copy is for your personal, non-commercial use only. To order copies of Harbour Daily stories for distribution to clients or staff, or to ask about licensing, please visit reprints.harbourdaily.example and fill in the request form.'],
  ['FR : droits réservés et reproduction',
    'Tous droits réservés à la Gazette du Port et à ses partenaires de presse régionale. Toute reproduction ou diffusion, même partielle, de ce contenu est interdite sans autorisation écrite préalable de la direction de la rédaction, qui répond à chaque demande sous huit jours.'],
];

describe('round 32: a rights notice of several sentences', () => {
  for (const [name, line] of RIGHTS_NOTICES) {
    it(name, () => {
      expect(line.length).toBeGreaterThan(220);
      expect(boilerplate([PROSE_A, PROSE_B, line])).toContain(line);
    });
  }
});

const SEPARATED_LABELS: Array<[string, string]> = [
  ['a reading time after its meta row’s dot', '·4 min read'],
  ['a share button as a bulleted tool', '• Share'],
  ['a menu heading as a bulleted item', '• Trending'],
  ['FR : une durée de lecture après le point', '· 3 min de lecture'],
  ['FR : un bouton d’impression en puce', '• Imprimer'],
];

describe('round 32: a label that kept its row’s leading separator', () => {
  for (const [name, line] of SEPARATED_LABELS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(true);
      expect(boilerplate([PROSE_A, line, PROSE_B])).toContain(line);
    });
  }
});

const STAFF_NOTES: Array<[string, string]> = [
  ['no journalist of the outlet involved', 'Disclaimer: No Harbour Times journalist was involved in the creation of this content'],
  ['not edited by the outlet’s staff, in brackets', '(Except for the headline, this story has not been edited by Quay News staff and is published from a syndicated feed.)'],
  ['not edited, auto-generated', 'This article has not been edited by Port Daily staff and is auto-generated from a syndicated feed.'],
];

describe('round 32: a syndication note that the outlet’s staff did not make the copy', () => {
  for (const [name, line] of STAFF_NOTES) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(true);
      expect(boilerplate([PROSE_A, PROSE_B, line])).toContain(line);
    });
  }
});

const WIRE_CONTACTS: Array<[string, string[], string]> = [
  ['run into the last paragraph, reporter then editor',
    [PROSE_A, `${PROSE_B} To contact the reporter on this story: Jane Quay in Oslo at jquay@harbourwire.example To contact the editor responsible for this story: Tom Pier at tpier@harbourwire.example`],
    'To contact the reporter on this story: Jane Quay in Oslo at jquay@harbourwire.example To contact the editor responsible for this story: Tom Pier at tpier@harbourwire.example'],
  ['alone on its line, two reporters, an archive’s placeholder',
    [PROSE_A, PROSE_B, 'To contact the reporters on this story: Jane Quay in Oslo at [email protected]; Ola Dock in Bergen at [email protected]'],
    'To contact the reporters on this story: Jane Quay in Oslo at [email protected]; Ola Dock in Bergen at [email protected]'],
  ['with no address, at the paragraph’s end', [PROSE_A, `${PROSE_B} To contact the reporter on this story: Jane Quay in Oslo`], 'To contact the reporter on this story: Jane Quay in Oslo'],
];

describe('round 32: a wire’s contact trailer', () => {
  for (const [name, ps, want] of WIRE_CONTACTS) {
    it(name, () => {
      expect(furniture(ps)).toContain(want);
    });
  }
});

const IMAGE_PLACEHOLDERS: Array<[string, string]> = [
  ['a teaser card’s missing picture', 'No image available'],
  ['the picture named first', 'Photo unavailable'],
  ['FR : pas d’image', 'Pas d’image disponible'],
  ['FR : image non disponible', 'Image non disponible'],
];

describe('round 32: a template’s stand-in for a missing picture', () => {
  for (const [name, line] of IMAGE_PLACEHOLDERS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(true);
      expect(boilerplate([PROSE_A, line, PROSE_B])).toContain(line);
    });
  }
});
