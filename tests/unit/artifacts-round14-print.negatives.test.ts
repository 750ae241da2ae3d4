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

describe('not lost hyphens: real words, kept hyphens and brands with inner capitals', () => {
  it.each<[string, string]>([
    ['kept hyphens', 'A 46-year-old driver and a 3-month-old program, quick-moving and far-reaching.'],
    ['standard closed words', 'The hardworking staff highlighted the shortlisted, wholehearted bids.'],
    ['participles with a short stem', 'Prices lowered, talks shortened and farming slowed; the slowdown deepened.'],
    ['brands with inner capitals', 'YouTube, McDonald and BlackRock rose; LinkedIn and PayPal fell.'],
    ['a brand repeated', 'Shares of CrowdStrike rose. Analysts at Crowd said CrowdStrike would gain.'],
    ['a brand whose half is a common noun', 'Sony sold the PlayStation at a loss; Google Play and the station wagon sold well.'],
    ['a glued caption, not a modifier', 'Jacob Elordi and Talia Ryder in The Sweet EastJacob Elordi and Talia Ryder in East Jersey.'],
    ['an outlet name in brackets', 'Copyright China Daily (ChinaDaily) of China, all rights reserved.'],
    ['a camel-case name never written alone', 'The DoorDash courier arrived late.'],
    ['a French number written with a space or "et"', 'Il a vingt et un ans et dix ans de métier; le vingtième siècle.'],
    ['French compass compounds with their hyphen, and words starting alike', 'Le groupe sud-coréen, la Nordique et le sudiste; nord-est, northeast et Sudeste.'],
    ['words that end like an age', 'The bold, cold and household goods were sold.'],
  ])('%s', (_name, line) => {
    expect(found('lost-hyphen', line)).toEqual([]);
  });
});
