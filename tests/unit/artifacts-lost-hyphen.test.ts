import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by Sequoia.',
  'The company plans to use the proceeds to hire engineers in London and expand its factories in Ohio.',
];
const hyphens = (...extra: string[]) => findArtifacts({ paragraphs: [...BODY, ...extra] }).filter((a) => a.kind === 'lost-hyphen').map((a) => [a.text, a.fix]);

describe('lost hyphens after a name, decided by the name written elsewhere', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['a place and "based"', 'The Londonbased firm employs 300 people.', [['Londonbased', 'London-based']]],
    ['an investor and "led", the investor named twice', 'Sequoia has backed the firm before; the Sequoialed round closed in May.', [['Sequoialed', 'Sequoia-led']]],
    ['an exchange and "listed"', 'Shares of the Nasdaqlisted rival fell after Nasdaq halted trading.', [['Nasdaqlisted', 'Nasdaq-listed']]],
    ['a camel-case investor and "backed"', 'SoftBank invested too, and the SoftBankbacked rival said sales rose.', [['SoftBankbacked', 'SoftBank-backed']]],
  ])('%s', (_name, line, expected) => {
    expect(hyphens(line)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a prefix word', 'Underfunded schools and Overpowered rivals were the topic. Under the plan, Over time it grows.'],
    ['a verb that ends like the suffix', 'Misled investors sued. Bundled offers sold well. Kindled hope remained.'],
    ['a name never written alone', 'The Parisbased firm employs 300 people.'],
    ['"led" after a name written once', 'Kind words came in. Kindled interest followed.'],
    ['the hyphen kept', 'The London-based firm and the Sequoia-led round were both named.'],
    ['standard closed words', 'Crowdfunded projects and Homemade tools were shown.'],
  ])('not: %s', (_name, line) => {
    expect(hyphens(line)).toEqual([]);
  });
});
