import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 42 (blind batch 29's misses): a "read more" label glued after a teaser with the post's title after it
 * (WordPress's default excerpt link, youngagrarians 836; the bare label glued there is 810's and 837's). Read only when
 * the words after the label are a copy of a line printed elsewhere in the text.
 */
const HEAD = 'Why I Still Believe in Co-ops';
const TEASER = 'There was a moment at a Young Agrarians farm potluck many moons ago, where I felt in my gut, “I think these are my people.” Fifteen years later, whether due to aching backs, low profit margins, or the looming … Continue reading Why I Still Believe in Co-ops';
const BODY = 'The co-operative model gives small farms a way to share equipment, marketing and storage, and it has spread across the province over the last decade as land prices climbed.';

interface Row { name: string; paragraphs: string[]; excerpt: string; found: boolean }

const ROWS: Row[] = [
  { name: 'the label and the post’s title glued after a cut teaser (836)', paragraphs: ['Tag Archives: farm cooperatives', HEAD, 'Posted by Emi Do on September 19, 2023', TEASER], excerpt: 'Continue reading Why I Still Believe in Co-ops', found: true },
  // Negatives.
  { name: 'the words after the label are no line of the text', paragraphs: ['Tag Archives: farm cooperatives', 'Co-ops and the young farmer', 'Posted by Emi Do on September 19, 2023', TEASER], excerpt: 'Why I Still Believe', found: false },
  { name: 'the label’s words inside a sentence, before the title', paragraphs: [HEAD, BODY, 'Asked what she does on the bus home, the organiser said she would continue reading Why I Still Believe in Co-ops'], excerpt: 'continue reading', found: false },
];

describe('round 42: a “read more” label with the post’s title glued after a teaser', () => {
  it.each(ROWS)('$name', ({ paragraphs, excerpt, found }) => {
    const flagged = findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);
    expect(flagged.some((t) => t.includes(excerpt))).toBe(found);
  });
});
