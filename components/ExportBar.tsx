import { useState } from 'preact/hooks';
import { toJson, toMarkdown, toPlainText } from '../utils/export';
import type { Summary } from '../utils/types';

const FORMATS = [
  { id: 'markdown', label: 'Copy as Markdown', render: toMarkdown },
  { id: 'text', label: 'Copy as text', render: toPlainText },
  { id: 'json', label: 'Copy as JSON', render: toJson },
] as const;

/** The copy buttons; each writes the summary to the clipboard and says whether it worked. */
export interface ExportBarProps {
  summary: Summary;
  /** Writes to the clipboard; called synchronously in the click handler (user activation). */
  copy: (text: string) => Promise<void>;
}

export function ExportBar({ summary, copy }: ExportBarProps) {
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const onCopy = (format: (typeof FORMATS)[number]): void => {
    let text: string;
    try {
      text = format.render(summary);
    } catch (error) {
      setNote({ ok: false, text: `Could not write the summary: ${reason(error)}` });
      return;
    }
    copy(text).then(
      () => setNote({ ok: true, text: `Copied (${format.label.replace('Copy as ', '')})` }),
      (error: unknown) => setNote({ ok: false, text: `Could not copy: ${reason(error)}` }),
    );
  };
  return (
    <section class="export" aria-label="Export">
      <div class="buttons">
        {FORMATS.map((f) => (
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
  if (/not allowed|denied|focus/i.test(text)) return 'the browser refused clipboard access (click inside the popup and try again).';
  return text || 'unknown error';
}
