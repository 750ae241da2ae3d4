/**
 * "Run automatically on these sites": one dynamically registered content
 * script whose `matches` are the sites the reader both listed in the options
 * and granted (optional host permissions). Called by the options page after
 * every change and by the background on startup and when a permission is
 * revoked from the browser's own UI, so the registration always equals
 * settings ∩ granted.
 *
 * The browser APIs are passed in (`browser` fits AutoRunApi), so this stays
 * testable without an extension runtime.
 */

export const AUTO_RUN_SCRIPT_ID = 'roundup-auto';
/** The content script entrypoint as WXT emits it (entrypoints/content, registration: 'runtime'). */
export const AUTO_RUN_SCRIPT_FILE = 'content-scripts/content.js';

/** The registration this module writes (a subset of scripting.RegisteredContentScript). */
export interface AutoRunScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
}

/** The parts of `browser.scripting` and `browser.permissions` used here. */
export interface AutoRunApi {
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[] }>>;
    registerContentScripts(scripts: AutoRunScript[]): Promise<unknown>;
    updateContentScripts(scripts: AutoRunScript[]): Promise<unknown>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
  };
  permissions: {
    contains(permissions: { origins?: string[] }): Promise<boolean>;
  };
}

export function autoRunScript(matches: string[]): AutoRunScript {
  return { id: AUTO_RUN_SCRIPT_ID, matches, js: [AUTO_RUN_SCRIPT_FILE], runAt: 'document_idle' };
}

/** The listed origins the extension actually holds a permission for, in the given order. */
export async function grantedOrigins(api: Pick<AutoRunApi, 'permissions'>, origins: readonly string[]): Promise<string[]> {
  const unique = [...new Set(origins)];
  const granted = await Promise.all(
    unique.map((origin) => api.permissions.contains({ origins: [origin] }).catch(() => false)),
  );
  return unique.filter((_, i) => granted[i]);
}

/**
 * Make the registered auto-run script match exactly the granted subset of
 * `origins`: register, update or unregister as needed. Returns the patterns
 * it now runs on.
 */
export async function syncAutoRunRegistration(api: AutoRunApi, origins: readonly string[]): Promise<string[]> {
  const matches = await grantedOrigins(api, origins);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [AUTO_RUN_SCRIPT_ID] });
  const registered = existing.find((s) => s.id === AUTO_RUN_SCRIPT_ID);

  if (matches.length === 0) {
    if (registered) await api.scripting.unregisterContentScripts({ ids: [AUTO_RUN_SCRIPT_ID] });
    return [];
  }
  if (!registered) {
    await api.scripting.registerContentScripts([autoRunScript(matches)]);
  } else if (!sameSet(registered.matches ?? [], matches)) {
    try {
      await api.scripting.updateContentScripts([autoRunScript(matches)]);
    } catch {
      // Some builds reject an update that changes matches; start over instead.
      await api.scripting.unregisterContentScripts({ ids: [AUTO_RUN_SCRIPT_ID] });
      await api.scripting.registerContentScripts([autoRunScript(matches)]);
    }
  }
  return matches;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}
