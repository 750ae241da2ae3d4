import { useState } from 'preact/hooks';
import { normalizeSitePattern } from '../utils/settings';

/**
 * "Run automatically on these sites": the listed site patterns, whether each
 * is active (permission granted and script registered), and a form to add one.
 */
export interface OptionsSitesProps {
  /** Patterns from the settings, e.g. "https://techcrunch.com/*". */
  origins: readonly string[];
  /** The subset Roundup currently runs on (the others lack a permission). */
  active: readonly string[];
  /**
   * Add a pattern. Called synchronously inside the submit/click handler, so the
   * caller can ask for the permission while the user gesture is still live.
   */
  onAdd: (pattern: string) => void;
  /** Ask again for a listed pattern whose permission is missing (also inside the click). */
  onGrant: (pattern: string) => void;
  onRemove: (pattern: string) => void;
  /** True while a change is being applied: the controls wait. */
  busy?: boolean;
}

export function OptionsSites({ origins, active, onAdd, onGrant, onRemove, busy = false }: OptionsSitesProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const activeSet = new Set(active);

  const submit = (event: Event): void => {
    event.preventDefault();
    const pattern = normalizeSitePattern(input);
    if (!pattern) {
      setError('Enter a site such as techcrunch.com, *.ft.com or https://www.reuters.com/.');
      return;
    }
    if (origins.includes(pattern)) {
      setError(`${pattern} is already in the list.`);
      return;
    }
    setError(null);
    setInput('');
    onAdd(pattern);
  };

  return (
    <section aria-labelledby="sites-title" class="card">
      <h2 id="sites-title">Run automatically on these sites</h2>
      <p class="muted">
        Roundup normally reads a page only when you click its button. On the sites below it analyses every article as it loads and
        highlights the findings. Adding a site asks the browser for permission to read it.
      </p>
      {origins.length === 0 ? (
        <p class="muted">No sites yet.</p>
      ) : (
        <ul class="sites" aria-label="Sites Roundup runs on automatically">
          {origins.map((pattern) => {
            const on = activeSet.has(pattern);
            return (
              <li key={pattern}>
                <code>{pattern}</code>
                <span class={on ? 'badge on' : 'badge off'}>{on ? 'Active' : 'Permission not granted'}</span>
                {!on && (
                  <button type="button" disabled={busy} onClick={() => onGrant(pattern)} aria-label={`Grant permission for ${pattern}`}>
                    Grant
                  </button>
                )}
                <button type="button" class="danger" disabled={busy} onClick={() => onRemove(pattern)} aria-label={`Remove ${pattern}`}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form class="add-site" onSubmit={submit}>
        <label for="site-input">Add a site</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="techcrunch.com"
          value={input}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy}>
          Add site
        </button>
      </form>
      {error && (
        <p id="site-error" class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
