import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Review of round 18 (fx3, index.ts merging): a short boilerplate label glued at a paragraph's tail claims only that
 * tail, so a paragraph printed twice with the label on each copy is still read as a repeat (unseen 360: an infographic
 * blurb twice, each copy ending on "Read the full story."). Invented EN and FR rows: both findings stand, the repeat
 * without the label. A look-alike: the same paragraph printed once keeps only the label.
 */
const BLURB_EN = 'Retail sales probably slowed again in March, as higher borrowing costs and a late Easter may have kept shoppers away from the high street.';
const BLURB_FR = 'Les ventes au détail ont sans doute encore ralenti en mars, car la hausse du coût du crédit et des fêtes tardives ont pu éloigner les clients des magasins.';

const rows = [
  { name: 'EN: a blurb twice, each copy ending on a glued "Read the full story."', paragraphs: ['Economists’ March retail sales estimates', `${BLURB_EN} Read the full story.`, `${BLURB_EN} Read the full story.`], blurb: BLURB_EN, label: 'Read the full story.' },
  { name: 'EN: a blurb twice in a body, each copy ending on a glued "Read the full story."', paragraphs: [HEADLINE, ...BODY, `${BLURB_EN} Read the full story.`, `${BLURB_EN} Read the full story.`], blurb: BLURB_EN, label: 'Read the full story.' },
  { name: 'FR: a blurb twice, each copy ending on a glued label', paragraphs: [TITRE, ...CORPS, `${BLURB_FR} Lire la suite.`, `${BLURB_FR} Lire la suite.`], blurb: BLURB_FR, label: 'Lire la suite.' },
];

describe('review 18 fx3: a label glued at the tail does not hide a repeated paragraph', () => {
  for (const r of rows) {
    it(r.name, () => {
      const found = findArtifacts({ paragraphs: r.paragraphs });
      expect(found.filter((a) => a.kind === 'duplicated-paragraph').map((a) => a.text)).toEqual([r.blurb]);
      expect(found.some((a) => a.kind === 'boilerplate' && a.text.includes(r.label))).toBe(true);
    });
  }
  it('look-alike: the blurb printed once keeps only its label', () => {
    const found = findArtifacts({ paragraphs: [HEADLINE, ...BODY, `${BLURB_EN} Read the full story.`] });
    expect(found.filter((a) => a.kind === 'duplicated-paragraph')).toEqual([]);
  });
});
