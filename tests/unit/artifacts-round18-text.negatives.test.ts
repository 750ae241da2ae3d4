import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 18 text shapes (group 5) in clean text. No finding of the row's kinds may be made on
 * them (other detectors may read a line as furniture: not this table's concern).
 */
type Row = { name: string; paragraphs: string[]; kinds: string[] };
const CUT = ['truncated-sentence'];

const NEGATIVE: Row[] = [
  // A "read more" label's words as the sentence's own verb phrase, closed by a full stop (review of round A, finding 3).
  { name: 'French: "lire l’article" as the verb phrase of a finished sentence', kinds: CUT, paragraphs: [TITRE, ...CORPS, 'Le maire a promis de ne pas répondre aux critiques de l’opposition sur le budget avant de lire l’article.'] },
  { name: 'French: "lire plus" closing a finished sentence', kinds: CUT, paragraphs: [TITRE, ...CORPS, 'Selon un sondage publié jeudi, la plupart des retraités interrogés dans la région disent vouloir lire plus.'] },
  { name: '"read the whole article" closing a finished sentence', kinds: CUT, paragraphs: [HEADLINE, ...BODY, 'Brokers say that very few of their retail customers who buy these funds ever read the whole article.'] },
  { name: '"read the full story" closing a finished sentence', kinds: CUT, paragraphs: [HEADLINE, ...BODY, 'The editor said that of all the committee members who voted on the motion, only the older ones actually read the full story.'] },
];

describe('round 18 text detectors: look-alikes stay clean', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs, kinds }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => kinds.includes(a.kind));
    expect(found).toEqual([]);
  });
});
