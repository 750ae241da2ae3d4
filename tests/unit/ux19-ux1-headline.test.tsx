// @vitest-environment happy-dom
/**
 * A long headline no longer fills the 600 px popup: the stylesheet clamps it
 * to three lines, and its full text stays in the heading (screen readers) and
 * in its title (the tooltip).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleHeader } from '../../components/ArticleHeader';

afterEach(cleanup);

const SOURCE = { input: null, url: 'https://example.com/a', title: null, byline: null, siteName: 'Example News', publishedTime: null, lang: 'en' };

describe('a long headline', () => {
  const long = 'Ærøskøbing Énergie raises $25M Series B — and a very very very very very very very very long headline that keeps going and going to test overflow in the popup header';

  it('keeps its full text in the heading (screen readers) and in its title (tooltip)', () => {
    render(<ArticleHeader source={{ ...SOURCE, title: long }} wordCount={40} />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(long);
    expect(heading.getAttribute('title')).toBe(long);
  });

  it('an untitled page says so in both', () => {
    render(<ArticleHeader source={SOURCE} wordCount={0} />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Untitled page');
    expect(heading.getAttribute('title')).toBe('Untitled page');
  });

  it('is clamped to three lines by the popup’s stylesheet', () => {
    const css = readFileSync(resolve(process.cwd(), 'entrypoints/popup/style.css'), 'utf8');
    const rule = css.split('\n').filter((line) => line.startsWith('.article-title')).join(' ');
    expect(rule).toMatch(/-webkit-line-clamp:\s*3/);
    expect(rule).toMatch(/overflow:\s*hidden/);
  });
});
