/**
 * Review of session 22, R4, in real Chromium: a page that names no site (no og:site_name, no byline) showed
 * only "N words" under its title. The card now names the host of the page's address (as the content script
 * read it, no permission added), as text; a page that names its site keeps its own name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { watchErrors } from './harness';
import { STORY_A, storyPage } from './fixtures/big/articles';
import { useStorySession } from './story-session';

const WAIT_MS = 90_000;

const NAMED = storyPage(STORY_A).replace('</head>', '<meta property="og:site_name" content="Loopback Daily"></head>');

const rig = useStorySession({ '/no-site.html': storyPage(STORY_A), '/named-site.html': NAMED });

let open: Page | null = null;
afterEach(async () => {
  await open?.close().catch(() => undefined);
  open = null;
});

/** The card's meta lines under the title, as text, and whether any holds an element (markup). */
async function metaOf(popup: Page): Promise<{ lines: string[]; markup: boolean }> {
  return popup.$$eval('header.article .article-meta', (els) => ({
    lines: els.map((el) => el.textContent ?? ''),
    markup: els.some((el) => el.children.length > 0),
  }));
}

describe('review35b: the card names the site, else the address’s host', () => {
  it('a page with no site name: the host on the meta line, as text', async () => {
    const popup = (open = await rig.openCard('/no-site.html', WAIT_MS));
    const errors = watchErrors(popup);
    const { lines, markup } = await metaOf(popup);
    expect(new URL(rig.url).hostname).toBe('127.0.0.1');
    expect(lines[0]?.split(' · ')[0]).toBe('127.0.0.1');
    expect(lines.at(-1)).toMatch(/^[\d,]+ words$/);
    expect(markup).toBe(false);
    expect(errors).toEqual([]);
  });

  it('negative: a page naming its site shows its name, not the host', async () => {
    const popup = (open = await rig.openCard('/named-site.html', WAIT_MS));
    const { lines } = await metaOf(popup);
    expect(lines[0]?.split(' · ')[0]).toBe('Loopback Daily');
    expect(lines.join(' ')).not.toContain('127.0.0.1');
  });
});
