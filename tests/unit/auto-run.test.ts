import { describe, expect, it } from 'vitest';
import { AUTO_RUN_SCRIPT_FILE, AUTO_RUN_SCRIPT_ID, grantedOrigins, syncAutoRunRegistration, type AutoRunApi, type AutoRunScript } from '../../utils/auto-run';

/** scripting + permissions stand-in: a registry of scripts and a set of granted origins, recording each call. */
function fakeApi(granted: string[], registered: AutoRunScript[] = [], opts: { updateFails?: boolean } = {}) {
  const scripts = new Map(registered.map((s) => [s.id, s]));
  const calls: string[] = [];
  const api: AutoRunApi = {
    scripting: {
      async getRegisteredContentScripts(filter) {
        return [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
      },
      async registerContentScripts(list) {
        calls.push('register');
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script id "${s.id}"`);
          scripts.set(s.id, s);
        }
      },
      async updateContentScripts(list) {
        calls.push('update');
        if (opts.updateFails) throw new Error('update failed');
        for (const s of list) scripts.set(s.id, s);
      },
      async unregisterContentScripts(filter) {
        calls.push('unregister');
        for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
      },
    },
    permissions: {
      async contains({ origins = [] }) {
        if (origins.includes('https://throws.example/*')) throw new Error('Invalid pattern');
        return origins.every((o) => granted.includes(o));
      },
    },
  };
  return { api, scripts, calls };
}

const A = 'https://a.example/*';
const B = 'https://b.example/*';
const script = (matches: string[]): AutoRunScript => ({ id: AUTO_RUN_SCRIPT_ID, matches, js: [AUTO_RUN_SCRIPT_FILE], runAt: 'document_idle' });

describe('syncAutoRunRegistration', () => {
  it('registers the content script for the granted origins only', async () => {
    const { api, scripts, calls } = fakeApi([A]);
    expect(await syncAutoRunRegistration(api, [A, B])).toEqual([A]);
    expect(calls).toEqual(['register']);
    expect(scripts.get(AUTO_RUN_SCRIPT_ID)).toEqual(script([A]));
  });

  it('updates an existing registration when the set changes', async () => {
    const { api, scripts, calls } = fakeApi([A, B], [script([A])]);
    expect(await syncAutoRunRegistration(api, [A, B])).toEqual([A, B]);
    expect(calls).toEqual(['update']);
    expect(scripts.get(AUTO_RUN_SCRIPT_ID)?.matches).toEqual([A, B]);
  });

  it('does nothing when the registration already matches (order aside)', async () => {
    const { api, calls } = fakeApi([A, B], [script([B, A])]);
    await syncAutoRunRegistration(api, [A, B]);
    expect(calls).toEqual([]);
  });

  it('unregisters when no origin is left granted (e.g. revoked in the browser UI)', async () => {
    const { api, scripts, calls } = fakeApi([], [script([A])]);
    expect(await syncAutoRunRegistration(api, [A])).toEqual([]);
    expect(calls).toEqual(['unregister']);
    expect(scripts.size).toBe(0);
  });

  it('does not unregister what is not there', async () => {
    const { api, calls } = fakeApi([]);
    await syncAutoRunRegistration(api, []);
    expect(calls).toEqual([]);
  });

  it('falls back to unregister + register when an update is refused', async () => {
    const { api, scripts, calls } = fakeApi([A, B], [script([A])], { updateFails: true });
    await syncAutoRunRegistration(api, [A, B]);
    expect(calls).toEqual(['update', 'unregister', 'register']);
    expect(scripts.get(AUTO_RUN_SCRIPT_ID)?.matches).toEqual([A, B]);
  });

  it('leaves other scripts alone', async () => {
    const other = { ...script([A]), id: 'someone-else' };
    const { api, scripts } = fakeApi([], [other]);
    await syncAutoRunRegistration(api, [A]);
    expect(scripts.get('someone-else')).toEqual(other);
  });
});

describe('grantedOrigins', () => {
  it('dedupes, keeps order and treats a throwing check as not granted', async () => {
    const { api } = fakeApi([A, B, 'https://throws.example/*']);
    expect(await grantedOrigins(api, [B, A, B, 'https://throws.example/*', 'https://c.example/*'])).toEqual([B, A]);
  });
});
