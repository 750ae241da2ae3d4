import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findBylineNoise } from '../../utils/artifacts/bylines';
import { findMergedStories } from '../../utils/artifacts/merged-stories';
import { findMojibake } from '../../utils/artifacts/mojibake';
import { findBrokenPullQuotes } from '../../utils/artifacts/pull-quotes';
import { findTruncatedSentences } from '../../utils/artifacts/truncated';
import { PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 31, artifacts text detectors: readers of structure for the weakest kinds of the fixtures (merged stories on print
 * replicas, sentences cut after a modal or before a French preview notice, print sign-offs glued to the last sentence,
 * curly quotes reduced to a lone "â").
 * Invented rows, EN and FR; the look-alikes are in the .negatives file.
 */
const kindTexts = (paragraphs: string[], find: (d: ReturnType<typeof buildDoc>) => ReadonlyArray<{ kind: string; start: number; end: number }>, kind: string): string[] => {
  const doc = buildDoc(paragraphs);
  return find(doc).filter((f) => f.kind === kind).map((f) => doc.text.slice(f.start, f.end));
};
const merged = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return findMergedStories(doc).filter((f) => f.kind === 'merged-stories').map((f) => doc.text.slice(f.start, f.end));
};

describe('round 31: a print page flattened into one run, the next story after a jump line (merged-stories.ts afterJumpLine)', () => {
  const front = 'The harbour board voted on Tuesday to double the fees that visiting cruise ships pay at the quay, and the mayor said the money would go to the sea wall.';
  it.each([
    {
      name: 'EN: a bracketed jump with the story’s keyword and a section page',
      paragraph: `${front} HARBOUR crews repair the sea wall after the storm. [See Harbour, B4] Snow closed three mountain passes overnight, stranding dozens of lorries on the way to the border.`,
      lede: 'Snow closed three mountain passes overnight, stranding dozens of lorries on the way to the border.',
    },
    {
      name: 'EN: "Please see … on Page …", in capitals',
      paragraph: `${front} PLEASE SEE FEES ON PAGE 6 A bakery chain will open twelve shops in the north of the county before the end of the year.`,
      lede: 'A bakery chain will open twelve shops in the north of the county before the end of the year.',
    },
    {
      name: 'EN: "Continued on Page …"',
      paragraph: `${front} Continued on Page 4 Voters in the valley will choose a new sheriff in March after the incumbent said she would retire.`,
      lede: 'Voters in the valley will choose a new sheriff in March after the incumbent said she would retire.',
    },
    {
      name: 'FR : « Suite page … »',
      paragraph: `Le conseil portuaire a voté mardi le doublement des droits payés par les paquebots à quai, et le maire a promis l’argent à la digue. Suite page 7 La neige a fermé trois cols de montagne dans la nuit, bloquant des dizaines de camions avant la frontière.`,
      lede: 'La neige a fermé trois cols de montagne dans la nuit, bloquant des dizaines de camions avant la frontière.',
    },
  ])('$name', ({ paragraph, lede }) => {
    expect(merged([paragraph])).toContain(lede);
  });
});

describe('round 31: a sentence cut after a modal auxiliary (truncated.ts MODAL_DANGLING)', () => {
  it.each([
    { name: 'EN: the text ends on "must"', last: 'Orders for the ferries rose again in the spring. However, the shipyard must' },
    { name: 'EN: the text ends on "could"', last: 'The harbour board met on Tuesday to discuss the fees. The new terminal could' },
    { name: 'EN: the text ends on "would", before a new sentence', last: 'The operator said a third vessel was on order and that the crossing time would', next: 'The company did not give a price for the ship.' },
  ])('$name', ({ last, next }) => {
    const paragraphs = [PROSE_A, PROSE_B, last, ...(next ? [next] : [])];
    expect(kindTexts(paragraphs, findTruncatedSentences, 'truncated-sentence').some((t) => last.endsWith(t))).toBe(true);
  });
});

describe('round 31: a preview cut before a preview notice, EN and FR (truncated.ts PREVIEW_NOTICE)', () => {
  it('FR : la phrase s’arrête sur « à la » au-dessus de l’avis', () => {
    const cut = 'Depuis deux ans, la compagnie voyait ses lignes se remplir, avec des touristes en nombre et des recettes dignes de la';
    expect(kindTexts([PROSE_FR, cut, 'Vous consultez un extrait, abonnez-vous pour découvrir le reste du dossier.'], findTruncatedSentences, 'truncated-sentence').some((t) => cut.endsWith(t))).toBe(true);
  });
  // Review B2: the preview notice is one structure in both languages, its access imperative after a comma included.
  it('EN: the sentence stops on "of the" above "You are reading a preview, sign up …"', () => {
    const cut = 'For two years the operator had watched its crossings fill up, with tourists in numbers and takings worthy of the';
    expect(kindTexts([PROSE_A, cut, 'You are reading a preview, sign up to keep reading the whole story.'], findTruncatedSentences, 'truncated-sentence').some((t) => cut.endsWith(t))).toBe(true);
  });
});

describe('round 31: a print sign-off glued to the last sentence (bylines.ts signOffGlued)', () => {
  const story = 'The ferry operator carried more passengers than ever over the summer, and the harbour board said the new pier would open in the spring once the last of the dredging work was done.';
  it.each([
    { name: 'EN: first name and surname after the full stop', paragraphs: [PROSE_A, PROSE_B, `${story} Dana Whitlock`], name2: 'Dana Whitlock' },
    { name: 'EN: a hyphenated first name', paragraphs: [PROSE_A, `${story} Jean-Paul Hartley`, 'Share this story'], name2: 'Jean-Paul Hartley' },
    { name: 'FR : le nom de l’auteur collé, nom de famille en minuscules', paragraphs: [PROSE_FR, 'La compagnie a transporté plus de passagers que jamais cet été, et le port a annoncé que la nouvelle jetée ouvrirait au printemps. Verdict dans quelques semaines. Lucie marchand'], name2: 'Lucie marchand' },
  ])('$name', ({ paragraphs, name2 }) => {
    expect(kindTexts(paragraphs, findBylineNoise, 'byline-noise')).toContain(name2);
  });
});

describe('round 31: a second story’s headline over a byline set in capitals, "BY Name" (merged-stories.ts BYLINE_LINE)', () => {
  it.each([
    { name: 'EN: an infinite-scroll page runs on into the next story', paragraphs: ['Ferry line adds winter sailings', 'BY Dana Whitlock', PROSE_A, PROSE_B, 'Island bakery chain names a new chief executive', 'BY Dana Whitlock', 'The bakery chain said its founder would step down at the end of the year.'], head: 'Island bakery chain names a new chief executive' },
    { name: 'FR : « PAR » en capitales sous le titre de l’article suivant', paragraphs: [PROSE_FR, 'La compagnie prévoit deux lignes nouvelles vers les îles avant la fin de l’année prochaine.', 'Une coopérative agricole rachète trois moulins du Gers', 'PAR Lucie Marchand', 'La coopérative a annoncé mardi le rachat de trois moulins familiaux.'], head: 'Une coopérative agricole rachète trois moulins du Gers' },
  ])('$name', ({ paragraphs, head }) => {
    expect(merged(paragraphs)).toContain(head);
  });
});

describe('round 31: curly quotes and apostrophes reduced to a lone "â" (mojibake.ts findLoneCircumflex)', () => {
  it.each([
    {
      name: 'EN: contractions and quotes in one post',
      paragraphs: ['The ferry operatorâs chief said itâs time to add a winter line, calling the plan âbold but overdueâ.', 'Weâll see how the islands take it.'],
      fixes: ['’', '’', '“', '”', '’'],
    },
    {
      name: 'EN: a contraction and a dash',
      paragraphs: ['The harbour board met on Tuesday â the third time this month â and said the pier wonât open before spring.'],
      fixes: [null, null, '’'],
    },
  ])('$name', ({ paragraphs, fixes }) => {
    const doc = buildDoc(paragraphs);
    const found = findMojibake(doc).filter((f) => doc.text.slice(f.start, f.end) === 'â');
    expect(found.map((f) => f.fix)).toEqual(fixes);
  });
});

// Review B7: the hard-wrap guard reads the lines around a candidate, so a hard-wrapped part of a text no longer hides a real
// box spliced into a part whose lines are whole.
describe('round 31: a quote box spliced into whole lines below a hard-wrapped part (pull-quotes.ts wrappedSpan)', () => {
  it('EN: a hard-wrapped notice above, the box in the story below', () => {
    const lines = [
      'Northsound Ferries and Eastpier Lines will merge their island crossings next year, the two',
      'companies announced on Tuesday in a joint statement sent to the',
      'regulator, the harbour board and the unions of both',
      'fleets, which had asked for the plan since',
      'spring, when the talks were first',
      'reported by the local press.',
      'The operator carried more passengers than ever over the summer season.',
      'Its crews worked longer shifts than in any year since the line opened.',
      'The board said the new pier would open in the spring once the dredging work was done.',
      'Over the winter the two companies will run a shared timetable that links the northern islands with the',
      '“We will never cut a crossing to save a ferry.”',
      'Dana Whitlock,',
      'harbour on the mainland every two hours, with a late boat on Fridays.',
      'The regulator is expected to clear the deal before the summer.',
    ];
    const doc = buildDoc(lines);
    expect(findBrokenPullQuotes(doc).map((f) => f.fix)).toEqual(['the harbour']);
  });
});
