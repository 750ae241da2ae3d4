/** A piece of text that scrolls the page to where it was found; plain text when it was not found. */
export interface ShowButtonProps {
  /** What is shown (page text, rendered as text). */
  label: string;
  /** The finding to scroll to, or null when the page has no anchor for it. */
  findingId: string | null;
  onShow: (findingId: string) => void;
  /** What the text is, for screen readers ("Show on page (Lost hyphen): …"). */
  description?: string;
  /**
   * A separator glued to the end of the text (", " in a list of names). It is drawn inside the
   * button because a button is an atomic inline: the browser may break a line right after it, even
   * before a comma, so a comma outside it started the next line (", Société Générale Ventures").
   * Left out of the accessible name, which stays the label.
   */
  suffix?: string;
}

// The accessible name keeps the visible text (WCAG 2.5.3, label in name): a voice
// user says what they see.
export function ShowButton({ label, findingId, onShow, description, suffix }: ShowButtonProps) {
  const tail = suffix ? <span class="sep" aria-hidden="true">{suffix}</span> : null;
  if (!findingId) {
    return (
      <span title="Not found on the page">
        {label}
        {tail}
      </span>
    );
  }
  return (
    <button type="button" class="show" onClick={() => onShow(findingId)} aria-label={`Show on page${description ? ` (${description})` : ''}: ${label}`}>
      {label}
      {tail}
    </button>
  );
}
