import { describe, expect, it } from 'vitest';
import { isRoundupMessage, requestTab } from '../../utils/messages';

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
  ])('%j', (message) => expect(isRoundupMessage(message)).toBe(false));
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
