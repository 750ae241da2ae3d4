import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by Sequoia.',
  'The company plans to use the proceeds to hire engineers in London and expand its factories in Ohio.',
];
const found = (kind: string, ...extra: string[]) =>
  findArtifacts({ paragraphs: [...BODY, ...extra] }).filter((a) => a.kind === kind).map((a) => a.text);

describe('not escaped markup', () => {
  it.each<[string, string]>([
    ['a code sample writing an escape', 'In JavaScript, const s = "caf\\u00e9"; prints the accented word.'],
    ['a Windows path', 'The file sits in C:\\Users\\xavier\\Documents on the old laptop.'],
    ['a control character escape', 'The parser chokes on \\u0000 bytes in the feed.'],
    ['a backslash in prose', 'Type a backslash (\\) before the quote, then press enter.'],
    ['a comparison in prose', 'The score was a < b and b > c in the model.'],
  ])('%s', (_name, line) => {
    expect(found('escaped-entity', line)).toEqual([]);
  });
});
