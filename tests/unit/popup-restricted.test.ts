import { describe, expect, it } from 'vitest';
import { injectionFailure, restrictedReason } from '../../entrypoints/popup/restricted';
import { readVisibility, ALL_VISIBLE } from '../../utils/categories';

describe('restrictedReason: pages no extension may read', () => {
  it.each([
    ['chrome://extensions/', /browser page/],
    ['chrome://newtab/', /browser page/],
    ['edge://settings', /browser page/],
    ['about:blank', /browser page/],
    ['view-source:https://example.com/', /browser page/],
    ['chrome-extension://abcdef/popup.html', /extension/],
    ['https://chromewebstore.google.com/detail/x/abc', /extension store/],
    ['https://chrome.google.com/webstore/detail/abc', /extension store/],
    ['https://example.com/report.pdf', /PDF/],
    ['file:///home/me/paper.PDF', /PDF/],
    ['data:text/html,hello', /web address/],
  ])('%s', (url, expected) => expect(restrictedReason(url)).toMatch(expected));
});

describe('restrictedReason: pages Roundup may try (negatives)', () => {
  it.each([
    ['https://www.example.com/news/startup-raises-10m'],
    ['http://127.0.0.1:5190/'],
    ['https://chrome.google.com/intl/en/chrome/'],
    ['https://example.com/pdf-tools/overview'],
    ['file:///home/me/article.html'],
    [''],
    [undefined],
    ['not a url'],
  ])('%s', (url) => expect(restrictedReason(url)).toBeNull());
});

describe('injectionFailure: a sentence for executeScript errors', () => {
  it.each([
    ['file:///home/me/a.html', new Error('Cannot access contents of url "file:///home/me/a.html". Extension manifest must request permission to access this host.'), true, /Allow access to file URLs/],
    [undefined, new Error('Cannot access a chrome:// URL'), true, /browser page/],
    [undefined, new Error('The extensions gallery cannot be scripted.'), true, /extension store/],
    ['https://example.com/', new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'), true, /does not let Roundup/],
    ['https://example.com/', new Error('No tab with id: 12.'), false, /tab went away/],
    ['https://example.com/', new Error('Something odd'), false, /Something odd/],
  ])('%s %s', (url, error, restricted, message) => {
    const failure = injectionFailure(url, error);
    expect(failure.restricted).toBe(restricted);
    expect(failure.message).toMatch(message);
  });
});

describe('readVisibility: stored category switches', () => {
  it.each([
    [undefined, ALL_VISIBLE],
    [null, ALL_VISIBLE],
    ['junk', ALL_VISIBLE],
    [{ round: false }, { ...ALL_VISIBLE, round: false }],
    [{ round: 'no', bogus: false, artifact: false }, { ...ALL_VISIBLE, artifact: false }],
  ])('%j', (stored, expected) => expect(readVisibility(stored)).toEqual(expected));
});
