/**
 * axe-core on the card for the sample article, light and dark, with every
 * collapsible section open (so the contrast of what is inside is checked
 * too): no serious or critical violation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type Session } from './harness';
import { openCardTab, tabIdOf } from './popup-page';

const baseUrl = inject('baseUrl');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

let session: Session;
let view: Page;

/** Serious and critical violations on the page now, one line each (rule, element, why). */
async function seriousViolations(page: Page): Promise<string[]> {
  // Runtime.evaluate is not subject to the extension page's CSP (an injected <script> would be).
  await page.evaluate(AXE);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`));
}

beforeAll(async () => {
  session = await launchWithExtension(inject('testExtensionDir'));
  const article = (await session.browser.pages())[0] ?? (await session.browser.newPage());
  await article.goto(`${baseUrl}/`, { waitUntil: 'load' });
  view = await openCardTab(session, await tabIdOf(session, `${baseUrl}/`));
  await view.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
});

afterAll(async () => {
  await session?.close();
});

describe('accessibility of the card (axe-core)', () => {
  it.each(['light', 'dark'] as const)('%s: no serious or critical violations', async (scheme) => {
    await view.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    expect(await view.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    expect(await view.$$eval('details', (ds) => ds.length)).toBeGreaterThan(0);
    expect(await seriousViolations(view)).toEqual([]);
  });

  it('can be operated from the keyboard: every control is reachable with Tab, in reading order', async () => {
    await view.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen: Array<{ top: number; text: string }> = [];
    for (let i = 0; i < 200; i += 1) {
      await view.keyboard.press('Tab');
      // Stop when focus leaves the card or comes back round to a control already visited.
      const at = await view.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body || el.dataset.tabbed) return null;
        el.dataset.tabbed = '1';
        const label = el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '';
        return { top: el.getBoundingClientRect().top + window.scrollY, text: label.trim() };
      });
      if (!at) break;
      seen.push(at);
    }
    const texts = seen.map((s) => s.text);
    expect(texts).toEqual(expect.arrayContaining(['Save to log', 'Open deal log', 'Copy rich', 'Copy clean text', 'Highlight findings on the page']));
    expect(texts[0]).toMatch(/^Show on page: SenseTime/); // the headline deal comes first
    expect(texts.at(-1)).toBe('Copy clean text');
    // Reading order: focus never jumps back up the card by more than a line.
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]!.top).toBeGreaterThanOrEqual(seen[i - 1]!.top - 30);
  });
});
