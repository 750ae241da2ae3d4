import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { buildDoc } from '../../utils/artifacts/context';
import { findStoryBlocks } from '../../utils/artifacts/line-shape';
import { isCaptionLike } from '../../utils/artifacts/captions';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Review B (artifacts) findings 3-5, fixer fx5: invented rows reworded from the reviewer's inputs, EN and FR. Each row
 * failed before its fix (checked against the previous captions.ts / line-shape.ts).
 */

// Finding 3: a bare "Rex" or "Getty" after a full stop is a word of the sentence, not a photo credit (PHOTO_AGENCY_TAIL).
const NOT_CREDITS: Array<[string, string]> = [
  ['the dinosaur after an initial', 'Over the long weekend some 12,000 visitors queued at the hall to see the T. Rex'],
  ['le dinosaure après une initiale', 'Plus de 8 000 visiteurs ont fait la queue ce week-end pour admirer le T. Rex'],
  ['a bare short form after a sentence', 'The heirs told the auction house that not one painting would be sold. Getty'],
  ['une forme courte seule après la phrase', 'Les héritiers ont juré qu’aucun tableau ne serait vendu. Getty'],
  ['a dog’s name after a sentence', 'The keeper said the old sheepdog had slept in the barn all winter. Rex'],
];

describe('review B 3: a bare Rex or Getty after a full stop is no photo credit', () => {
  it.each(NOT_CREDITS)('%s', (_name, line) => {
    expect(isCaptionLike(line)).toBe(false);
  });
  it.each(NOT_CREDITS.slice(0, 4))('printed twice between paragraphs, %s, is no duplicated caption', (_name, line) => {
    const paragraphs = [HEADLINE, BODY[0]!, line, BODY[1]!, line, BODY[2]!];
    expect(findArtifacts({ paragraphs }).map((a) => a.kind)).not.toContain('duplicated-caption');
  });
});

describe('review B 3: the long forms and the stock formula stay credits', () => {
  it.each([
    ['long form after the sentence', 'Firefighters walk through the burnt vineyard at dawn. Rex Features'],
    ['short form in the stock formula', 'Des pompiers traversent le vignoble brûlé au petit matin. Getty Stock Photo'],
  ])('%s', (_name, caption) => {
    const kinds = findArtifacts({ paragraphs: [caption, caption, HEADLINE, ...BODY] }).map((a) => a.kind);
    expect(kinds).toContain('duplicated-caption');
  });
});

/** The block reader's finding holding `first` (read by findStoryBlocks itself, as in round20-text). */
const flaggedWith = (paragraphs: string[], first: string): boolean => {
  const doc = buildDoc(paragraphs);
  return findStoryBlocks(doc).some((f) => doc.text.slice(f.start, f.end).includes(first));
};

const OTHER_EN = [
  'Mountain rescue team brings two stranded hikers down safely',
  'City library extends its opening hours on weekends',
  'Local choir wins first prize at the national festival',
  'Ferry timetable changes as the winter season begins',
];
const OTHER_FR = [
  'Les secouristes ramènent deux randonneurs bloqués en montagne',
  'La médiathèque municipale ouvre désormais le dimanche matin',
  'La chorale du quartier remporte le premier prix national',
  'Les horaires du bac changent avec la saison d’hiver',
];

// Finding 4: a counting label over other stories' headlines is a module (COUNTING_LABEL exempts only lines on the topic).
describe('review B 4: a counting label over unrelated headlines is a module, label included', () => {
  it.each([
    ['between two paragraphs', [HEADLINE, BODY[0]!, 'Eight Most Shared', ...OTHER_EN, BODY[1]!, BODY[2]!], 'Eight Most Shared'],
    ['entre deux paragraphes', [TITRE, CORPS[0]!, 'Six Plus Commentés', ...OTHER_FR, CORPS[1]!, CORPS[2]!], 'Six Plus Commentés'],
    ['after the last paragraph', [HEADLINE, ...BODY, '4 Most Viewed', ...OTHER_EN], '4 Most Viewed'],
    ['après le dernier paragraphe', [TITRE, ...CORPS, '4 Plus Lus', ...OTHER_FR], '4 Plus Lus'],
  ])('%s', (_name, paragraphs, first) => {
    expect(flaggedWith(paragraphs, first)).toBe(true);
  });
});

// Finding 5: a kicker over two unrelated headlines right under the headline is a module, not the article's header.
describe('review B 5: a kicker over two unrelated headlines under the headline is a module', () => {
  it.each([
    ['EN', [HEADLINE, 'Editors Choice', OTHER_EN[0]!, OTHER_EN[1]!, ...BODY], 'Editors Choice'],
    ['FR', [TITRE, 'Nos Coups De Cœur', OTHER_FR[0]!, OTHER_FR[1]!, ...CORPS], 'Nos Coups De Cœur'],
  ])('%s', (_name, paragraphs, first) => {
    expect(flaggedWith(paragraphs, first)).toBe(true);
  });
});
