import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 42 (blind batch 29's misses): the next story's teaser run on after the article, its headline and its opening cut
 * by the listing's ellipsis (FirstEco 847; the shape of Le Figaro's edition page 552). The headline names what the article
 * never names; an article's own subhead over its cut last paragraph, or a closing line with no cut teaser under it, stays.
 */
const ITEM = 'Une année après la prise de contrôle de la société Multi Restauration Méditerranée (MRM – cf. FE du 20/02/19), le groupe de restauration collective Dupont Restauration (Libercourt, 62) continue d’appliquer sa stratégie de croissance par implantation régionale en procédant à l’acquisition de la société Restauval (Rochecorbon, 37 – 500 collab. – CA 2019 : env. 30M€), acteur majeur de la restauration collective dans le Grand Ouest (180 restaurants de la Normandie à Bordeaux [33]).';
const HEAD = 'L’Eurométropole de Strasbourg et la Compagnie des Transports Strasbourgeois commandent 27 tramways Citadis supplémentaires au Francilien Alstom';
const TEASER = 'Alstom (Saint-Ouen-sur-Seine, 93), leader mondial de la mobilité durable et intelligente, va fournir à l\'Eurométropole de Strasbourg (67) et à la Compagnie des Transports Strasbourgeois (CTS ; Strasbourg) 27 rames Citadis de nouvelle génération qui renforceront le...';
const EN = 'Micro Focus announced on Friday that it has acquired the COBOL supplier Acucorp for $40.7 million in cash, adding a compiler line and some 600 customers to its own base of users.';
const EN2 = 'The two companies had battled for business in the migration marketplace for years, and analysts expect the combined company to consolidate its products over the next two years.';

interface Row { name: string; paragraphs: string[]; excerpt: string; found: boolean }

const ROWS: Row[] = [
  { name: 'a next story’s headline and cut teaser after a one-paragraph item (847)', paragraphs: [ITEM, HEAD, TEASER], excerpt: HEAD, found: true },
  // Negatives.
  { name: 'the article’s own subhead, naming its subject, over its cut last paragraph', paragraphs: [EN, EN2, 'What the Acucorp deal means for Micro Focus customers', 'Acucorp customers will keep their support contracts, the company said, and the combined product line will be announced in the autumn with...'], excerpt: 'What the Acucorp deal', found: false },
  { name: 'a headline with no cut teaser under it', paragraphs: [ITEM, HEAD, TEASER.replace('le...', 'le réseau.')], excerpt: HEAD, found: false },
  { name: 'a cut teaser under a sentence, not a headline', paragraphs: [ITEM, 'Alstom fournira les rames.', TEASER], excerpt: 'Alstom fournira', found: false },
];

describe('round 42: the next story’s teaser run on after the article', () => {
  it.each(ROWS)('$name', ({ paragraphs, excerpt, found }) => {
    const flagged = findArtifacts({ paragraphs }).filter((a) => a.kind === 'merged-stories').map((a) => a.text);
    expect(flagged.some((t) => t.includes(excerpt))).toBe(found);
  });
});
