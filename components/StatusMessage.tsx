/** One clear sentence about the state of the popup: analysing, not an article, cannot read, error. */
export interface StatusMessageProps {
  /** Drives the icon/colour and the ARIA role: errors are alerts, the rest are polite status. */
  tone: 'busy' | 'info' | 'warning' | 'error';
  /** The sentence shown (rendered as text). */
  text: string;
  /** Optional second line with detail. */
  detail?: string | null;
}

export function StatusMessage({ tone, text, detail }: StatusMessageProps) {
  return (
    <div class={`status status-${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-live="polite" aria-busy={tone === 'busy'}>
      {tone === 'busy' && <span class="spinner" aria-hidden="true" />}
      <p>{text}</p>
      {detail ? <p class="status-detail">{detail}</p> : null}
    </div>
  );
}
