/**
 * Windows-1252 double encodings (French and English), bytes lost on the way
 * ("Ã " for "à", "â€" for "”"), text encoded three times, and apostrophes
 * turned into question marks. Positives with the repair; negatives are the
 * accents, question marks and addresses a clean article writes.
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
];
const moji = (line: string) => findArtifacts({ paragraphs: [...BODY, line] }).filter((a) => a.kind === 'mojibake').map((a) => [a.text, a.fix]);

describe('mojibake: flagged with the repair', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    // Every "Ã©" of the text flagged alike, three of them: one finding for all (its message counts them; artifacts-copies).
    ['French acute accents', 'La sociÃ©tÃ© lyonnaise a levÃ© 5 millions.', [['Ã©', 'é']]],
    ['French acute accents, two places', 'La sociÃ©tÃ© lyonnaise a levé 5 millions.', [['Ã©', 'é'], ['Ã©', 'é']]],
    ['grave accent and circumflex', 'Il Ã¨tait prÃªt.', [['Ã¨', 'è'], ['Ãª', 'ê']]],
    ['à with its non-breaking space kept', 'BasÃ©e Ã\u00a0Paris.', [['Ã©', 'é'], ['Ã\u00a0', 'à']]],
    ['à whose non-breaking space became a space', 'La start-up est basÃ©e Ã  Paris.', [['Ã©', 'é'], ['Ã ', 'à']]],
    ['à with a single space left', 'Elle vend Ã Lyon.', [['Ã', 'à']]],
    ['curly quotes', 'He said â€œwe are readyâ€\u009d on Friday.', [['â€œ', '“'], ['â€\u009d', '”']]],
    ['closing quote whose last byte was lost', 'He said â€œwe are readyâ€ on Friday.', [['â€œ', '“'], ['readyâ€', 'ready”']]],
    ['closing quote with a replacement character', 'He said â€œwe are readyâ€\uFFFD on Friday.', [['â€œ', '“'], ['readyâ€\uFFFD', 'ready”']]],
    ['pound sign', 'It raised Â£5 million.', [['Â£', '£']]],
    ['encoded three times', 'The chairmanÃ¢â‚¬â„¢s plan.', [['Ã¢â‚¬â„¢', '’']]],
    ['apostrophes as double question marks', 'The CEO don??t want it, the company??s plan.', [['don??t', 'don’t'], ['company??s', 'company’s']]],
    ['apostrophes as single question marks', 'We?re sure it?s the company?s plan, and they?ll see.', [['We?re', 'We’re'], ['it?s', 'it’s'], ['company?s', 'company’s'], ['they?ll', 'they’ll']]],
    ['French elisions as question marks', 'L?entreprise qu?il dirige a levé 5 millions d?euros.', [['L?entreprise', 'L’entreprise'], ['qu?il', 'qu’il'], ['d?euros', 'd’euros']]],
  ])('%s', (_name, line, expected) => {
    expect(moji(line)).toEqual(expected);
  });
});

describe('mojibake: clean look-alikes stay', () => {
  it.each([
    ['Portuguese capitals', 'The SÃO PAULO office and São Paulo staff grew.'],
    ['accents written correctly', 'La société lyonnaise, basée à Paris, a levé 5 millions d’euros.'],
    ['a question and an exclamation', 'Really?? she asked. What?! he said. Is it? Sure.'],
    ['a query string', 'Search at example.com/search?s=robots&t=1 for more.'],
    ['a question mark before a word without a space', 'Is it true?Some say yes.'],
    ['a French question', 'Est-ce vrai ? Oui, dit-il.'],
    ['a Spanish question', '¿Qué pasa? dijo el fundador.'],
    ['a URL with a single-letter path', 'See https://example.com/l?a=1 for the filing.'],
    ['a diaeresis and a cedilla', 'A naïve façade, the Noël sale and the Zürich office.'],
  ])('%s', (_name, line) => {
    expect(moji(line)).toEqual([]);
  });
});
