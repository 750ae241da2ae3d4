import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { expectBoilerplateFlag, furnitureRow, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 36 furniture (invented rows, EN and FR), by CONVENTIONS.md §jump-references: a continuation ("Suite page 4") cuts
 * into a story and is furniture wherever it stands; a front page's teaser pointers ("PAGE B2", "// P. 7") are furniture
 * only when the teasers were flattened into one run that goes on past the last pointer (the lead story glued after it).
 */
const HEAD = 'Harbour budget passes';
const TAIL = 'The vote came after months of talks with the port authority and the unions.';

function boilerplateOf(paragraph: string): string[] {
  return findArtifacts({ paragraphs: [HEAD, paragraph, TAIL] }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);
}

describe('round 36: page pointers of a flattened run, and continuations', () => {
  const rows: Array<[string, string, string[]]> = [
    ['pointers, then the lead story glued after the last one', 'Crews clear the coast road. PAGE B2 Tolls rise at the bridge. PAGE C4 TULSA — The council met late on Monday.', ['PAGE B2', 'PAGE C4']],
    ['FR : des renvois, puis l’article collé après le dernier', 'La mairie annonce la fin des travaux. // P. 7 CULTURE Un festival de jazz au port. // P. 12 NANTES — Le conseil a voté le budget.', ['P. 7', 'P. 12']],
    ['FR : une suite en fin de paragraphe', 'Le port rouvre ses quais cet été après deux ans de travaux, selon la mairie. Suite page 4', ['Suite page 4']],
    ['FR : une suite en capitales en fin de paragraphe', 'Les armateurs réclament une baisse des taxes portuaires avant l’été. SUITE EN PAGE 6', ['SUITE EN PAGE 6']],
  ];
  for (const [name, paragraph, texts] of rows) {
    it(name, () => {
      const flagged = boilerplateOf(paragraph);
      for (const t of texts) expect(flagged).toContain(t);
    });
  }
});

/** A category name is a label left in the text below the header: between paragraphs or after the body. */
describe('round 36: a CMS category name in the body or the footer', () => {
  const rows: FurnitureRow[] = [
    furnitureRow('uncategorized between paragraphs', 'middle', 'Uncategorized'),
    furnitureRow('non classé en pied de page', 'end', 'Non classé', true),
    furnitureRow('FR : le sommaire d’un article entre ses paragraphes', 'middle', 'Sommaire', true),
    furnitureRow('a contents label between paragraphs', 'middle', 'Table of contents'),
    // A summary box's label over its bullets (the 'standfirst-label' class: "Synopsis", "Key takeaways").
    furnitureRow('a key points label', 'middle', 'Key Points:'),
  ];
  for (const row of rows) it(row.name, () => expectBoilerplateFlag(row));
});

/** A quote page's link labels inside a ticker's parenthesis (the Reuters template of about 2004-2010; English only). */
describe('round 36: quote-link labels inside a ticker', () => {
  const rows: Array<[string, string, string[]]> = [
    ['three labels', 'Harbour Freight Co (HFC.N: Quote, Profile, Research) said on Monday its ferry volumes rose by a fifth.', [': Quote, Profile, Research']],
    ['four labels, twice', 'Quay Bank (QBK.O: Quote, Profile, Research, Stock Buzz) and Dock Trust (DKT.L: Quote, Profile, Research, Stock Buzz) agreed to merge.', [': Quote, Profile, Research, Stock Buzz']],
  ];
  for (const [name, paragraph, texts] of rows) {
    it(name, () => {
      const flagged = boilerplateOf(paragraph);
      for (const t of texts) expect(flagged).toContain(t);
    });
  }
});

/** A browser push-notification prompt on its own line (EN and FR). */
describe('round 36: a browser push-notification prompt', () => {
  const rows: FurnitureRow[] = [
    furnitureRow('updates right on your browser', 'top', 'Get the latest harbour news as it breaks — right in your browser'),
    furnitureRow('alerts in your browser', 'end', 'Receive breaking news alerts in your browser.'),
    furnitureRow('FR : activer les alertes dans votre navigateur', 'top', 'Activez les alertes pour suivre l’actualité du port dans votre navigateur', true),
    furnitureRow('FR : autoriser les notifications', 'end', 'Autorisez les notifications de la rédaction sur votre navigateur', true),
  ];
  for (const row of rows) it(row.name, () => expectBoilerplateFlag(row));
});

/** Blogger's empty comment widget in its Vietnamese and French templates, alone on its lines after the post. */
describe('round 36: a Blogger comment widget in other languages', () => {
  const rows: FurnitureRow[] = [
    furnitureRow('VI: post a comment', 'end', 'Đăng nhận xét'),
    furnitureRow('FR : publier un commentaire', 'end', 'Publier un commentaire', true),
    // The widget's count label with its colon over its post link, the whole template (lexicon BLOGGER_COMMENT_WIDGET). Not
    // the text's last line: there a bare label is furniture.ts's dangling label whatever its words.
    furnitureRow('VI: no comments, the label with its colon, then post a comment', 'end', ['Không có nhận xét nào:', 'Đăng nhận xét']),
    furnitureRow('FR : aucun commentaire, le libellé et ses deux-points, puis publier', 'end', ['Aucun commentaire:', 'Publier un commentaire'], true),
  ];
  for (const row of rows) it(row.name, () => expectBoilerplateFlag(row));
});
