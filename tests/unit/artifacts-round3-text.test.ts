/**
 * Text-level detectors, round 3: mojibake through code pages other than
 * Windows-1252 (Thai, Cyrillic, Central European, Turkish, Mac Roman), and
 * site furniture families (archive and feed chrome, browse calls to action,
 * conditional subscribe prompts, donation appeals, tag lines, button labels
 * in other languages, bare counters under the headline). Each row is a form
 * a real scraped page printed; the clean twins are in the .negatives file.
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { decodeRun } from '../../utils/artifacts/mojibake';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];
const of = (kind: string, paragraphs: string[]) => findArtifacts({ paragraphs }).filter((a) => a.kind === kind);

describe('UTF-8 read through another code page: flagged with the repair', () => {
  it.each([
    ['Thai Windows-874 euro sign', 'Imburse raised a โ‚ฌ10m Series A from a group of investors.', 'โ‚ฌ', '€'],
    ['Thai Windows-874 pound sign before a figure', 'Neon raised ยฃ3.9m in an hour via crowdfunding, the company said.', 'ยฃ', '£'],
    ['Thai Windows-874 flag emoji', '๐Ÿ‡ช๐Ÿ‡บ Nuri raised money led by Earlybird Ventures this week.', '๐Ÿ‡ช๐Ÿ‡บ', '🇪🇺'],
    ['Cyrillic Windows-1251 apostrophe', 'The founder said the company donвЂ™t need more money this year.', 'вЂ™', '’'],
    ['Cyrillic Windows-1251 euro sign', 'The round brought in в‚¬5m from angels and two funds in Berlin.', 'в‚¬', '€'],
    ['Central European Windows-1250 accented letter', 'The founders met at a cafĂ© in Prague before they raised the seed round.', 'Ă©', 'é'],
    ['Turkish Windows-1254 emoji', 'ğŸš€ Launch week: the startup shipped three products and raised a round.', 'ğŸš€', '🚀'],
    ['Mac Roman curly quotes', 'The chief executive called it ‚Äúa turning point‚Äù for the company and its staff.', '‚Äú', '“'],
  ])('%s', (_name, line, text, fix) => {
    const found = of('mojibake', [...BODY, line]);
    expect(found.map((a) => [a.text, a.fix])).toContainEqual([text, fix]);
  });

  it('an emoji whose last byte the code page could not hold: flagged, no repair', () => {
    const found = of('mojibake', [...BODY, 'If you enjoy reading this, tell a friend ๐Ÿ™', 'Tweet of the week ๐Ÿฆ‰๐Ÿ†']);
    expect(found.map((a) => [a.text, a.fix])).toEqual([['๐Ÿ™', null], ['๐Ÿฆ‰๐Ÿ†', null]]);
  });

  it('non-breaking space read as Greek capital beta: every copy, each with its repair', () => {
    const found = of('mojibake', [...BODY, 'It was a roller coaster year for tech. Β In the month of April, cuts slowed.', 'Levels were the lowest since the dot-com era.Β We end the year here.']);
    expect(found.map((a) => [a.text, a.fix])).toEqual([['Β', ''], ['Β', '']]);
  });
});

describe('decodeRun: bytes of a run read back as UTF-8', () => {
  const page = (table: string): Map<string, number> => new Map([...table].map((c, k) => [c, 0x80 + k]));
  // Windows-1251's bytes 0x80–0xFF.
  const cp1251 = page('ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—˜™љ›њќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя');
  it.each([
    ['a whole sequence', 'вЂ™', { fix: '’' }],
    ['two sequences', 'вЂњвЂќ', { fix: '“”' }],
    ['a Russian word: not UTF-8', 'Привет', null],
    ['a lead byte whose character is not a symbol (Cyrillic)', 'Рџ', null],
    ['a lone continuation byte', '™', null],
  ])('%s', (_name, run, expected) => {
    expect(decodeRun(run, cp1251)).toEqual(expected);
  });
});
