import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];
const captions = (paragraphs: string[]) => findArtifacts({ paragraphs }).filter((a) => a.kind === 'duplicated-caption').map((a) => a.text);

describe('duplicated captions: one copy cut short or credited differently', () => {
  it.each<[string, string[], string]>([
    ['a copy cut with an ellipsis', ['A worker checks a robot arm at the Acme plant in Dayton, Ohio, on Monday. (AP Photo/John Roe)', ...BODY.slice(0, 2), 'A worker checks a robot arm at the Acme plant in Dayton, Oh…', BODY[2]!], 'A worker checks a robot arm at the Acme plant in Dayton, Oh…'],
    ['a copy cut without punctuation', ['A worker checks a robot arm at the Acme plant in Dayton, Ohio, on Monday. Photo: Jane Doe / Reuters', ...BODY, 'A worker checks a robot arm at the Acme plant in Dayton'], 'A worker checks a robot arm at the Acme plant in Dayton'],
    ['the credit written in another form', ['A worker checks a robot arm at the Acme plant in Dayton, Ohio. (AP Photo/John Roe)', ...BODY, 'A worker checks a robot arm at the Acme plant in Dayton, Ohio. Photo: John Roe, AP'], 'A worker checks a robot arm at the Acme plant in Dayton, Ohio. Photo: John Roe, AP'],
  ])('%s', (_name, paragraphs, text) => {
    expect(captions(paragraphs)).toContain(text);
  });

  it.each<[string, string[]]>([
    ['a body sentence that opens like the caption', ['A worker checks a robot arm at the Acme plant in Dayton, Ohio. (AP Photo/John Roe)', ...BODY, 'A worker checks a robot arm at the Acme plant in Dayton, Ohio, every hour, the company said.']],
    ['two captions of two photos that start alike', ['A worker checks a robot arm at the Acme plant in Dayton, Ohio, on Monday. (AP Photo/John Roe)', ...BODY, 'A worker checks a robot arm at the Acme plant in Dayton, Ohio, on Friday. (AP Photo/John Roe)']],
    ['a headline printed as page title and heading', ['Acme Robotics raises new money to build warehouse robots in Ohio', 'Acme Robotics raises new money to build warehouse robots in Ohio and Texas', ...BODY]],
  ])('not: %s', (_name, paragraphs) => {
    expect(captions(paragraphs)).toEqual([]);
  });
});
