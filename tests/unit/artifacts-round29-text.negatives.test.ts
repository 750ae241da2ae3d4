import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findLostHyphens } from '../../utils/artifacts/lost-hyphen';
import { findMergedStories } from '../../utils/artifacts/merged-stories';
import { findTruncatedSentences } from '../../utils/artifacts/truncated';

/** Round 29 look-alikes: words and last lines the new readers must leave alone. Invented rows, EN and FR. */
const inversions = (paragraph: string): Array<string | null> =>
  findLostHyphens(buildDoc([paragraph])).filter((f) => f.message.includes('inverted')).map((f) => f.fix);

describe('round 29 look-alikes: words after a comma that are no inverted verb', () => {
  it.each([
    { name: 'FR : un adjectif en -atil dans une liste', text: 'Un marché incertain, volatil, difficile à lire.' },
    { name: 'FR : un nom en -eton après une virgule', text: 'Il a tout lu, feuilleton.' },
    { name: 'FR : « gentil » après une virgule', text: 'Un patron discret, gentil.' },
    { name: 'FR : « outil » après une virgule', text: 'Le tableur, outil.' },
    { name: 'FR : l’inversion déjà écrite avec ses traits d’union', text: '« Tout ira bien », précise-t-il.' },
    { name: 'FR : le verbe suivi d’un mot, pas d’une ponctuation', text: '« Le prix », atil dit, est trop bas.' },
  ])('$name', ({ text }) => {
    expect(inversions(text)).toEqual([]);
  });
});

const STORY = [
  'Harbourline Freight said on Tuesday it would close two depots in the north and move the work to its main hub.',
  'The company expects the move to save money from next year, and said no jobs would be lost in the process.',
];

describe('round 29 look-alikes: a last line that is the story’s own or the site’s', () => {
  it.each([
    { name: 'EN: a last line naming no one', last: 'Growth returns to the regional haulage market' },
    { name: 'EN: a last line naming the story’s own subject', last: 'What the closures mean for Harbourline staff' },
    { name: 'EN: a Title Case teaser line', last: 'Five Ways The Haulage Market Could Change For Good' },
    { name: 'EN: the site addressing its reader', last: 'Start your free trial with Freightwatch today' },
    { name: 'EN: a question', last: 'Will Rotterdam ports recover this year?' },
    { name: 'FR : une ligne du site au lecteur', last: 'Retrouvez nos analyses avec Transports Hebdo' },
  ])('$name', ({ last }) => {
    const doc = buildDoc([...STORY, last]);
    expect(findMergedStories(doc).filter((f) => f.message.includes('ends on another'))).toEqual([]);
  });

  it('EN: a headline over a related-links list, not right under prose', () => {
    const doc = buildDoc([...STORY, 'Related stories', 'Port of Antwerp expands its rail terminal']);
    expect(findMergedStories(doc).filter((f) => f.message.includes('ends on another'))).toEqual([]);
  });
});

describe('round 29 look-alikes: a contributor’s note closing the text', () => {
  it.each([
    { name: 'EN: a note describing the writer', last: 'Dana Whitfield is a freight reporter based in Leeds' },
    { name: 'FR : une note de deux phrases sur les auteurs', last: 'Marc Dupont est économiste. Léa Martin enseigne le droit à Lyon' },
  ])('$name', ({ last }) => {
    const doc = buildDoc([...STORY, last]);
    expect(findMergedStories(doc).filter((f) => f.message.includes('ends on another'))).toEqual([]);
  });
});

const LONG_EN = 'Harbourline Freight opened its new depot outside Leeds on Monday, the first of six it plans to build in the north over the next three years. The depot is larger than any the group runs today and will handle parcels for two supermarket chains. Managers said the site would hire locally and train drivers on site.';
const LONG_FR = 'Le transporteur Valmer a inauguré lundi son nouvel entrepôt près de Lyon, le premier des six qu’il prévoit de construire dans la région d’ici trois ans. Le site est plus grand que tous ceux du groupe et traitera les colis de deux enseignes. La direction promet des embauches locales et une formation sur place.';
const previewCuts = (paragraphs: string[]): string[] =>
  findTruncatedSentences(buildDoc(paragraphs)).filter((f) => f.message.startsWith('A preview is cut off on')).map((f) => f.message);

describe('round 29 look-alikes: a writer’s trailing ellipsis in a long paragraph', () => {
  it.each([
    { name: 'EN: a phrase closed before the ellipsis', paragraphs: [`${LONG_EN} One could say the group won the lottery…`, 'The first trucks leave in May.'] },
    { name: 'FR : une énumération laissée ouverte', paragraphs: [`${LONG_FR} Le groupe compte sur les aides, les subventions, les prêts bancaires…`, 'Les travaux débutent en mai.'] },
    { name: 'EN: a quotation that runs on into the next paragraph', paragraphs: [`${LONG_EN} “We will see what the depot can do for…`, '“… the towns around it,” she said.'] },
    { name: 'EN: a short paragraph of suspense', paragraphs: ['And the winner of the award is…', 'Harbourline Freight.'] },
  ])('$name', ({ paragraphs }) => {
    expect(previewCuts(paragraphs)).toEqual([]);
  });
});
