/**
 * The summary contract, version 1 (../shared/contract/SUMMARY.md).
 * The popup, the JSON export, the command line and outside checks all read
 * this shape: add fields freely, rename or remove one only with a new
 * schemaVersion.
 */

export type Qualifier = 'more-than' | 'less-than' | 'about' | 'up-to';

/** A sum restated by the article in a second currency: "1 trillion yuan ($158.4 billion)". */
export interface MoneyEquivalent {
  value: number;
  currency: string;
  text: string;
}

export interface Money {
  /** 600000000 for "$600 million". */
  value: number;
  /** ISO 4217 code. */
  currency: string;
  /** Exactly as written in the article. */
  text: string;
  qualifier: Qualifier | null;
  equivalent: MoneyEquivalent | null;
}

export type DealStatus = 'announced' | 'past';

export interface Deal {
  company: string | null;
  /** Normalised: "Pre-seed", "Seed", "Angel", "Series A" … "Series H", "Bridge", "Growth", "Debt", "Strategic", or null. */
  round: string | null;
  status: DealStatus;
  amount: Money | null;
  valuation: Money | null;
  leadInvestors: string[];
  /** Participants other than the leads. */
  investors: string[];
  /** As written ("in July", "on Monday"), if stated. */
  date: string | null;
  /** The sentences it was read from, exactly as in the text. */
  evidence: string[];
}

export interface Investor {
  /** The fullest form the article uses. */
  name: string;
  role: 'lead' | 'participant';
  /** Indexes into Summary.deals. */
  deals: number[];
}

export type MoneyKind = 'round' | 'valuation' | 'total-raised' | 'other';

export interface MoneyMention extends Money {
  kind: MoneyKind;
  sentence: string;
}

export const ARTIFACT_KINDS = [
  'duplicated-caption',
  'broken-pull-quote',
  'boilerplate',
  'lost-hyphen',
  'mojibake',
  'duplicated-paragraph',
  'merged-stories',
  'truncated-sentence',
  'escaped-entity',
  'byline-noise',
] as const;

export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

export interface Artifact {
  kind: ArtifactKind;
  /** Exact excerpt of the article text (paragraphs joined by a blank line). */
  text: string;
  /** One sentence a reader understands. */
  message: string;
  /** The repaired text, where one can be proposed (empty string: delete it). */
  fix: string | null;
}

export interface SourceInfo {
  input: string | null;
  url: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

export interface ArticleInfo {
  /** false: not an article (Readability found none). */
  isArticle: boolean;
  wordCount: number;
  excerpt: string | null;
}

export interface Summary {
  schemaVersion: 1;
  source: SourceInfo;
  article: ArticleInfo;
  /** Funding rounds, the article's main one first. */
  deals: Deal[];
  /** Every named investor, once each. */
  investors: Investor[];
  /** Every money figure in the text, classified. */
  money: MoneyMention[];
  /** Scraping artifacts found in the text. */
  artifacts: Artifact[];
}

/**
 * What the analysis reads: the article's paragraphs as plain text, in order.
 * The article text is `paragraphs.join(PARAGRAPH_SEPARATOR)`; every excerpt
 * the analysis reports (evidence, money text, artifact text) is a substring of it.
 */
export interface ArticleText {
  paragraphs: string[];
}

export const PARAGRAPH_SEPARATOR = '\n\n';

/** The part of the summary the funding reader produces. */
export interface FundingResult {
  deals: Deal[];
  investors: Investor[];
  money: MoneyMention[];
}
