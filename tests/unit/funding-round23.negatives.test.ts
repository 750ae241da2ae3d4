import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 23 negatives: invented sentences, EN and FR. Each paragraph holds no company's round.

const deals = (paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => `${d.company} ${d.amount?.text ?? ''}`);

// A paragraph about listings (two listing signs told as done): a raising verb in it tells what a listing brought in, though its
// own sentence names no IPO and no private round (funding.ts isListingParagraph).
describe('round 23: money of a paragraph about listings is no round', () => {
  const rows: [string, string][] = [
    ['a listed newcomer in a quarter of IPOs (FR)', "Le trimestre compte déjà huit IPO, contre cinq un an plus tôt. Introduite le 3 mars sur Euronext Growth, Kiplo a levé 40 M€ à elle seule."],
    ['a half-year of listings, one newcomer’s money (FR)', "Le semestre a compté six introductions en bourse, dont deux cotations sur Euronext Growth. Arrivée en mai, Kiplo a récolté 90 millions d'euros à elle seule."],
    ['an offering priced in a week of debuts (EN)', 'Trading debuts were brisk this week after the biggest IPO of the year. Medical device maker Qontrix priced its offering above the range to raise $250 million.'],
  ];
  it.each(rows)('%s', (_label, paragraph) => {
    expect(deals([paragraph])).toEqual([]);
  });
});
