/**
 * Exports of a summary: Markdown, plain text, JSON (the contract), CSV (one
 * row per deal) and HTML (for rich paste). Page text is untrusted: every
 * format escapes it for its own syntax, so a payload in a title or an
 * investor's name stays inert text wherever it is pasted; the human-readable
 * formats also drop bidirectional controls (a name must read as it is stored),
 * while JSON keeps every page string exactly as in the text (the contract).
 *
 * Markdown, text and rich HTML say the same things in the same words: each
 * line is built once below (deal status, money with its normalised value,
 * other money with its kind and context, artifacts with their fixes, the
 * publication day) and only the syntax differs.
 */
import { withoutBidiControls } from './bidi';
import { findingsOf } from './categories';
import { ARTIFACT_EXPLANATIONS, ARTIFACT_LABELS, dealTitle, formatMoney, formatNormalized, shorten, siteLabel } from './format';
import { investorRoleWords, isOtherCompanysPastRound, orderedInvestorRows } from './investor-roles';
import type { Artifact, ArtifactKind, Deal, Money, MoneyMention, Summary } from './types';

export type ExportFormat = 'markdown' | 'text' | 'json' | 'csv' | 'html';

/** The contract object, pretty-printed: what "Copy as JSON" and `analyze --json` emit. */
export function toJson(summary: Summary): string {
  return JSON.stringify(summary, null, 2);
}

// ---------------------------------------------------------------- Markdown

/** Backslash-escape what Markdown would otherwise read as syntax or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/\s+/g, ' ').trim();
}

/**
 * What an export says when it lists no deal: a page Roundup did not read as an
 * article (not one, or refused for its size or reading time) was never searched,
 * and a pasted summary must not claim it holds no funding round.
 */
function noDealsSentence(summary: Summary): string {
  return summary.article.isArticle ? 'No funding round found.' : 'Not read as an article: no funding figures were looked for.';
}

/** One human-readable export's syntax: how it escapes page text and marks up each piece. */
interface Syntax {
  /** Escape a page string (bidi controls already removed). */
  esc: (s: string) => string;
  quote: (s: string) => string;
  arrow: string;
  /** What an empty fix says: the card's words, "delete it". */
  remove: string;
}

/**
 * True for an excerpt that is itself a quotation, opening and closing on quote marks ("“We are
 * now seeing more concern…”", "« Nous allons… »", a pull-quote, a quoted remark): wrapped again
 * it read “““…””” in Markdown and ""…"" in the text export. Its own marks delimit it; a closing
 * mark may be followed by a stop or the ellipsis of a cut excerpt.
 */
export function isQuotedExcerpt(s: string): boolean {
  return /^[“"«„‘‹'‚]/.test(s) && /[”"»“’›'‘][.,;:!?]?\s?…?$/.test(s) && s.length > 2;
}

/** Quote marks around an excerpt, unless it already is a quotation (isQuotedExcerpt). */
const quoteWith = (open: string, close: string) => (s: string): string => (isQuotedExcerpt(s) ? s : `${open}${s}${close}`);

const MD: Syntax = { esc: escapeMarkdown, quote: quoteWith('“', '”'), arrow: ' → ', remove: '*delete it*' };
const PLAIN: Syntax = { esc: (s) => s.replace(/\s+/g, ' ').trim(), quote: quoteWith('"', '"'), arrow: ' -> ', remove: '(delete it)' };
// The HTML syntax quotes escaped text: its straight quote marks are read back before the check.
const htmlQuote = quoteWith('“', '”');
const HTML: Syntax = { esc: (s) => escapeHtml(s), quote: (s) => (isQuotedExcerpt(s.replace(/&#(34|39);/g, (_, c: string) => String.fromCharCode(Number(c)))) ? s : htmlQuote(s)), arrow: ' → ', remove: '<em>delete it</em>' };

/** A page string as the reader should see it: bidi controls dropped, then escaped for the format. */
function pageText(syntax: Syntax, s: string): string {
  return syntax.esc(withoutBidiControls(s));
}

export function toMarkdown(summary: Summary): string {
  const md = (s: string): string => pageText(MD, s);
  const lines: string[] = [];
  lines.push(`## ${md(summary.source.title ?? 'Untitled article')}`);
  const meta = metaLine(summary);
  if (meta) lines.push('', md(meta));
  if (summary.source.url) lines.push('', `<${withoutBidiControls(summary.source.url).replace(/[<>\s]/g, encodeURIComponent)}>`);

  lines.push('', '### Deals');
  if (summary.deals.length === 0) lines.push('', noDealsSentence(summary));
  else lines.push('', ...summary.deals.flatMap((deal) => dealLines(deal, summary.deals, MD, '- **', '**', '  - ')));

  if (summary.investors.length > 0) {
    lines.push('', '### Investors', '');
    for (const row of orderedInvestorRows(summary.investors, summary.deals)) lines.push(`- ${md(row.investor.name)} (${md(investorRoleWords(row, summary.deals))})`);
  }
  const other = otherMoney(summary);
  if (other.length > 0) {
    lines.push('', '### Other money figures', '');
    for (const m of other) lines.push(`- ${otherMoneyLine(m, MD)}`);
  }
  if (summary.artifacts.length > 0) {
    lines.push('', `### Scraping artifacts (${summary.artifacts.length})`, '');
    for (const [kind, items] of groupArtifacts(summary.artifacts)) {
      lines.push(`- **${ARTIFACT_LABELS[kind]}** (${items.length}): ${md(artifactGroupMessage(kind, items))}`);
      for (const { artifact, times } of mergeIdentical(items)) lines.push(`  - ${artifactLine(artifact, MD)}${timesMark(times)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- Plain text

export function toPlainText(summary: Summary): string {
  const plain = (s: string): string => pageText(PLAIN, s);
  const lines: string[] = [];
  lines.push(plain(summary.source.title ?? 'Untitled article'));
  const meta = metaLine(summary);
  if (meta) lines.push(plain(meta));
  if (summary.source.url) lines.push(plain(summary.source.url));
  lines.push('', 'DEALS');
  if (summary.deals.length === 0) lines.push(noDealsSentence(summary));
  else lines.push(...summary.deals.flatMap((deal) => dealLines(deal, summary.deals, PLAIN, '* ', '', '    ')));
  if (summary.investors.length > 0) {
    lines.push('', 'INVESTORS');
    for (const row of orderedInvestorRows(summary.investors, summary.deals)) lines.push(`* ${plain(row.investor.name)} (${plain(investorRoleWords(row, summary.deals))})`);
  }
  const other = otherMoney(summary);
  if (other.length > 0) {
    lines.push('', 'OTHER MONEY FIGURES');
    for (const m of other) lines.push(`* ${otherMoneyLine(m, PLAIN)}`);
  }
  if (summary.artifacts.length > 0) {
    lines.push('', `SCRAPING ARTIFACTS (${summary.artifacts.length})`);
    for (const [kind, items] of groupArtifacts(summary.artifacts)) {
      lines.push(`* ${ARTIFACT_LABELS[kind]} (${items.length}): ${plain(artifactGroupMessage(kind, items))}`);
      for (const { artifact, times } of mergeIdentical(items)) lines.push(`    ${artifactLine(artifact, PLAIN)}${timesMark(times)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- CSV

export const CSV_COLUMNS = [
  'company', 'round', 'status', 'amount', 'currency', 'amount_text', 'valuation', 'valuation_currency',
  'lead_investors', 'investors', 'date', 'url', 'title',
] as const;

/** The cells of one deal's row, in CSV_COLUMNS order (page strings as stored; each format quotes them). */
export function dealCsvCells(s: Summary, d: Deal): string[] {
  return [
    d.company ?? '', d.round ?? '', d.status,
    d.amount ? String(d.amount.value) : '', d.amount?.currency ?? '', d.amount ? formatMoney(d.amount, d.evidence) : '',
    d.valuation ? String(d.valuation.value) : '', d.valuation?.currency ?? '',
    d.leadInvestors.join('; '), d.investors.join('; '), d.date ?? '', s.source.url ?? s.source.input ?? '', s.source.title ?? '',
  ];
}

/**
 * Every investor of one deal, its leads first and marked: "Headline (lead)", "Sistafund".
 * The log's table and CSV list them in one place (page strings as stored; callers escape).
 */
export function dealInvestorsMarked(deal: Deal): string[] {
  return [...deal.leadInvestors.map((name) => `${name} (lead)`), ...deal.investors];
}

/** The header and one row of cells per deal over one or more summaries. */
function dealRows(summaries: Summary | readonly Summary[]): string[][] {
  const list: readonly Summary[] = Array.isArray(summaries) ? summaries : [summaries as Summary];
  return [[...CSV_COLUMNS], ...list.flatMap((s) => s.deals.map((d) => dealCsvCells(s, d)))];
}

/**
 * The header of the spreadsheet copy ("Copy for spreadsheet"), in the words a sheet's reader
 * reads, not field names ("Amount (as written)", not amount_text), with the article's
 * publication day beside the date as written ("on Monday" means nothing in a sheet without
 * it). The CSV files (toCsv, the log's download) keep CSV_COLUMNS: their names are stable
 * for whoever reads them by name.
 */
export const SHEET_COLUMNS = [
  'Company', 'Round', 'Status', 'Amount', 'Currency', 'Amount (as written)', 'Valuation', 'Valuation currency',
  'Lead investors', 'Other investors', 'Date (as written)', 'Published', 'Article URL', 'Article title',
] as const;

/** A deal's cells in SHEET_COLUMNS order: the CSV's, with the status in words and the publication day after the date. */
export function dealSheetCells(s: Summary, d: Deal): string[] {
  const cells = dealCsvCells(s, d);
  cells[CSV_COLUMNS.indexOf('status')] = dealStatusWords(d, s.deals);
  cells.splice(CSV_COLUMNS.indexOf('date') + 1, 0, s.source.publishedTime ? publishedDay(s.source.publishedTime) : '');
  return cells;
}

/** The spreadsheet copy's header and one row per deal. */
function sheetRows(summaries: Summary | readonly Summary[]): string[][] {
  const list: readonly Summary[] = Array.isArray(summaries) ? summaries : [summaries as Summary];
  return [[...SHEET_COLUMNS], ...list.flatMap((s) => s.deals.map((d) => dealSheetCells(s, d)))];
}

/** One row per deal over one or more summaries: a CSV file (RFC 4180 quoting). */
export function toCsv(summaries: Summary | Summary[]): string {
  return csvLines(dealRows(summaries));
}

/** Rows as CSV text, CRLF line ends. */
export function csvLines(rows: readonly (readonly string[])[]): string {
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * The same rows as tab-separated values, for the clipboard: a spreadsheet
 * splits a paste on tabs and newlines, never on commas, so pasted CSV landed
 * in column A. No quoting is needed (tabs and line breaks inside a cell become
 * spaces); formulas are neutralised as in the CSV.
 */
export function toTsv(summaries: Summary | Summary[]): string {
  return `${sheetRows(summaries).map((r) => r.map(sheetCellText).join('\t')).join('\r\n')}\r\n`;
}

/**
 * The same rows as an HTML table, the rich twin of toTsv on the clipboard:
 * Excel, Google Sheets and LibreOffice paste a table cell by cell, and a
 * document or an e-mail shows a table. Every cell escaped, formulas neutralised.
 */
export function toSheetHtml(summaries: Summary | Summary[]): string {
  const [header, ...rows] = sheetRows(summaries);
  const row = (cells: readonly string[], tag: 'th' | 'td'): string => `<tr>${cells.map((c) => `<${tag}>${escapeHtml(sheetCellText(c))}</${tag}>`).join('')}</tr>`;
  return `<table><thead>${row(header ?? [], 'th')}</thead><tbody>${rows.map((r) => row(r, 'td')).join('')}</tbody></table>`;
}

/**
 * A cell's text as a spreadsheet must show it: bidi controls dropped (a cell
 * must read as it is stored, "Jean\u202Eevil\u202C"), whitespace runs (tabs,
 * line breaks) made one space, and a leading =, +, -, @ (a page could name an
 * investor "=HYPERLINK(…)") prefixed with an apostrophe so the sheet shows it
 * as text, as OWASP advises; a plain number ("-5", "600000000") stays a number.
 */
export function sheetCellText(value: string): string {
  const v = withoutBidiControls(value).replace(/\s+/g, ' ').trim();
  return /^[=+\-@\t\r]/.test(v) && !/^-?\d+(?:\.\d+)?$/.test(v) ? `'${v}` : v;
}

/** Quote a CSV cell (RFC 4180) after sheetCellText's clean-up and formula guard. */
export function csvCell(value: string): string {
  const v = sheetCellText(value);
  return /[",\r\n;]/.test(v) || v !== value ? `"${v.replace(/"/g, '""')}"` : v;
}

// ---------------------------------------------------------------- HTML

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A self-contained fragment for rich paste (ClipboardItem text/html); every page string escaped. */
export function toHtml(summary: Summary): string {
  const h = (s: string): string => pageText(HTML, s);
  const parts: string[] = [];
  parts.push(`<h2>${h(summary.source.title ?? 'Untitled article')}</h2>`);
  const meta = metaLine(summary);
  if (meta) parts.push(`<p>${h(meta)}</p>`);
  if (summary.source.url && /^https?:/i.test(summary.source.url)) parts.push(`<p><a href="${escapeHtml(summary.source.url)}">${h(summary.source.url)}</a></p>`);
  parts.push('<h3>Deals</h3>');
  if (summary.deals.length === 0) parts.push(`<p>${h(noDealsSentence(summary))}</p>`);
  else {
    parts.push('<ul>');
    for (const d of summary.deals) {
      const sub = dealFacts(d).map(([k, v]) => `<li>${h(k)}: ${h(v)}</li>`).join('');
      parts.push(`<li><strong>${h(dealTitle(d))}</strong> (${h(dealStatusWords(d, summary.deals))})${sub ? `<ul>${sub}</ul>` : ''}</li>`);
    }
    parts.push('</ul>');
  }
  if (summary.investors.length > 0) {
    parts.push('<h3>Investors</h3><ul>', ...orderedInvestorRows(summary.investors, summary.deals).map((row) => `<li>${h(row.investor.name)} (${h(investorRoleWords(row, summary.deals))})</li>`), '</ul>');
  }
  const other = otherMoney(summary);
  if (other.length > 0) parts.push('<h3>Other money figures</h3><ul>', ...other.map((m) => `<li>${otherMoneyLine(m, HTML)}</li>`), '</ul>');
  if (summary.artifacts.length > 0) {
    parts.push(`<h3>Scraping artifacts (${summary.artifacts.length})</h3><ul>`);
    for (const [kind, items] of groupArtifacts(summary.artifacts)) {
      parts.push(`<li>${h(ARTIFACT_LABELS[kind])} (${items.length}): ${h(artifactGroupMessage(kind, items))}<ul>${mergeIdentical(items).map(({ artifact, times }) => `<li>${artifactLine(artifact, HTML)}${timesMark(times)}</li>`).join('')}</ul></li>`);
    }
    parts.push('</ul>');
  }
  return parts.join('\n');
}

export function exportSummary(summary: Summary, format: Exclude<ExportFormat, 'csv'> | 'csv'): string {
  switch (format) {
    case 'markdown': return toMarkdown(summary);
    case 'text': return toPlainText(summary);
    case 'json': return toJson(summary);
    case 'csv': return toCsv(summary);
    case 'html': return toHtml(summary);
  }
}

// ---------------------------------------------------------------- shared pieces

function metaLine(summary: Summary): string {
  const { byline, publishedTime } = summary.source;
  // The card's line (ArticleHeader): the site, else the address's host.
  return [siteLabel(summary.source), byline, publishedTime ? publishedDay(publishedTime) : null].filter((x): x is string => !!x).join(' · ');
}

/**
 * The publication date as the card shows it: the day of an ISO timestamp
 * ("2019-11-19T13:02:00.000Z" -> "2019-11-19"); any other wording as written.
 * One formatter for the card header and every export.
 */
export function publishedDay(publishedTime: string): string {
  const day = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}|$)/.exec(publishedTime.trim());
  return day ? day[1]! : publishedTime;
}

/** "$600 million (600 000 000 USD)"; with a restated sum, one pair of brackets: "1 trillion yuan ($158.4 billion; 1 000 000 000 000 CNY)". */
export function moneyWithNormalized(money: Money & { sentence?: string }, context?: readonly string[]): string {
  const figure = formatMoney({ ...money, equivalent: null }, context);
  const inside = [money.equivalent?.text, formatNormalized(money)].filter((x): x is string => !!x);
  return `${figure} (${inside.join('; ')})`;
}

/**
 * A deal's status in words: "announced", "earlier round" (of the article's company), or, for
 * a past round of another company, "another company's round, mentioned for context: Megvii
 * Technology Inc" (the contract's `past` covers both; calling a rival's round an "earlier
 * round" made it read as the main company's own history). Page strings as stored.
 */
export function dealStatusWords(deal: Deal, deals: readonly Deal[]): string {
  if (deal.status !== 'past') return 'announced';
  return isOtherCompanysPastRound(deal, deals) ? `another company's round, mentioned for context: ${deal.company}` : 'earlier round';
}

/** Label/value pairs under a deal, in reading order (page strings as stored; each export escapes them). */
export function dealFacts(deal: Deal): Array<[string, string]> {
  const facts: Array<[string, string]> = [];
  // The deal's evidence holds the writer's qualifier ("almost", "nearly"): shown as the card's words.
  if (deal.amount) facts.push(['Amount', moneyWithNormalized(deal.amount, deal.evidence)]);
  if (deal.valuation) facts.push(['Valuation', moneyWithNormalized(deal.valuation, deal.evidence)]);
  if (deal.leadInvestors.length) facts.push(['Led by', deal.leadInvestors.join(', ')]);
  if (deal.investors.length) facts.push(['With', deal.investors.join(', ')]);
  if (deal.date) facts.push(['Date', deal.date]);
  return facts;
}

function dealLines(deal: Deal, deals: readonly Deal[], syntax: Syntax, open: string, close: string, indent: string): string[] {
  const head = `${open}${pageText(syntax, dealTitle(deal))}${close} (${pageText(syntax, dealStatusWords(deal, deals))})`;
  return [head, ...dealFacts(deal).map(([k, v]) => `${indent}${k}: ${pageText(syntax, v)}`)];
}

/** The kind of a money figure in the card's words. */
const MONEY_KIND_WORDS: Record<MoneyMention['kind'], string> = {
  round: 'round',
  valuation: 'valuation',
  'total-raised': 'total raised',
  other: 'other',
};

/**
 * The money figures the card lists under "Other money figures": every figure
 * that is not already a deal's amount or valuation (the card's own rule, so
 * the card and the exports list the same ones).
 */
function otherMoney(summary: Summary): MoneyMention[] {
  return findingsOf(summary)
    .filter((f) => f.id.startsWith('money-'))
    .flatMap((f) => {
      const mention = summary.money[Number(f.id.slice('money-'.length))];
      return mention && mention.kind !== 'round' && mention.kind !== 'valuation' ? [mention] : [];
    });
}

/** "$16.82 billion (USD 16,820,000,000), other: “Revenue reached $16.82 billion…”": figure, kind and where it was read. */
function otherMoneyLine(m: MoneyMention, syntax: Syntax): string {
  const head = `${pageText(syntax, moneyWithNormalized(m))}, ${MONEY_KIND_WORDS[m.kind]}`;
  const context = m.sentence ? figureContextOf(withoutBidiControls(m.sentence), withoutBidiControls(m.text)) : '';
  return context ? `${head}: ${syntax.quote(syntax.esc(context))}` : head;
}

/**
 * The words around a figure worth showing beside it, or '' when its "sentence" says nothing more
 * than the figure: a table cell or an infobox line ("$199 billion[6]") repeated the figure under
 * itself in the card and as its own context in every export.
 */
export function figureContextOf(sentence: string, figure: string): string {
  const rest = sentence.split(figure).join(' ').replace(/\[\d+\]|\[[a-z]\]/gi, ' ');
  return /\p{L}/u.test(rest) ? figureContext(sentence, figure) : '';
}

/**
 * A short context for a figure: its sentence, or where the sentence is long, the words around
 * the figure (cut on word boundaries, "…" where cut), so the figure itself is always in it.
 */
export function figureContext(sentence: string, figure: string, max = 110): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const at = figure ? flat.indexOf(figure) : -1;
  if (at < 0) return shorten(flat, max);
  // About a third of the room before the figure, the rest after it.
  let start = Math.max(0, Math.min(at - Math.floor((max - figure.length) / 3), flat.length - max));
  let end = Math.min(flat.length, start + max);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    end = space > at + figure.length ? space : end;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/** An artifact's excerpt and, where one is proposed, its fix: “vicechairman” → “vice-chairman”. */
function artifactLine(a: Artifact, syntax: Syntax): string {
  const excerpt = syntax.quote(syntax.esc(shorten(withoutBidiControls(a.text))));
  if (a.fix === null) return excerpt;
  const fix = a.fix === '' ? syntax.remove : syntax.quote(syntax.esc(shorten(withoutBidiControls(a.fix))));
  return `${excerpt}${syntax.arrow}${fix}`;
}

/**
 * Identical mentions (same kind and text) as one line with a count, as the card
 * lists them ("×3"): a caption repeated five times was pasted five times.
 */
export function mergeIdentical(items: readonly Artifact[]): Array<{ artifact: Artifact; times: number }> {
  const byText = new Map<string, { artifact: Artifact; times: number }>();
  for (const a of items) {
    const key = `${a.kind}\u0000${a.text}`;
    const seen = byText.get(key);
    if (seen) seen.times++;
    else byText.set(key, { artifact: a, times: 1 });
  }
  return [...byText.values()];
}

/**
 * The one sentence an export puts on an artifact group's line, so the receiver of a pasted
 * summary learns what "Merged stories" means there: the group's message when its artifacts
 * share one (said once, not per excerpt), else the kind's general explanation. Bidi controls
 * dropped (a message may quote the page); each export escapes it.
 */
export function artifactGroupMessage(kind: ArtifactKind, items: readonly Artifact[]): string {
  const messages = new Set(items.map((a) => withoutBidiControls(a.message).replace(/\s+/g, ' ').trim()).filter(Boolean));
  return messages.size === 1 ? [...messages][0]! : ARTIFACT_EXPLANATIONS[kind];
}

/** " ×3" after a merged line; nothing for a single mention. */
function timesMark(times: number): string {
  return times > 1 ? ` ×${times}` : '';
}

export function groupArtifacts(artifacts: Artifact[]): Array<[ArtifactKind, Artifact[]]> {
  const groups = new Map<ArtifactKind, Artifact[]>();
  for (const a of artifacts) {
    const list = groups.get(a.kind);
    if (list) list.push(a);
    else groups.set(a.kind, [a]);
  }
  return [...groups];
}
