/**
 * Round 42 (artifact precision): a standfirst printed twice right under the headline (or under the headline's byline or
 * stamp line), written as a sentence of ten words or more with no photo near, is a duplicated paragraph, not alt text and
 * caption (captions.ts isStandfirstTwice). Real lines of 799 (GhanaWeb) and 747 (Central Penn Business Journal); the
 * doubled lines that stay captions: a video title under the headline (682, RTÉ) and a caption beside its credit (36, Mint).
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY } from '../helpers/artifact-texts';

const kindsOf = (paragraphs: string[], line: string): string[] =>
  findArtifacts({ paragraphs }).filter((a) => a.text.includes(line.slice(0, 40))).map((a) => a.kind);

const DEK_799 = 'The mergers being negotiated are largely marriages of convenience between strange bedfellows';
const DEK_747 = 'Here are some of the major acquisitions, mergers and changes that took place in and affected Central Pennsylvania in 2005';

describe('round 42: a standfirst printed twice under the headline is a duplicated paragraph', () => {
  it.each<[string, string[], string]>([
    ['799: right under the headline', ['Banks in late rush to merge', DEK_799, DEK_799, ...BODY], DEK_799],
    ['747: under the headline and an emptied byline', ['Big deals in Central Pennsylvania', 'By - Last modified: February 14, 2011 at 1:38 PM', DEK_747, DEK_747, 'Events are listed chronologically:', ...BODY], DEK_747],
  ])('%s', (_label, paragraphs, line) => {
    const kinds = kindsOf(paragraphs, line);
    expect(kinds).toContain('duplicated-paragraph');
    expect(kinds).not.toContain('duplicated-caption');
  });
});

describe('round 42: a doubled phrase or a credited line under the headline stays a caption', () => {
  it.each<[string, string[], string]>([
    ['682: a video title', ['skip to main content', 'Reuters shares soar on takeover approach', 'Financial data - Reuters bidder could face hurdles', 'Financial data - Reuters bidder could face hurdles', ...BODY], 'Financial data - Reuters bidder could face hurdles'],
    ['a dek-length line next to a photo credit', ['Banks in late rush to merge', DEK_799, DEK_799, 'Photo: Jane Doe/Reuters', ...BODY], DEK_799],
  ])('%s', (_label, paragraphs, line) => {
    expect(kindsOf(paragraphs, line)).toContain('duplicated-caption');
  });
});
