/**
 * Markup left as text (kind escaped-entity): raw tags with attributes or the
 * bare formatting tags of a body. Negative rows: prose comparisons and text
 * about markup (tutorials, code samples).
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { cleanCopy } from '../../utils/clean';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
];

const POSITIVE: Array<{ name: string; line: string; tag: string }> = [
  // Unseen fixture 05: a CMS turned the attribute quotes typographic, so the tag was printed.
  { name: 'anchor with typographic quotes', line: 'Our <a href=”https://forms.gle/k4Ji2Ch7zdrn7o2p6”>survey of VCs in Brussels will capture how the city is faring.', tag: '<a href=”https://forms.gle/k4Ji2Ch7zdrn7o2p6”>' },
  { name: 'image tag with straight quotes', line: 'The robot arm is shown below. <img src="https://example.com/arm.jpg" alt="arm"> It lifts 20 kilograms.', tag: '<img src="https://example.com/arm.jpg" alt="arm">' },
  { name: 'closing div in prose', line: 'Sales rose 20 percent in the quarter, the company said.</div>', tag: '</div>' },
  { name: 'line break tag in prose', line: 'Sales rose 20 percent in the quarter.<br>Profit fell.', tag: '<br>' },
];

const NEGATIVE: Array<{ name: string; line: string }> = [
  { name: 'comparison signs in prose', line: 'If a < b and b > c, the model says the price must fall, he said.' },
  { name: 'a tag named in a tutorial', line: 'Wrap the image in a <figure> element and add a caption.' },
  { name: 'a code sample', line: '<!DOCTYPE html> <html> <head> <title>Test</title> </head> <body> <div id="mocha"></div> </body> </html>' },
  { name: 'an arrow and a quote', line: 'Revenue <-> costs: “<10%” of sales went to marketing.' },
];

describe('raw markup: flagged', () => {
  it.each(POSITIVE)('$name', ({ line, tag }) => {
    const paragraphs = [...BODY, line];
    const found = findArtifacts({ paragraphs });
    const hit = found.find((a) => a.kind === 'escaped-entity' && a.text === tag);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit!.fix).toBe('');
    expect(cleanCopy({ paragraphs }, found, 'text').text).not.toContain(tag);
  });
});

describe('raw markup: prose and text about markup stay', () => {
  it.each(NEGATIVE)('$name', ({ line }) => {
    expect(findArtifacts({ paragraphs: [...BODY, line] }).filter((a) => a.kind === 'escaped-entity')).toEqual([]);
  });
});
