import { LogClearButton } from './LogClearButton';

/** The deal log's corner of the options: its size, a way to open it, and clearing it. */
export interface OptionsLogProps {
  /** Saved articles, or null while unknown. */
  count: number | null;
  onOpen: () => void;
  onClear: () => Promise<void> | void;
}

export function OptionsLog({ count, onOpen, onClear }: OptionsLogProps) {
  const size = count === null ? '…' : count === 1 ? '1 saved article' : `${count} saved articles`;
  return (
    <section aria-labelledby="log-section-title" class="card">
      <h2 id="log-section-title">Deal log</h2>
      <p>
        The log holds <strong>{size}</strong>, kept only in this browser.
      </p>
      <div class="toolbar">
        <button type="button" onClick={onOpen}>
          Open the deal log
        </button>
        <LogClearButton count={count ?? 0} onConfirm={onClear} label="Clear the deal log" />
      </div>
    </section>
  );
}
