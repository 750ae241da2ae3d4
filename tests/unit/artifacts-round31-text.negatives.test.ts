import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findBylineNoise } from '../../utils/artifacts/bylines';
import { findMergedStories } from '../../utils/artifacts/merged-stories';
import { findMojibake } from '../../utils/artifacts/mojibake';
import { findBrokenPullQuotes } from '../../utils/artifacts/pull-quotes';
import { findTruncatedSentences } from '../../utils/artifacts/truncated';
import { PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 31, artifacts text detectors: look-alikes of the round's new readers that must stay unflagged (a reference to a
 * page inside a sentence, a count after "See", a jump line that ends its paragraph; a whole sentence ending on an auxiliary,
 * a name or a month that looks like a modal; a prompt, a clause or a label after the last sentence). Invented rows, EN and FR.
 */
const merged = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return findMergedStories(doc).filter((f) => f.kind === 'merged-stories').map((f) => doc.text.slice(f.start, f.end));
};

describe('round 31 negatives: a page reference that is not a jump line before another story (afterJumpLine)', () => {
  const front = 'The harbour board voted on Tuesday to double the fees that visiting cruise ships pay at the quay, and the mayor said';
  it.each([
    { name: 'EN: a reader’s reference closed by its full stop', paragraphs: [`${front} the details are in the annual report (see page 14). The fees take effect in May for every ship that docks.`] },
    { name: 'EN: "See" before a count, not a page', paragraphs: [`${front} the board had no choice. See 5 Ways The Port Could Spend The Money on the board’s website this week.`] },
    { name: 'EN: the jump line ends its paragraph, the page goes on below', paragraphs: [`${front} the money would go to the sea wall. [See Harbour, B4]`, PROSE_A, PROSE_B] },
    { name: 'EN: a lower-case clause after the reference', paragraphs: [`${front} the money, as shown in the budget (see Table A1) and in the minutes, would go to the sea wall next year.`] },
    { name: 'FR : un renvoi dans la phrase, fermé par son point', paragraphs: ['Le conseil portuaire a voté mardi le doublement des droits payés par les paquebots, comme le détaille le rapport (voir page 12). La mesure entre en vigueur en mai.'] },
  ])('$name', ({ paragraphs }) => {
    expect(merged(paragraphs)).toEqual([]);
  });
});

const kindTexts = (paragraphs: string[], find: (d: ReturnType<typeof buildDoc>) => ReadonlyArray<{ kind: string; start: number; end: number }>, kind: string): string[] => {
  const doc = buildDoc(paragraphs);
  return find(doc).filter((f) => f.kind === kind).map((f) => doc.text.slice(f.start, f.end));
};

describe('round 31 negatives: endings that are whole (MODAL_DANGLING)', () => {
  it.each([
    { name: 'EN: a sentence ending on "has" that is whole', last: 'The operator looked at every option for the crossing, and that is what it has.' },
    { name: 'EN: a modal closed by its full stop', last: 'The board said it would add a third ferry to the line, as it should.' },
    { name: 'EN: "Will" as a name at the end', last: 'The award for the best crossing photograph of the summer went to Will' },
    { name: 'EN: a month written small, not a modal', last: 'Passenger numbers on the island crossings jumped 4.8% during may' },
    { name: 'EN: a heading with a modal inside it', last: 'What the new terminal could mean for island shops' },
  ])('$name', ({ last }) => {
    expect(kindTexts([PROSE_A, PROSE_B, last], findTruncatedSentences, 'truncated-sentence')).toEqual([]);
  });
});

describe('round 31 negatives: a French preview notice under a whole sentence (PAYWALL_NOTICE)', () => {
  it('FR : la phrase finie au-dessus de l’avis', () => {
    expect(kindTexts([PROSE_FR, 'La compagnie prévoit deux lignes nouvelles vers les îles avant la fin de l’année prochaine.', 'Vous consultez un extrait, abonnez-vous pour découvrir le reste du dossier.'], findTruncatedSentences, 'truncated-sentence')).toEqual([]);
  });
  it('EN: a whole sentence above the notice, and a sentence that only opens like one', () => {
    expect(kindTexts([PROSE_A, 'The operator plans two new island lines before the end of next year.', 'You are reading a preview, sign up to keep reading the whole story.'], findTruncatedSentences, 'truncated-sentence')).toEqual([]);
    expect(kindTexts([PROSE_A, 'For two years the operator had watched its crossings fill up, with tourists in numbers and takings worthy of the', 'You are reading a preview, the operator said of its winter timetable.'], findTruncatedSentences, 'truncated-sentence')).toEqual([]);
  });
});

describe('round 31 negatives: words after the last sentence that are no sign-off (signOffGlued)', () => {
  const story = 'The ferry operator carried more passengers than ever over the summer, and the harbour board said the new pier would open in the spring once the dredging work was done';
  it.each([
    { name: 'EN: a prompt after a question', paragraphs: [PROSE_A, PROSE_B, `${story}. Already a subscriber? Sign in`] },
    { name: 'EN: a print line that goes on ("Workers with")', paragraphs: [PROSE_A, PROSE_B, `${story}. Workers with`] },
    { name: 'EN: the story ends on its full stop', paragraphs: [PROSE_A, PROSE_B, `${story}.`] },
    { name: 'EN: two words in a short paragraph', paragraphs: [PROSE_A, PROSE_B, 'The pier opens in May. Dana Whitlock'] },
    { name: 'FR : une phrase close, puis une question', paragraphs: [PROSE_FR, 'La compagnie a transporté plus de passagers que jamais cet été, et le port a annoncé que la nouvelle jetée ouvrirait au printemps. Déjà abonné ? Connectez-vous'] },
    // Review B-signOffGlued: two words after the full stop that are a place or a closing formula, not a writer's name.
    { name: 'EN: a place headed by its formant ("New York")', paragraphs: [PROSE_A, PROSE_B, `${story} for the season. New York`] },
    { name: 'EN: a closing formula ("Thank you")', paragraphs: [PROSE_A, PROSE_B, `${story} for the season. Thank you`] },
    { name: 'EN: a wish ("Good luck")', paragraphs: [PROSE_A, PROSE_B, `${story} for the season. Good luck`] },
    { name: 'FR : un lieu (« Le Havre »)', paragraphs: [PROSE_FR, 'La compagnie a transporté plus de passagers que jamais cet été, et le port a annoncé que la nouvelle jetée ouvrirait au printemps prochain. Le Havre'] },
    { name: 'FR : une formule de fin (« Merci beaucoup »)', paragraphs: [PROSE_FR, 'La compagnie a transporté plus de passagers que jamais cet été, et le port a annoncé que la nouvelle jetée ouvrirait au printemps prochain. Merci beaucoup'] },
    { name: 'EN: a word the story writes in lower case ("Harbour board")', paragraphs: [PROSE_A, PROSE_B, `${story} for the season. Harbour board`] },
  ])('$name', ({ paragraphs }) => {
    expect(kindTexts(paragraphs, findBylineNoise, 'byline-noise')).toEqual([]);
  });
});

describe('round 31 negatives: capitals after a subhead that are no byline (BYLINE_LINE)', () => {
  it.each([
    { name: 'EN: a section label in capitals', paragraphs: [PROSE_A, PROSE_B, 'What the new winter timetable means for island commuters', 'BY THE NUMBERS', 'The operator will run four crossings a day from November to March.'] },
    { name: 'EN: the story’s own byline under its headline', paragraphs: ['Ferry line adds winter sailings to the northern islands this year', 'BY Dana Whitlock', PROSE_A, PROSE_B] },
  ])('$name', ({ paragraphs }) => {
    expect(merged(paragraphs)).toEqual([]);
  });
});

describe('round 31 negatives: a real "â" (findLoneCircumflex)', () => {
  it.each([
    { name: 'FR : « grâce », « bâtiment », « âge » dans un texte français', paragraphs: ['Grâce à la hausse du trafic, le bâtiment de la gare maritime sera agrandi ; l’âge moyen des navires baisse.'] },
    { name: 'EN: a French name in an English text that also holds "é"', paragraphs: ['The Château de Brézé vineyard said its sales rose, and itâs hiring.'] },
    { name: 'EN: one "â" that is no quote (a name), beside a contraction', paragraphs: ['The ferry is named Sâr and itâs the largest on the line.'] },
    { name: 'EN: quotes alone, with no contraction', paragraphs: ['The board called the plan âbold but overdueâ in a statement on Tuesday.'] },
  ])('$name', ({ paragraphs }) => {
    const doc = buildDoc(paragraphs);
    expect(findMojibake(doc).filter((f) => doc.text.slice(f.start, f.end) === 'â')).toEqual([]);
  });
});

describe('round 31 negatives: the page’s own date line after the story (bylines.ts DATE_ONLY_STAMP)', () => {
  it.each([
    { name: 'EN: "Published on" and a date, closing the story', paragraphs: [PROSE_A, PROSE_B, 'Published on March 15, 2021'] },
    { name: 'EN: "Posted on" and a date with no space after the comma', paragraphs: [PROSE_A, PROSE_B, 'Posted on Oct 26,2020'] },
  ])('$name', ({ paragraphs }) => {
    expect(kindTexts(paragraphs, findBylineNoise, 'byline-noise')).toEqual([]);
  });

  it('EN: the same line with an author or a category is still the blog template’s', () => {
    expect(kindTexts([PROSE_A, PROSE_B, 'Published on March 15, 2021 in Business'], findBylineNoise, 'byline-noise')).toEqual(['Published on March 15, 2021 in Business']);
    expect(kindTexts([PROSE_A, PROSE_B, 'Posted on March 15, 2021 by Dana Whitlock'], findBylineNoise, 'byline-noise')).toEqual(['Posted on March 15, 2021 by Dana Whitlock']);
  });
});

describe('round 31 negatives: a hard-wrapped release, its quotes across line breaks (pull-quotes.ts wrappedSpan)', () => {
  it('EN: a release kept at its e-mail line length', () => {
    const lines = [
      'Northsound Ferries and Eastpier Lines will merge their island crossings next year, the two companies',
      'announced on Tuesday in a joint statement.',
      '"After the first merger talks we ran the crossings from two separate',
      'harbours, Northsound and Eastpier", said Dana Whitlock, Head of Island',
      'Services at Northsound Ferries.',
      '"The winter timetable was the main reason to bring the',
      'two fleets together, and now that the crews are trained we',
      'can start in November", she added. The companies expect the',
      'regulator to clear the deal before the summer season, and both',
      'boards have approved it.',
    ];
    const doc = buildDoc(lines);
    expect(findBrokenPullQuotes(doc)).toEqual([]);
  });
});
