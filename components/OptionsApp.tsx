import { useEffect, useState } from 'preact/hooks';
import type { Category } from '../utils/categories';
import { withOrigin, withoutOrigin, type CopyKind, type Settings, type SettingsPatch } from '../utils/settings';
import { OptionsCategories } from './OptionsCategories';
import { OptionsExportFormat } from './OptionsExportFormat';
import { OptionsLog } from './OptionsLog';
import { OptionsSites } from './OptionsSites';

/**
 * What the options page needs from the outside world: the real one wraps
 * storage, permissions and scripting (entrypoints/options/main.tsx); tests pass a fake.
 */
export interface OptionsClient {
  loadSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /** permissions.request for one pattern. Must be the first thing a click does (it needs the user gesture). */
  requestSite(pattern: string): Promise<boolean>;
  /** permissions.remove for one pattern (failures ignored: the setting is what counts). */
  releaseSite(pattern: string): Promise<void>;
  /** Register the auto-run script for the granted subset of `origins`; resolves to that subset. */
  syncAutoRun(origins: readonly string[]): Promise<string[]>;
  logCount(): Promise<number>;
  clearLog(): Promise<void>;
  openLog(): void;
}

export interface OptionsAppProps {
  client: OptionsClient;
}

export function OptionsApp({ client }: OptionsAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [active, setActive] = useState<string[]>([]);
  const [count, setCount] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const loaded = await client.loadSettings();
        if (!live) return;
        setSettings(loaded);
        const running = await client.syncAutoRun(loaded.autoRunOrigins);
        if (live) setActive(running);
      } catch (error) {
        if (live) setNote({ ok: false, text: `Could not load the settings: ${reason(error)}` });
      }
    })();
    client.logCount().then((n) => live && setCount(n), () => undefined);
    return () => {
      live = false;
    };
  }, [client]);

  if (!settings) {
    return (
      <main class="options-page">
        <h1>Roundup options</h1>
        <p role="status" class={note && !note.ok ? 'status-error' : 'muted'}>{note?.text ?? 'Loading…'}</p>
      </main>
    );
  }

  const apply = async (patch: SettingsPatch, done: string): Promise<Settings | null> => {
    try {
      const next = await client.updateSettings(patch);
      setSettings(next);
      setNote({ ok: true, text: done });
      return next;
    } catch (error) {
      setNote({ ok: false, text: `Could not save: ${reason(error)}` });
      return null;
    }
  };

  const resync = async (origins: readonly string[]): Promise<void> => {
    try {
      setActive(await client.syncAutoRun(origins));
    } catch (error) {
      setNote({ ok: false, text: `Could not update the automatic run: ${reason(error)}` });
    }
  };

  /** Ask first (synchronously in the gesture), then store and register. */
  const addSite = (pattern: string): void => {
    setBusy(true);
    client
      .requestSite(pattern)
      .then(async (granted) => {
        if (!granted) {
          setNote({ ok: false, text: `Permission for ${pattern} was not granted, so Roundup will not run there by itself.` });
          return;
        }
        const next = await apply({ autoRunOrigins: withOrigin(settings.autoRunOrigins, pattern) }, `Roundup now runs on ${pattern}.`);
        if (next) await resync(next.autoRunOrigins);
      })
      .catch((error: unknown) => setNote({ ok: false, text: `Could not add ${pattern}: ${reason(error)}` }))
      .finally(() => setBusy(false));
  };

  const grantSite = (pattern: string): void => {
    setBusy(true);
    client
      .requestSite(pattern)
      .then(async (granted) => {
        if (granted) await resync(settings.autoRunOrigins);
        setNote(granted ? { ok: true, text: `Roundup now runs on ${pattern}.` } : { ok: false, text: `Permission for ${pattern} was not granted.` });
      })
      .catch((error: unknown) => setNote({ ok: false, text: `Could not ask for ${pattern}: ${reason(error)}` }))
      .finally(() => setBusy(false));
  };

  const removeSite = async (pattern: string): Promise<void> => {
    setBusy(true);
    try {
      const next = await apply({ autoRunOrigins: withoutOrigin(settings.autoRunOrigins, pattern) }, `Removed ${pattern}.`);
      if (!next) return;
      await client.releaseSite(pattern);
      await resync(next.autoRunOrigins);
    } finally {
      setBusy(false);
    }
  };

  const setFormat = (format: CopyKind): void => void apply({ exportFormat: format }, 'Default export format saved.');
  const setCategory = (category: Category, on: boolean): void =>
    void apply({ highlightCategories: { ...settings.highlightCategories, [category]: on } }, 'Highlight defaults saved.');

  const clear = async (): Promise<void> => {
    try {
      await client.clearLog();
      setCount(0);
      setNote({ ok: true, text: 'The deal log is empty.' });
    } catch (error) {
      setNote({ ok: false, text: `Could not clear the log: ${reason(error)}` });
    }
  };

  return (
    <main class="options-page" aria-labelledby="options-title">
      <h1 id="options-title">
        <span class="logo" aria-hidden="true" /> Roundup options
      </h1>
      <OptionsSites
        origins={settings.autoRunOrigins}
        active={active}
        busy={busy}
        onAdd={addSite}
        onGrant={grantSite}
        onRemove={(pattern) => void removeSite(pattern)}
      />
      <OptionsExportFormat value={settings.exportFormat} onChange={setFormat} />
      <OptionsCategories value={settings.highlightCategories} onChange={setCategory} />
      <OptionsLog count={count} onOpen={() => client.openLog()} onClear={clear} />
      <p class={note?.ok === false ? 'note error' : 'note'} role="status" aria-live="polite">
        {note?.text ?? ''}
      </p>
    </main>
  );
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)) || 'unknown error';
}
