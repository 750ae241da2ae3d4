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

describe('not mojibake: real question marks and product names with a lower-case first letter', () => {
  it.each<[string, string]>([
    ['a question at a sentence end', 'Is the deal good for shareholders? Analysts think so.'],
    ['a quoted question', '“Why now?” asked the chief executive, “and why here?”'],
    ['a query string', 'Read more at example.com/news?story=acme and at site.com?ref=home today.'],
    ['a ternary in a tech article', 'The shorthand x?y:z picks one of two values.'],
    ['a lost space after a question', 'Who pays?The taxpayer, as usual.'],
    ['a product family with "i"', 'Apple sold more iPhone, iPad, iMac and iPod units this quarter.'],
    ['a VMware family with "v"', 'The update covers vSphere, vCenter, vSAN and vMotion.'],
    ['one brand repeated', 'nCino rose 5%. Analysts said nCino would gain; nCino declined to comment.'],
    ['a French question', 'Faut-il réformer la retraite ? Le gouvernement le pense.'],
  ])('%s', (_name, line) => {
    expect(found('mojibake', line)).toEqual([]);
  });
});
