import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../utils/sentences';

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['Two sentences.', 'It raised $5m. The round was led by Acme.', ['It raised $5m.', 'The round was led by Acme.']],
    ['closing quote stays with its sentence', '“We are glad,” he said. “It helps.” She agreed.', ['“We are glad,” he said.', '“It helps.”', 'She agreed.']],
    ['decimal numbers', 'It raised $4.5 billion. Next.', ['It raised $4.5 billion.', 'Next.']],
    ['honorifics', 'Mr. Smith said Dr. Jones agreed. Then he left.', ['Mr. Smith said Dr. Jones agreed.', 'Then he left.']],
    ['initials', 'J. R. R. Tolkien wrote it. Yes.', ['J. R. R. Tolkien wrote it.', 'Yes.']],
    ['U.S. mid-sentence', 'The U.S. Treasury said so. Fine.', ['The U.S. Treasury said so.', 'Fine.']],
    ['corporate suffix before a name', 'Shares of Acme Inc. Holdings rose.', ['Shares of Acme Inc. Holdings rose.']],
    ['corporate suffix ending a sentence', 'It was led by Acme Inc. The company said.', ['It was led by Acme Inc.', 'The company said.']],
    ['Series A. ends a sentence', 'It closed a Series A. Investors cheered.', ['It closed a Series A.', 'Investors cheered.']],
    ['question and exclamation', 'Why? Because! Done.', ['Why?', 'Because!', 'Done.']],
    ['lower-case after a period is not a new sentence', 'It cost approx. five dollars.', ['It cost approx. five dollars.']],
    ['rupee abbreviation before a figure', 'It paid Rs. 1,234.5 crore. Then it grew.', ['It paid Rs. 1,234.5 crore.', 'Then it grew.']],
    // A lost space is a sentence end now (round 3); what matters is that "Rs." stays with its amount.
    ['abbreviation glued to the previous sentence by a lost space', 'It is valued at $1 billion.Rs. 1,234.5 came later.', ['It is valued at $1 billion.', 'Rs. 1,234.5 came later.']],
    // Fuzzing: after a unit glued to its figure ("$600m."), the glued "Rs." was split from its amount.
    ['abbreviation glued after a unit glued to its figure', 'It is valued at $600m.Rs. 0 came later.', ['It is valued at $600m.Rs. 0 came later.']],
    ['French', 'La start-up lève 30 millions d’euros. Elle compte recruter.', ['La start-up lève 30 millions d’euros.', 'Elle compte recruter.']],
  ])('%s', (_name, paragraph, expected) => {
    expect(texts(paragraph)).toEqual(expected);
  });

  it('returns exact spans of the paragraph', () => {
    const p = '  First one.   Second one.  ';
    for (const s of splitSentences(p)) expect(p.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns nothing for blank input', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});
