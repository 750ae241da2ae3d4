/** One clear sentence about the state of the popup: analysing, not an article, cannot read, error. */
export interface StatusMessageProps {
  /** Drives the icon/colour and the ARIA role: errors are alerts, the rest are polite status. */
  tone: 'busy' | 'info' | 'warning' | 'error';
  /** The sentence shown (rendered as text). */
  text: string;
  /** Optional second line with detail. */
  detail?: string | null;
  /**
   * A button under the sentence, for a state that may change if asked again
   * (a reading that ran out of time, a page that changed): "Retry", "Read again".
   * Without it the user's only way out was closing and reopening the popup.
   */
  action?: { label: string; onClick: () => void } | null;
}

export function StatusMessage({ tone, text, detail, action }: StatusMessageProps) {
  return (
    // tabIndex -1: the popup may move focus here ("Analysing this page…" after Retry) so a keyboard
    // user's focus is not dropped to the page body when the pressed button goes away.
    <div class={`status status-${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-live="polite" aria-busy={tone === 'busy'} tabIndex={-1}>
      {tone === 'busy' && <span class="spinner" aria-hidden="true" />}
      <p>{text}</p>
      {detail ? <p class="status-detail">{detail}</p> : null}
      {action ? (
        <button type="button" class="status-action" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
    </div>
  );
}
