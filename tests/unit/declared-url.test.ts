import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { declaredUrl } from '../../utils/declared-url';

function docOf(head: string): Document {
  return parseHTML(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`).document as unknown as Document;
}

describe('declaredUrl: the address a saved page declares', () => {
  it.each([
    ['canonical link', '<link rel="canonical" href="https://betakit.com/a-round/">', 'https://betakit.com/a-round/'],
    ['og:url', '<meta property="og:url" content="https://www.smartcompany.com.au/x">', 'https://www.smartcompany.com.au/x'],
    ['a saver\'s source-url', '<meta name="source-url" content="https://www.maddyness.com/2024/01/x/">', 'https://www.maddyness.com/2024/01/x/'],
    ['canonical wins over og:url', '<meta property="og:url" content="https://b.example/"><link rel="canonical" href="https://a.example/">', 'https://a.example/'],
    ['an unusable canonical falls through to the next', '<link rel="canonical" href="/relative/path"><meta name="source-url" content="https://c.example/p">', 'https://c.example/p'],
  ])('%s', (_why, head, want) => expect(declaredUrl(docOf(head))).toBe(want));

  it.each([
    ['no declaration', '<title>x</title>'],
    ['a relative address', '<link rel="canonical" href="/2024/x">'],
    ['a script address', '<link rel="canonical" href="javascript:alert(1)">'],
    ['a data address', '<meta property="og:url" content="data:text/html,hi">'],
    ['an empty one', '<meta name="source-url" content="  ">'],
    ['a huge one', `<link rel="canonical" href="https://x.example/${'a'.repeat(5000)}">`],
  ])('none for %s', (_why, head) => expect(declaredUrl(docOf(head))).toBeNull());
});
