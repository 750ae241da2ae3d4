import { describe, expect, it } from 'vitest';
import { isRoundupMessage, MAX_ARTICLE_CHARS, requestTab } from '../../utils/messages';

const SOURCE = { input: null, url: 'https://example.com/a', title: 'A title', byline: null, siteName: null, publishedTime: null, lang: 'en' };
const ARTICLE = { paragraphs: ['Acme raised $5 million.', 'It was led by Example Ventures.'], source: SOURCE, excerpt: null };

describe('isRoundupMessage accepts every well-formed message', () => {
  it.each([
    [{ type: 'get-summary' }],
    [{ type: 'get-paragraphs' }],
    [{ type: 'toggle-highlights' }],
    [{ type: 'set-highlights', enabled: true }],
    [{ type: 'set-highlights', enabled: false, categories: { round: false, artifact: true } }],
    [{ type: 'scroll-to', findingId: 'deal-0-amount' }],
    [{ type: 'scroll-to', findingId: 'deal-0-amount', step: 1 }],
    [{ type: 'scroll-to', findingId: 'deal-0-amount', step: -1 }],
    [{ type: 'analysis-done', deals: 0 }],
    [{ type: 'analysis-done', deals: 3 }],
    [{ type: 'read-article', article: ARTICLE }],
    [{ type: 'read-article', article: { ...ARTICLE, paragraphs: [], excerpt: 'An excerpt.' } }],
  ])('%j', (message) => expect(isRoundupMessage(message)).toBe(true));
});

describe('isRoundupMessage rejects anything else (negatives)', () => {
  it.each([
    [null],
    [undefined],
    ['get-summary'],
    [42],
    [[{ type: 'get-summary' }]],
    [{}],
    [{ type: 'unknown' }],
    [{ type: 'GET-SUMMARY' }],
    ['get-paragraphs'],
    [{ type: 'get_paragraphs' }],
    [{ type: 'Get-Paragraphs' }],
    [{ type: 'set-highlights' }],
    [{ type: 'set-highlights', enabled: 'yes' }],
    [{ type: 'set-highlights', enabled: true, categories: { nonsense: true } }],
    [{ type: 'set-highlights', enabled: true, categories: { round: 'no' } }],
    [{ type: 'set-highlights', enabled: true, categories: ['round'] }],
    [{ type: 'scroll-to' }],
    [{ type: 'scroll-to', findingId: '' }],
    [{ type: 'scroll-to', findingId: 'x'.repeat(500) }],
    [{ type: 'scroll-to', findingId: 'deal-0-amount', step: 2 }],
    [{ type: 'scroll-to', findingId: 'deal-0-amount', step: '1' }],
    [{ type: 'analysis-done', deals: -1 }],
    [{ type: 'analysis-done', deals: 1.5 }],
    [{ type: 'analysis-done', deals: '2' }],
    [{ type: 'read-article' }],
    [{ type: 'read-article', article: { ...ARTICLE, paragraphs: 'Acme raised $5 million.' } }],
    [{ type: 'read-article', article: { ...ARTICLE, paragraphs: ['ok', 42] } }],
    [{ type: 'read-article', article: { ...ARTICLE, excerpt: 7 } }],
    [{ type: 'read-article', article: { ...ARTICLE, source: undefined } }],
    [{ type: 'read-article', article: { ...ARTICLE, source: { ...SOURCE, title: { toString: 'x' } } } }],
    [{ type: 'read-article', article: { ...ARTICLE, source: { ...SOURCE, url: undefined } } }],
  ])('%j', (message) => expect(isRoundupMessage(message)).toBe(false));

  it('an article over MAX_ARTICLE_CHARS (more text than any page the content script reads)', () => {
    const half = 'x'.repeat(MAX_ARTICLE_CHARS / 2);
    expect(isRoundupMessage({ type: 'read-article', article: { ...ARTICLE, paragraphs: [half, half] } })).toBe(true);
    expect(isRoundupMessage({ type: 'read-article', article: { ...ARTICLE, paragraphs: [half, half, 'x'] } })).toBe(false);
  });
});

describe('requestTab', () => {
  it('sends the message to the given tab and returns the answer', async () => {
    const sent: Array<[number, unknown]> = [];
    const tabs = {
      sendMessage: async (tabId: number, message: unknown) => {
        sent.push([tabId, message]);
        return { found: true };
      },
    };
    await expect(requestTab(tabs, 7, { type: 'scroll-to', findingId: 'investor-1' })).resolves.toEqual({ found: true });
    expect(sent).toEqual([[7, { type: 'scroll-to', findingId: 'investor-1' }]]);
  });
  it('passes a failure (no content script) on to the caller', async () => {
    const tabs = { sendMessage: async () => Promise.reject(new Error('Receiving end does not exist.')) };
    await expect(requestTab(tabs, 1, { type: 'get-summary' })).rejects.toThrow(/Receiving end/);
  });
});
