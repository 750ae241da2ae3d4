import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findLostHyphens } from '../../utils/artifacts/lost-hyphen';
import { findMergedStories } from '../../utils/artifacts/merged-stories';
import { findTruncatedSentences } from '../../utils/artifacts/truncated';
import { findBylineNoise } from '../../utils/artifacts/bylines';

/**
 * Round 29, artifacts text and print detectors: readers of structure for shapes seen across outlets in the blind batches
 * (the inverted verb of an incise, a listing cut after its next headline) and the one-list debts (change verbs, reporting
 * verbs, metadata labels). Invented rows, EN and FR; the look-alikes are in the .negatives file.
 */
const spans = (paragraphs: string[], find: (d: ReturnType<typeof buildDoc>) => ReadonlyArray<{ start: number; end: number }>): string[] => {
  const doc = buildDoc(paragraphs);
  return find(doc).map((f) => doc.text.slice(f.start, f.end));
};
const fixes = (paragraph: string): Array<string | null> => findLostHyphens(buildDoc([paragraph])).map((f) => f.fix);

describe('round 29: an inverted verb and pronoun glued in an incise (findGluedInversions)', () => {
  it.each([
    { name: 'FR : le t euphonique après une citation', text: '« Le carnet de commandes est plein », ajoutetelle.', fix: 'ajoute-t-elle' },
    { name: 'FR : le pronom « on » après une citation', text: '« Rien ne bouge sur le marché », expliqueton, sans plus de détails.', fix: 'explique-t-on' },
    { name: 'FR : un verbe en -t sans t euphonique', text: '« Nous visons l’Asie dès l’an prochain », ditil.', fix: 'dit-il' },
    { name: 'FR : un futur en -ra', text: '« Qui paiera la facture ? », demanderatil.', fix: 'demandera-t-il' },
    { name: 'FR : après une virgule seule, le pronom « il »', text: 'Le pari est tenu, précisetil, et la suite viendra.', fix: 'précise-t-il' },
  ])('$name', ({ text, fix }) => {
    expect(fixes(text)).toContain(fix);
  });
});

const STORY = [
  'Harbourline Freight said on Tuesday it would close two depots in the north and move the work to its main hub.',
  'The company expects the move to save money from next year, and said no jobs would be lost in the process.',
  'Its chief executive said the depots had been losing money for several years before the decision.',
];
const STORY_FR = [
  'Le transporteur Valmer a annoncé mardi la fermeture de deux dépôts dans le Nord et le transfert de leur activité.',
  'Le groupe attend des économies dès l’an prochain et assure qu’aucun emploi ne sera supprimé à cette occasion.',
];

describe('round 29: a text ending on another story’s headline (trailingHeadline)', () => {
  it.each([
    { name: 'EN: a listing cut after the next item’s headline', paragraphs: [...STORY, 'Rival grocer to buy delivery app Quickpantry for $40 million'], flagged: 'Rival grocer to buy delivery app Quickpantry for $40 million' },
    { name: 'FR : une page de rubrique coupée après le titre suivant', paragraphs: [...STORY_FR, 'Le fonds rachète un éditeur de logiciels de Grenoble'], flagged: 'Le fonds rachète un éditeur de logiciels de Grenoble' },
  ])('$name', ({ paragraphs, flagged }) => {
    expect(spans(paragraphs, findMergedStories)).toContain(flagged);
  });
});

describe('round 29: the one list of change verbs and of reporting verbs (truncated.ts)', () => {
  it.each([
    { name: 'EN: a narrowing told from one end only (a change verb the range reader now reads)', paragraphs: ['Analysts at the bank narrowed their target range from $16.', 'The shares closed flat in New York.'], flagged: 'Analysts at the bank narrowed their target range from $16.' },
    { name: 'FR : une citation close sur « a dit », sans orateur', paragraphs: ['« Nous rouvrirons l’usine au printemps, avec deux lignes de plus », a dit', 'Le site emploie 300 personnes.'], flagged: '« Nous rouvrirons l’usine au printemps, avec deux lignes de plus », a dit' },
  ])('$name', ({ paragraphs, flagged }) => {
    expect(spans(paragraphs, findTruncatedSentences)).toContain(flagged);
  });
});

describe('round 29: empty metadata labels read from the lexicon’s one list (bylines.ts)', () => {
  it('FR : une date de modification vide', () => {
    expect(spans(['Les transporteurs reculent', 'Modifié le :', ...STORY_FR], findBylineNoise)).toContain('Modifié le :');
  });
});

const LONG_EN = 'Harbourline Freight opened its new depot outside Leeds on Monday, the first of six it plans to build in the north over the next three years. The depot is larger than any the group runs today and will handle parcels for two supermarket chains. Managers said the site would hire locally and train drivers on site.';
const LONG_FR = 'Le transporteur Valmer a inauguré lundi son nouvel entrepôt près de Lyon, le premier des six qu’il prévoit de construire dans la région d’ici trois ans. Le site est plus grand que tous ceux du groupe et traitera les colis de deux enseignes. La direction promet des embauches locales et une formation sur place.';

describe('round 29: a preview cut inside a long paragraph (previewCutProse)', () => {
  it.each([
    { name: 'EN: a newsstand preview stopping on a copula', paragraphs: [`${LONG_EN} Each of the new depots is…`, 'Rail freight volumes fell again in March.'], flagged: 'Each of the new depots is…' },
    { name: 'EN: a quotation cut by the preview, never closed', paragraphs: [`${LONG_EN} “A well run depot network is vital not only for…`], flagged: '“A well run depot network is vital not only for…' },
    { name: 'FR : un aperçu coupé sur une conjonction', paragraphs: [`${LONG_FR} La direction estime que…`, 'Le fret ferroviaire recule encore en mars.'], flagged: 'La direction estime que…' },
  ])('$name', ({ paragraphs, flagged }) => {
    expect(spans(paragraphs, findTruncatedSentences)).toContain(flagged);
  });
});
