/**
 * Round 38 (session 25, extras): market statistics read as one company's round, the raiser then taken from the page's topic.
 * A plural class after a list's bullet or two joined demonyms (deals.ts PLURAL_SUBJECT_OPENING, LIST_BULLET_OPENING,
 * PLURAL_MODIFIER), a plural class raising in an absolute "with" clause (WITH_PLURAL_RAISING_BEFORE), a period that "saw" the
 * money (PERIOD_SAW_BEFORE), a population with its sector in a headline (raisers.ts POPULATION_SECTOR_TAIL). Sentences of
 * fixtures 1017 (MENA monthly), 890 (ANZ quarter review), 1090 (Indian weekly), 965 (Minnesota quarter), 936 (Saudi monthly),
 * and invented ones of the same shapes.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// A topic named twice first, so that a figure told of nobody would fall back to it.
const TOPIC = 'Kestrel Labs is a topic here. Kestrel Labs raised funding before.';
const deals = (text: string) => readFunding({ paragraphs: [TOPIC, text] }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 38: a class or a period raised the figure, no company did', () => {
  it.each<[string, string]>([
    ['a bulleted key point, plural class', '- Startups in MENA raised $764 million in November 2023, a 390% MoM increase and a 74% YoY increase, with mega rounds dominating.'],
    ['a bullet dot', '• Startups in Kenya raised $120 million in March, down 40% on February.'],
    ['two demonyms joined', 'Australian and New Zealand enterprises raised $610 million in funding across the September quarter, as a tough economic environment limited mega-dollar deals.'],
    ['enterprises, lower case', 'Local enterprises raised $45 million in the second quarter.'],
    ['an absolute "with" clause', '• Seed funding continued to fall this week, with startups at this stage raising $3.5 million.'],
    ['a period that saw the money', 'This represented a drop of approximately 43% when compared to the preceding quarter, which saw $305 million raised.'],
    ['a headline population with its sector', 'Saudi FinTech Firms Secure $23 Million Funding in March'],
  ])('%s', (_name, text) => {
    expect(deals(text).filter(([, amount]) => amount !== null)).toEqual([]);
  });
});
