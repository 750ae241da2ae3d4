/**
 * Round 40 (session e2), investor lists cut short (investors.ts):
 * - LIST_CUE_IN: a paragraph cut right after "include X," goes on in the next one ("Other investors in the funding round include
 *   Sequoia Capital China," / "Source Code Capital, …", 148 New Telegraph): the finite verb of inclusion is a list cue, as "including".
 * - the possessor before a person may hold a digit ("Innov8’s Ritesh Malik", 848 SnackFax): the list no longer ends on it.
 * - "Other co-investors in Deep Robotics' Series C funding round included A, B" (1116 Inspir Digital/SCMP): the others may be
 *   co-investors, and the round may be named by its company's possessive in place of the article.
 * Figures masked (§). Look-alikes: a closed paragraph, a capitalised new sentence, a set that is no round's, a plain owner's possessive.
 */
import { describe, expect, it } from 'vitest';
import { continuesInvestorList } from '../../utils/investors';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 40: a paragraph cut after "include X," continues the list', () => {
  it.each<[string, string, boolean]>([
    ['Other investors in the funding round include Sequoia Capital China,', 'Source Code Capital, Meituan-backed fund Long-Z, Redpoint China, and 3W Capital.', true],
    ['Backers of the round included Accel and', 'Index Ventures.', true],
    // Look-alikes: the sentence is closed, or the next paragraph is a new capitalised sentence after no connector.
    ['Other investors in the funding round include Sequoia Capital China.', 'Source Code Capital, Meituan-backed fund Long-Z, Redpoint China, and 3W Capital.', false],
    ['Other investors in the funding round include Sequoia Capital China', 'The company said it would hire.', false],
  ])('%s | %s', (last, next, want) => expect(continuesInvestorList(last, next)).toBe(want));
});

describe('round 40: lists read to their end', () => {
  const rows: Array<[string, Want]> = [
    row('Other investors joining the round include Anicut Capital, Zero Pearl VC, Atomberg’s Shibam Das, Innov8’s Ritesh Malik, Ekamya Ventures, the Salarpuria Group and LNB Group.', [], ['Anicut Capital', 'Zero Pearl VC', 'Shibam Das', 'Ritesh Malik', 'Ekamya Ventures', 'Salarpuria Group', 'LNB Group']),
    row('Other co-investors in Deep Robotics\' Series C funding round included Vision Knight Capital, China Integrated Circuit Investment Fund, Zhejiang University Education Foundation and Shougang Holdings.', [], ['Vision Knight Capital', 'China Integrated Circuit Investment Fund', 'Zhejiang University Education Foundation', 'Shougang Holdings']),
    row('Others in Acme’s seed round include Index and Accel.', [], ['Index', 'Accel']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 40: look-alikes, left as they were', () => {
  const rows: Array<[string, Want]> = [
    // A set that is no round's: no round noun after the possessive.
    row('Other investors in the sector’s biggest companies include Index and Accel.', [], []),
    // An owner's possessive before its fund stays a descriptor.
    row('Acme raised § from Microsoft’s venture fund M12 and Index Ventures.', [], ['M12', 'Index Ventures']),
    row('Other investors joining the round include Atomberg’s Shibam Das and Innov8.', [], ['Shibam Das', 'Innov8']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
