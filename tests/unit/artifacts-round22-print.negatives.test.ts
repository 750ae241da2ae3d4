import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Look-alikes of the glued-duration reader (round 21) after review A: a handle, an address, a file or domain name, and a
 * name followed by a comma. Invented; none may be flagged as a lost hyphen.
 */
const NOT_GLUED_DURATIONS: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'a domain name', paragraphs: ['The start-up runs its bookings through fiveday.net and a mobile app.'] },
  { name: 'a hashtag', paragraphs: ['Fans of the channel shared clips under #threeweek all weekend.'] },
  { name: 'une adresse électronique', paragraphs: ['Les candidats écrivent à contact@sixmonth.fr avant le 3 mars.'] },
  { name: 'a file name', paragraphs: ['The board posted fouryear_budget.xlsx on its intranet on Monday.'] },
  { name: 'a firm named in apposition', paragraphs: ['Eightday, a Lisbon travel agency, opened two branches.'] },
  { name: 'a name before a comma mid-sentence', paragraphs: ['Investors in nineweek, a meal-kit service, lost money.'] },
];

describe('round 22 print: joined or named durations stay unflagged', () => {
  for (const row of NOT_GLUED_DURATIONS) {
    it(row.name, () => {
      expect(findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'lost-hyphen').map((a) => a.text)).toEqual([]);
    });
  }
});
