/**
 * Exports of a summary: Markdown, plain text, JSON (the contract), CSV (one
 * row per deal) and HTML (for rich paste). Page text is untrusted: every
 * format escapes it for its own syntax, so a payload in a title or an
 * investor's name stays inert text wherever it is pasted.
 */
import { ARTIFACT_LABELS, dealTitle, formatMoney, formatNormalized, shorten } from './format';
import type { Artifact, ArtifactKind, Deal, Summary } from './types';

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

export function toMarkdown(summary: Summary): string {
  const md = escapeMarkdown;
  const lines: string[] = [];
  lines.push(`## ${md(summary.source.title ?? 'Untitled article')}`);
  const meta = metaLine(summary);
  if (meta) lines.push('', md(meta));
  if (summary.source.url) lines.push('', `<${summary.source.url.replace(/[<>\s]/g, encodeURIComponent)}>`);

  lines.push('', '### Deals');
  if (summary.deals.length === 0) lines.push('', noDealsSentence(summary));
  else lines.push('', ...summary.deals.flatMap((deal) => dealLines(deal, md, '- **', '**', '  - ')));

  if (summary.investors.length > 0) {
    lines.push('', '### Investors', '');
    for (const inv of summary.investors) lines.push(`- ${md(inv.name)} (${inv.role})`);
  }
  const other = summary.money.filter((m) => m.kind === 'other');
  if (other.length > 0) {
    lines.push('', '### Other money figures', '');
    for (const m of other) lines.push(`- ${md(formatMoney(m))} — ${formatNormalized(m)}`);
  }
  if (summary.artifacts.length > 0) {
    lines.push('', `### Scraping artifacts (${summary.artifacts.length})`, '');
    for (const [kind, items] of groupArtifacts(summary.artifacts)) {
      lines.push(`- **${ARTIFACT_LABELS[kind]}** (${items.length})`);
      for (const a of items) lines.push(`  - “${md(shorten(a.text))}”${a.fix !== null ? ` → ${a.fix === '' ? '*remove*' : `“${md(shorten(a.fix))}”`}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- Plain text

export function toPlainText(summary: Summary): string {
  const plain = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const lines: string[] = [];
  lines.push(plain(summary.source.title ?? 'Untitled article'));
  const meta = metaLine(summary);
  if (meta) lines.push(plain(meta));
  if (summary.source.url) lines.push(summary.source.url);
  lines.push('', 'DEALS');
  if (summary.deals.length === 0) lines.push(noDealsSentence(summary));
  else lines.push(...summary.deals.flatMap((deal) => dealLines(deal, plain, '* ', '', '    ')));
  if (summary.investors.length > 0) {
    lines.push('', 'INVESTORS');
    for (const inv of summary.investors) lines.push(`* ${plain(inv.name)} (${inv.role})`);
  }
  const other = summary.money.filter((m) => m.kind === 'other');
  if (other.length > 0) {
    lines.push('', 'OTHER MONEY FIGURES');
    for (const m of other) lines.push(`* ${plain(formatMoney(m))} (${formatNormalized(m)})`);
  }
  if (summary.artifacts.length > 0) {
    lines.push('', `SCRAPING ARTIFACTS (${summary.artifacts.length})`);
    for (const [kind, items] of groupArtifacts(summary.artifacts)) {
      lines.push(`* ${ARTIFACT_LABELS[kind]} (${items.length})`);
      for (const a of items) lines.push(`    "${shorten(a.text)}"${a.fix !== null ? ` -> ${a.fix === '' ? '(remove)' : `"${shorten(a.fix)}"`}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- CSV

export const CSV_COLUMNS = [
  'company', 'round', 'status', 'amount', 'currency', 'amount_text', 'valuation', 'valuation_currency',
  'lead_investors', 'investors', 'date', 'url', 'title',
] as const;

/** One row per deal over one or more summaries (the deal log exports many). RFC 4180 quoting. */
export function toCsv(summaries: Summary | Summary[]): string {
  const list = Array.isArray(summaries) ? summaries : [summaries];
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const s of list) {
    for (const d of s.deals) {
      rows.push([
        d.company ?? '', d.round ?? '', d.status,
        d.amount ? String(d.amount.value) : '', d.amount?.currency ?? '', d.amount ? formatMoney(d.amount) : '',
        d.valuation ? String(d.valuation.value) : '', d.valuation?.currency ?? '',
        d.leadInvestors.join('; '), d.investors.join('; '), d.date ?? '', s.source.url ?? s.source.input ?? '', s.source.title ?? '',
      ]);
    }
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * Quote a cell; neutralise spreadsheet formulas (a page could name an
 * investor "=HYPERLINK(…)") by prefixing an apostrophe, as OWASP advises.
 */
export function csvCell(value: string): string {
  let v = value.replace(/\s+/g, ' ').trim();
  if (/^[=+\-@\t\r]/.test(v) && !/^-?\d/.test(v)) v = `'${v}`;
  return /[",\r\n;]/.test(v) || v !== value ? `"${v.replace(/"/g, '""')}"` : v;
}

// ---------------------------------------------------------------- HTML

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A self-contained fragment for rich paste (ClipboardItem text/html); every page string escaped. */
export function toHtml(summary: Summary): string {
  const h = escapeHtml;
  const parts: string[] = [];
  parts.push(`<h2>${h(summary.source.title ?? 'Untitled article')}</h2>`);
  const meta = metaLine(summary);
  if (meta) parts.push(`<p>${h(meta)}</p>`);
  if (summary.source.url && /^https?:/i.test(summary.source.url)) parts.push(`<p><a href="${h(summary.source.url)}">${h(summary.source.url)}</a></p>`);
  parts.push('<h3>Deals</h3>');
  if (summary.deals.length === 0) parts.push(`<p>${h(noDealsSentence(summary))}</p>`);
  else {
    parts.push('<ul>');
    for (const d of summary.deals) {
      const sub = dealFacts(d).map(([k, v]) => `<li>${h(k)}: ${h(v)}</li>`).join('');
      parts.push(`<li><strong>${h(dealTitle(d))}</strong> (${d.status})${sub ? `<ul>${sub}</ul>` : ''}</li>`);
    }
    parts.push('</ul>');
  }
  if (summary.investors.length > 0) {
    parts.push('<h3>Investors</h3><ul>', ...summary.investors.map((i) => `<li>${h(i.name)} (${i.role})</li>`), '</ul>');
  }
  const other = summary.money.filter((m) => m.kind === 'other');
  if (other.length > 0) parts.push('<h3>Other money figures</h3><ul>', ...other.map((m) => `<li>${h(formatMoney(m))} — ${h(formatNormalized(m))}</li>`), '</ul>');
  if (summary.artifacts.length > 0) {
    parts.push(`<h3>Scraping artifacts (${summary.artifacts.length})</h3><ul>`);
    for (const [kind, items] of groupArtifacts(summary.artifacts)) {
      parts.push(`<li>${h(ARTIFACT_LABELS[kind])} (${items.length})<ul>${items.map((a) => `<li>“${h(shorten(a.text))}”</li>`).join('')}</ul></li>`);
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
  const { siteName, byline, publishedTime } = summary.source;
  return [siteName, byline, publishedTime].filter((x): x is string => !!x).join(' · ');
}

/** Label/value pairs under a deal, in reading order. */
export function dealFacts(deal: Deal): Array<[string, string]> {
  const facts: Array<[string, string]> = [];
  if (deal.amount) facts.push(['Amount', `${formatMoney(deal.amount)} (${formatNormalized(deal.amount)})`]);
  if (deal.valuation) facts.push(['Valuation', `${formatMoney(deal.valuation)} (${formatNormalized(deal.valuation)})`]);
  if (deal.leadInvestors.length) facts.push(['Led by', deal.leadInvestors.join(', ')]);
  if (deal.investors.length) facts.push(['With', deal.investors.join(', ')]);
  if (deal.date) facts.push(['Date', deal.date]);
  return facts;
}

function dealLines(deal: Deal, esc: (s: string) => string, open: string, close: string, indent: string): string[] {
  const head = `${open}${esc(dealTitle(deal))}${close} (${deal.status === 'past' ? 'earlier round' : 'announced'})`;
  return [head, ...dealFacts(deal).map(([k, v]) => `${indent}${k}: ${esc(v)}`)];
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
