/**
 * The rounds overview of a roundup page in the real popup (380 px): each round's button stays
 * inside the card. `.round-pick` resets every property (`all: unset`), box-sizing included, so its
 * `width: 100%` plus its padding ran 12 px past the card's right edge; its hover and focus
 * background showed it (reader review, session 15, on funding-dev 09, "10 rounds in this article").
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { launchWithExtension, type Session } from './harness';
import { openCardTab, tabIdOf } from './popup-page';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FUNDING_DEV = resolve(ROOT, '../shared/corpus/funding-dev');
const PAGE = '09-ten-companies-raised-dec-2024-crn.html';
const available = existsSync(resolve(FUNDING_DEV, PAGE));

let session: Session;
let server: { url: string; close: () => Promise<void> } | undefined;
let view: Page;

beforeAll(async () => {
  if (!available) return;
  server = await startStaticServer({ '/': FUNDING_DEV }, 0);
  session = await launchWithExtension(inject('testExtensionDir'));
  const article = (await session.browser.pages())[0] ?? (await session.browser.newPage());
  await article.goto(`${server.url}/${PAGE}`, { waitUntil: 'load' });
  view = await openCardTab(session, await tabIdOf(session, `${server.url}/${PAGE}`));
  // A busy machine may refuse the first (cold) reading after its time budget: Retry, as a reader would.
  for (let i = 0; i < 2 && (await view.$('.status-action')); i++) {
    await view.click('.status-action');
    await view.waitForFunction(() => !!document.querySelector('.rounds-overview, .status-action'), { timeout: 90_000 });
  }
  await view.waitForSelector('.rounds-overview .round-pick', { timeout: 90_000 });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe.skipIf(!available)('the rounds overview at 380 px', () => {
  it('every round button lies inside the list (and the card), left and right', async () => {
    const boxes = await view.$$eval('.rounds-overview .round-pick', (picks) =>
      picks.map((p) => {
        const r = p.getBoundingClientRect();
        const list = p.closest('.rounds-list')!.getBoundingClientRect();
        const card = p.closest('.card')!.getBoundingClientRect();
        return { left: r.left, right: r.right, listLeft: list.left, listRight: list.right, cardRight: card.right, text: p.textContent ?? '' };
      }),
    );
    expect(boxes.length).toBeGreaterThan(1);
    for (const b of boxes) {
      expect(b.right, b.text).toBeLessThanOrEqual(b.listRight + 0.5);
      expect(b.right, b.text).toBeLessThanOrEqual(b.cardRight + 0.5);
      expect(b.left, b.text).toBeGreaterThanOrEqual(b.listLeft - 0.5);
    }
  });

  it('a round button still spans the list (its hover background is a full row)', async () => {
    const widths = await view.$$eval('.rounds-overview .round-pick', (picks) => picks.map((p) => p.getBoundingClientRect().width - p.closest('.rounds-list')!.getBoundingClientRect().width));
    for (const w of widths) expect(Math.abs(w)).toBeLessThanOrEqual(0.5);
  });

  it('the page is not scrolled sideways', async () => {
    expect(await view.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });
});
