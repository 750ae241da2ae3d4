import { describe, it } from 'vitest';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';
import { expectBoilerplateFlag, furnitureRow, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 21 furniture, by structure, invented rows (no fixture or fresh page copied).
 *
 * A feed's "read more" link with its marks: the label, then the feed's ellipsis or arrow, and a mirror's own ellipsis after
 * it when the mirror cut the item again. On its own line (four fresh feed mirrors, a blind batch 11 listing) or glued after
 * the item's last sentence (a forum copy of a feed, blind batch 14).
 */
const LINK_LABELS: FurnitureRow[] = [
  furnitureRow('a feed label with a mirror’s ellipsis', 'middle', 'Continue reading... ...'),
  furnitureRow('un lien de flux avec deux points de suspension', 'middle', 'Lire la suite… ...', true),
  furnitureRow('a label with its arrow and a mirror’s ellipsis', 'end', 'Read more » ...'),
];

describe('round 21: a link label with its marks', () => {
  for (const row of LINK_LABELS) it(row.name, () => expectBoilerplateFlag(row));
  it('a feed label glued after the item’s last sentence', () => expectBoilerplateFlag({
    name: 'glued en', text: 'Continue reading... ...',
    paragraphs: [HEADLINE, BODY[0]!, 'The plant opened near the coast on Tuesday, the first of four the group plans by 2030. Continue reading... ...', ...BODY.slice(1)],
  }));
  it('un lien de flux collé à la dernière phrase', () => expectBoilerplateFlag({
    name: 'glued fr', text: 'Lire la suite...',
    paragraphs: [TITRE, CORPS[0]!, 'L’usine a ouvert mardi près de la côte, la première des quatre que le groupe prévoit d’ici 2030. Lire la suite...', ...CORPS.slice(1)],
  }));
});

/**
 * The site's promotion of what it sells or recommends: a promotional imperative (check out, discover, try, invest …)
 * opening the line and "our"/"nos" before an offer noun (services, offers, tools, broker …). Blind 402 and 416, two outlets.
 */
const PROMOTIONS: FurnitureRow[] = [
  furnitureRow('a heading that sells the site’s services', 'middle', 'Check Out Our Premium Services for Traders'),
  furnitureRow('a partner broker', 'end', 'Trade shares and funds in minutes with our preferred broker'),
  furnitureRow('les offres du site', 'middle', 'Découvrez nos offres pour les petits épargnants', true),
  furnitureRow('des outils maison', 'end', 'Essayez nos outils de simulation de crédit.', true),
];

describe('round 21: the site promotes its own offer', () => {
  for (const row of PROMOTIONS) it(row.name, () => expectBoilerplateFlag(row));
});
