import { useState } from 'preact/hooks';
import { cleanCopy } from '../utils/clean';
import { toHtml, toJson, toMarkdown, toPlainText, toSheetHtml, toTsv } from '../utils/export';
import type { CopyKind } from '../utils/settings';
import type { Summary } from '../utils/types';


/** What one click puts on the clipboard: plain text, or HTML with a plain-text twin. */
type Payload = { text: string; html?: string; note?: string };

interface CopyFormat {
  id: CopyKind;
  label: string;
  /** Said after "Copied": short, so the note fits on one line. */
  done: string;
  render: (summary: Summary, paragraphs: string[]) => Payload;
  /** Needs the article's paragraphs, asked from the page at the click (the summary comes without them). */
  needsArticle?: boolean;
  /**
   * What to say instead of copying when the summary has nothing for this format (null: copy).
   * A spreadsheet copy of a page with no round was a lone header row, announced as "Copied".
   */
  nothingToCopy?: (summary: Summary) => string | null;
}

const FORMATS: readonly CopyFormat[] = [
  { id: 'markdown', label: 'Copy as Markdown', done: 'Markdown', render: (s) => ({ text: toMarkdown(s) }) },
  { id: 'text', label: 'Copy as text', done: 'text', render: (s) => ({ text: toPlainText(s) }) },
  { id: 'json', label: 'Copy as JSON', done: 'JSON', render: (s) => ({ text: toJson(s) }) },
  // Id 'csv' kept for stored settings. A spreadsheet splits a paste on tabs (comma-separated text
  // landed in column A): tab-separated text, with an HTML table twin that sheets paste cell by cell.
  { id: 'csv', label: 'Copy for spreadsheet', done: 'spreadsheet rows, one per deal', render: (s) => ({ text: toTsv(s), html: toSheetHtml(s) }), nothingToCopy: (s) => (s.deals.length === 0 ? 'No round to copy' : null) },
  // Rich paste into a document or an e-mail; editors that take only text get the plain version.
  { id: 'html', label: 'Copy rich', done: 'rich text', render: (s) => ({ html: toHtml(s), text: toPlainText(s) }) },
  { id: 'clean', label: 'Copy clean text', done: 'clean article text', render: renderClean, needsArticle: true },
];

/** The repaired article: confident artifact fixes applied, the rest counted in the note. */
function renderClean(summary: Summary, paragraphs: string[]): Payload {
  if (paragraphs.length === 0) throw new Error('there is no article text on this page to clean.');
  // The article alone, as an editor pastes it into a CMS: what was left as found is counted in
  // the status note (the card lists each one), never appended to the text.
  const clean = cleanCopy({ paragraphs }, summary.artifacts, 'text');
  const left = clean.unrepaired.length;
  const fixed = summary.artifacts.length - left;
  const parts = [`${fixed} ${fixed === 1 ? 'repair' : 'repairs'}`];
  if (left > 0) parts.push(`${left} left as found`);
  return { text: clean.article, note: parts.join(', ') };
}

/** The primary format first, then the others in their usual order. */
export function orderFormats(primary: CopyKind): readonly CopyFormat[] {
  const first = FORMATS.find((f) => f.id === primary);
  return first ? [first, ...FORMATS.filter((f) => f !== first)] : FORMATS;
}

/** The copy buttons; each writes to the clipboard and says whether it worked (and why not). */
export interface ExportBarProps {
  summary: Summary;
  /**
   * The article's paragraphs, for the clean copy (empty: not an article),
   * asked only when that button is clicked; rejects when they no longer match
   * the summary (the page was read again meanwhile).
   */
  loadParagraphs: () => Promise<string[]>;
  /** The options page's default export format: shown first, as the primary button. */
  primary: CopyKind;
  /** Writes text; called synchronously in the click handler (user activation). */
  copy: (text: string) => Promise<void>;
  /** Writes HTML with a plain-text fallback; same rule. */
  copyRich: (html: string, text: string) => Promise<void>;
}

export function ExportBar({ summary, loadParagraphs, primary, copy, copyRich }: ExportBarProps) {
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const onCopy = (format: CopyFormat): void => {
    // Nothing written: the clipboard keeps what the reader had on it.
    const nothing = format.nothingToCopy?.(summary) ?? null;
    if (nothing) {
      setNote({ ok: true, text: nothing });
      return;
    }
    if (format.needsArticle) {
      // One message to the page first, then the write: an extension page with the clipboardWrite
      // permission may write without the click's activation (and that lasts seconds anyway).
      loadParagraphs().then(
        (paragraphs) => write(format, paragraphs),
        (error: unknown) => setNote({ ok: false, text: `Could not copy the ${format.done}: ${reason(error)}` }),
      );
      return;
    }
    write(format, []);
  };
  const write = (format: CopyFormat, paragraphs: string[]): void => {
    let payload: Payload;
    try {
      payload = format.render(summary, paragraphs);
    } catch (error) {
      setNote({ ok: false, text: `Could not copy the ${format.done}: ${reason(error)}` });
      return;
    }
    // The write starts here, inside the click: browsers require the user's gesture for it.
    let writing: Promise<void>;
    try {
      writing = payload.html !== undefined ? copyRich(payload.html, payload.text) : copy(payload.text);
    } catch (error) {
      writing = Promise.reject(error);
    }
    writing.then(
      () => setNote({ ok: true, text: `Copied (${format.done}${payload.note ? `: ${payload.note}` : ''})` }),
      (error: unknown) => setNote({ ok: false, text: `Could not copy: ${reason(error)}` }),
    );
  };
  const [first, ...rest] = orderFormats(primary);
  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading" class="visually-hidden">Export</h2>
      <div class="buttons">
        {first && (
          <button type="button" class="primary" data-format={first.id} onClick={() => onCopy(first)}>
            {first.label}
          </button>
        )}
        {rest.map((f) => (
          <button key={f.id} type="button" data-format={f.id} onClick={() => onCopy(f)}>
            {f.label}
          </button>
        ))}
      </div>
      <p class={note?.ok === false ? 'copy-note error' : 'copy-note'} role="status" aria-live="polite">
        {note?.text ?? ''}
      </p>
    </section>
  );
}

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/not allowed|denied|focus|permission/i.test(text)) return 'the browser refused clipboard access (click inside the popup and try again).';
  if (/ClipboardItem|not supported|is not defined|not a function/i.test(text)) return 'this browser cannot copy rich text; use “Copy as text” instead.';
  return text || 'unknown error';
}
