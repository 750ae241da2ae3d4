// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { anchor, buildTextIndex, decodeEntities, normalizeForMatch, type AnchorTarget } from '../../utils/anchor';

function setBody(html: string): void {
  document.body.innerHTML = html;
}

/** The text each range covers, as the page has it (whitespace squeezed for comparison). */
function found(target: AnchorTarget): string[] {
  const index = buildTextIndex(document.body);
  return anchor(index, target).map((r) => r.toString().replace(/[\s\u00a0]+/g, ' '));
}

beforeEach(() => setBody(''));

describe('anchor: found', () => {
  const rows: Array<{ name: string; html: string; target: AnchorTarget; expected: string[] }> = [
    { name: 'plain text', html: '<p>SenseTime raised $600 million on Monday.</p>', target: { text: '$600 million' }, expected: ['$600 million'] },
    { name: 'split across inline elements', html: '<p>led by <a href="#">Alibaba <em>Group</em></a> Holding Ltd, it said</p>', target: { text: 'Alibaba Group Holding Ltd' }, expected: ['Alibaba Group Holding Ltd'] },
    { name: 'nbsp in the page', html: '<p>raised $600&nbsp;million in</p>', target: { text: '$600 million' }, expected: ['$600\u00a0million'.replace(/\u00a0/, ' ')] },
    { name: 'soft hyphen in the page', html: '<p>the Sense\u00adTime deal</p>', target: { text: 'SenseTime' }, expected: ['Sense\u00adTime'] },
    { name: 'line break inside the text', html: '<p>Series C<br>round closed</p>', target: { text: 'Series C round' }, expected: ['Series Cround'] },
    { name: 'newlines and indentation in the source', html: '<p>valuation\n    exceeding   $4.5 billion</p>', target: { text: 'valuation exceeding $4.5 billion' }, expected: ['valuation exceeding $4.5 billion'] },
    { name: 'curly vs straight apostrophe', html: '<p>the world’s most valuable</p>', target: { text: "world's most" }, expected: ['world’s most'] },
    { name: 'escaped entity in the excerpt', html: '<p>their R&amp;D capabilities</p>', target: { text: 'R&amp;D capabilities' }, expected: ['R&D capabilities'] },
    { name: 'text across two paragraphs', html: '<p>First para ends.</p><p>Second starts here.</p>', target: { text: 'First para ends.\n\nSecond starts' }, expected: ['First para ends.Second starts'] },
    { name: 'paragraphs with something between', html: '<p>First para ends.</p><figure>ad</figure><p>Second starts here.</p>', target: { text: 'First para ends.\n\nSecond starts here.' }, expected: ['First para ends.', 'Second starts here.'] },
    { name: 'a name everywhere, on word boundaries', html: '<p>Alibaba led. Alibaba’s arm too.</p><p>Not Alibabas.</p>', target: { text: 'Alibaba', everywhere: true }, expected: ['Alibaba', 'Alibaba'] },
  ];
  for (const row of rows) {
    it(row.name, () => {
      setBody(row.html);
      expect(found(row.target)).toEqual(row.expected);
    });
  }
});

describe('anchor: repeated text picks the occurrence in its sentence', () => {
  it('skips a hidden copy and takes the visible one', () => {
    setBody('<style>.gone { display: none }</style><p class="gone">It raised $9 million.</p><p>It raised $9 million.</p>');
    const [range] = anchor(buildTextIndex(document.body), { text: '$9 million', context: 'It raised $9 million.' });
    expect((range?.startContainer.parentElement as HTMLElement | undefined)?.className).toBe('');
  });
  it('uses the context sentence', () => {
    setBody('<h1>SenseTime gets $600 million</h1><p>It raised $600 million led by Alibaba.</p>');
    const index = buildTextIndex(document.body);
    const [range] = anchor(index, { text: '$600 million', context: 'It raised $600 million led by Alibaba.' });
    expect(range?.startContainer.parentElement?.tagName).toBe('P');
  });
  it('scores prefix/suffix when the sentence itself is not on the page verbatim', () => {
    setBody('<p>First $5 million went to A.</p><p>Then it raised $5 million from Sequoia Capital today.</p>');
    const index = buildTextIndex(document.body);
    const [range] = anchor(index, { text: '$5 million', context: 'Then it raised $5 million from Sequoia Capital yesterday.' });
    expect(range?.startContainer.textContent).toContain('Sequoia');
  });
  it('without context takes the first', () => {
    setBody('<p>A $1 billion.</p><p>B $1 billion.</p>');
    const [range] = anchor(buildTextIndex(document.body), { text: '$1 billion' });
    expect(range?.startContainer.textContent).toBe('A $1 billion.');
  });
});

describe('anchor: not found (negatives)', () => {
  const rows: Array<{ name: string; html: string; target: AnchorTarget }> = [
    { name: 'absent text', html: '<p>Nothing about money.</p>', target: { text: '$600 million' } },
    { name: 'empty needle', html: '<p>text</p>', target: { text: '   ' } },
    { name: 'inside a script', html: '<p>hello</p><script>var x = "$600 million";</script>', target: { text: '$600 million' } },
    { name: 'inside a style', html: '<style>/* Alibaba */</style><p>x</p>', target: { text: 'Alibaba', everywhere: true } },
    { name: 'hidden element', html: '<p hidden>$600 million</p><p>shown</p>', target: { text: '$600 million' } },
    { name: 'hidden by inline style', html: '<p style="display: none">$600 million</p><p>shown</p>', target: { text: '$600 million' } },
    { name: 'hidden by a stylesheet', html: '<style>.gone { display: none }</style><p class="gone">$600 million</p>', target: { text: '$600 million' } },
    { name: 'a name inside a longer word', html: '<p>Antarctica expedition</p>', target: { text: 'Ant', everywhere: true } },
    { name: 'words from separate blocks do not join', html: '<p>Series</p><p>Cat</p>', target: { text: 'SeriesCat' } },
  ];
  for (const row of rows) {
    it(row.name, () => {
      setBody(row.html);
      expect(found(row.target)).toEqual([]);
    });
  }
});

describe('normalisation helpers', () => {
  it.each([
    ['  a \u00a0 b\n', 'a b'],
    ['co\u00adop', 'coop'],
    ['“quoted” — dash', '"quoted" - dash'],
  ])('normalizeForMatch(%j) = %j', (input, expected) => expect(normalizeForMatch(input)).toBe(expected));
  it.each([
    ['R&amp;D', 'R&D'],
    ['&#39;x&#x27;', "'x'"],
    ['&unknown; stays', '&unknown; stays'],
    ['no entity', 'no entity'],
  ])('decodeEntities(%j) = %j', (input, expected) => expect(decodeEntities(input)).toBe(expected));
});
