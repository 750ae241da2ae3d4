import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * "Clear log" with an inline confirmation (no window.confirm: it blocks,
 * cannot be styled and is unreliable in extension pages). The first click
 * only asks; focus moves to "Cancel", the safe choice.
 */
export interface LogClearButtonProps {
  /** Saved articles the log holds; the button is disabled at 0. */
  count: number;
  /** Empties the log; the confirmation closes when it settles. */
  onConfirm: () => Promise<void> | void;
  /** The button's text. */
  label?: string;
}

export function LogClearButton({ count, onConfirm, label = 'Clear log' }: LogClearButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" class="danger" disabled={count === 0} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  const confirm = async (): Promise<void> => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  const what = count === 1 ? '1 saved article' : `${count} saved articles`;
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="confirm-clear-text" aria-modal="false">
      <span id="confirm-clear-text">Delete {what} from the log? This cannot be undone.</span>
      <button type="button" class="danger" disabled={busy} onClick={() => void confirm()}>
        Yes, clear the log
      </button>
      <button type="button" ref={cancelRef} disabled={busy} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
