// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp, type OptionsClient } from '../../components/OptionsApp';
import { OptionsSites } from '../../components/OptionsSites';
import { parseSettings, type Settings, type SettingsPatch } from '../../utils/settings';

afterEach(cleanup);

/** An in-memory options backend: settings, granted origins, the registered matches, the log size, and a call journal. */
function fakeClient(initial: unknown = undefined, opts: { grant?: boolean; granted?: string[]; logCount?: number } = {}) {
  let settings = parseSettings(initial);
  const granted = new Set(opts.granted ?? []);
  let registered: string[] = [];
  let count = opts.logCount ?? 3;
  const journal: string[] = [];
  const client = {
    loadSettings: vi.fn(async () => structuredClone(settings)),
    updateSettings: vi.fn(async (patch: SettingsPatch) => {
      journal.push('update');
      settings = parseSettings({ ...settings, ...patch, highlightCategories: { ...settings.highlightCategories, ...patch.highlightCategories } });
      return structuredClone(settings);
    }),
    requestSite: vi.fn((pattern: string) => {
      journal.push(`request ${pattern}`);
      if (opts.grant !== false) granted.add(pattern);
      return Promise.resolve(opts.grant !== false);
    }),
    releaseSite: vi.fn(async (pattern: string) => {
      journal.push(`release ${pattern}`);
      granted.delete(pattern);
    }),
    syncAutoRun: vi.fn(async (origins: readonly string[]) => {
      registered = origins.filter((o) => granted.has(o));
      journal.push(`sync ${registered.join(' ')}`.trim());
      return registered;
    }),
    logCount: vi.fn(async () => count),
    clearLog: vi.fn(async () => void (count = 0)),
    openLog: vi.fn(),
  } satisfies OptionsClient;
  return { client, journal, settings: () => settings, registered: () => registered };
}

const A = 'https://techcrunch.com/*';

async function addSite(text: string): Promise<void> {
  fireEvent.input(await screen.findByLabelText('Add a site'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
}

describe('OptionsApp: sites', () => {
  it('asks for the permission first, then stores the site and registers the script', async () => {
    const { client, journal, settings, registered } = fakeClient();
    render(<OptionsApp client={client} />);
    await addSite('techcrunch.com');
    await screen.findByText(`Roundup now runs on ${A}.`);
    expect(journal.filter((j) => j !== 'sync')).toEqual([`request ${A}`, 'update', `sync ${A}`]);
    expect(settings().autoRunOrigins).toEqual([A]);
    expect(registered()).toEqual([A]);
    const list = screen.getByRole('list', { name: 'Sites Roundup runs on automatically' });
    expect(within(list).getByText(A)).toBeTruthy();
    expect(within(list).getByText('Active')).toBeTruthy();
  });

  it('requests the permission synchronously inside the click (no await before it)', async () => {
    const { client } = fakeClient();
    render(<OptionsApp client={client} />);
    await screen.findByLabelText('Add a site');
    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: 'techcrunch.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    // Checked right after the click returns, before any microtask ran.
    expect(client.requestSite).toHaveBeenCalledWith(A);
  });

  it('stores nothing when the permission is refused', async () => {
    const { client, settings } = fakeClient(undefined, { grant: false });
    render(<OptionsApp client={client} />);
    await addSite('techcrunch.com');
    await screen.findByText(/was not granted/);
    expect(settings().autoRunOrigins).toEqual([]);
    expect(client.updateSettings).not.toHaveBeenCalled();
  });

  it.each(['', '*', 'javascript:alert(1)', 'ftp://x.example'])('rejects %j without asking for anything', async (text) => {
    const { client } = fakeClient();
    render(<OptionsApp client={client} />);
    await addSite(text);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Enter a site/);
    expect(screen.getByLabelText('Add a site').getAttribute('aria-invalid')).toBe('true');
    expect(client.requestSite).not.toHaveBeenCalled();
  });

  it('removes a site: settings first, then the permission, then the registration', async () => {
    const { client, journal, settings, registered } = fakeClient({ autoRunOrigins: [A, 'https://b.example/*'] }, { granted: [A, 'https://b.example/*'] });
    render(<OptionsApp client={client} />);
    await screen.findByText(A);
    await waitFor(() => expect(screen.getAllByText('Active')).toHaveLength(2));
    journal.length = 0;
    fireEvent.click(screen.getByRole('button', { name: `Remove ${A}` }));
    await screen.findByText(`Removed ${A}.`);
    await waitFor(() => expect(journal).toEqual(['update', `release ${A}`, 'sync https://b.example/*']));
    expect(settings().autoRunOrigins).toEqual(['https://b.example/*']);
    expect(registered()).toEqual(['https://b.example/*']);
    expect(screen.queryByText(A)).toBeNull();
  });

  it('shows a listed site whose permission was revoked, and grants it again on click', async () => {
    const { client, registered } = fakeClient({ autoRunOrigins: [A] }, { granted: [] });
    render(<OptionsApp client={client} />);
    await screen.findByText('Permission not granted');
    fireEvent.click(screen.getByRole('button', { name: `Grant permission for ${A}` }));
    expect(client.requestSite).toHaveBeenCalledWith(A);
    await screen.findByText('Active');
    expect(registered()).toEqual([A]);
  });

  it('syncs the registration with the stored sites on load', async () => {
    const { client } = fakeClient({ autoRunOrigins: [A] }, { granted: [A] });
    render(<OptionsApp client={client} />);
    await screen.findByText('Active');
    expect(client.syncAutoRun).toHaveBeenCalledWith([A]);
  });
});

describe('OptionsApp: format, categories, log', () => {
  it('saves the default export format', async () => {
    const { client, settings } = fakeClient();
    render(<OptionsApp client={client} />);
    const group = await screen.findByRole('radiogroup', { name: 'Default export format' });
    expect((within(group).getByLabelText('Markdown') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByLabelText('Spreadsheet rows (one per deal)'));
    await screen.findByText('Default export format saved.');
    expect(settings().exportFormat).toBe('csv');
    expect((within(group).getByLabelText('Spreadsheet rows (one per deal)') as HTMLInputElement).checked).toBe(true);
  });

  it('saves highlight categories one at a time, keeping the others', async () => {
    const { client, settings } = fakeClient({ highlightCategories: { artifact: false } });
    render(<OptionsApp client={client} />);
    const money = (await screen.findByLabelText('Other money')) as HTMLInputElement;
    expect(money.checked).toBe(true);
    expect((screen.getByLabelText('Scraping artifact') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(money);
    await screen.findByText('Highlight defaults saved.');
    expect(settings().highlightCategories).toEqual({ round: true, valuation: true, money: false, lead: true, investor: true, artifact: false } satisfies Settings['highlightCategories']);
  });

  it('shows the log size, opens the log and clears it after confirmation', async () => {
    const { client } = fakeClient(undefined, { logCount: 2 });
    render(<OptionsApp client={client} />);
    await screen.findByText('2 saved articles');
    fireEvent.click(screen.getByRole('button', { name: 'Open the deal log' }));
    expect(client.openLog).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the deal log' }));
    expect(client.clearLog).not.toHaveBeenCalled();
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Yes, clear the log' }));
    await screen.findByText('0 saved articles');
    expect(client.clearLog).toHaveBeenCalledTimes(1);
    expect((screen.getByRole('button', { name: 'Clear the deal log' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('reports settings that cannot be read', async () => {
    const { client } = fakeClient();
    client.loadSettings.mockRejectedValueOnce(new Error('storage is gone'));
    render(<OptionsApp client={client} />);
    expect((await screen.findByRole('status')).textContent).toContain('storage is gone');
  });
});

describe('OptionsSites', () => {
  it('renders a hostile stored pattern as text and refuses duplicates', () => {
    const onAdd = vi.fn();
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = render(<OptionsSites origins={[A, hostile]} active={[A]} onAdd={onAdd} onGrant={() => undefined} onRemove={() => undefined} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(hostile).tagName).toBe('CODE');
    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: 'https://techcrunch.com/some/story' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(screen.getByRole('alert').textContent).toContain('already in the list');
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('normalises what was typed before handing it on, and clears the field', () => {
    const onAdd = vi.fn();
    render(<OptionsSites origins={[]} active={[]} onAdd={onAdd} onGrant={() => undefined} onRemove={() => undefined} />);
    const input = screen.getByLabelText('Add a site') as HTMLInputElement;
    fireEvent.input(input, { target: { value: ' *.FT.com ' } });
    fireEvent.submit(input.form!);
    expect(onAdd).toHaveBeenCalledWith('https://*.ft.com/*');
    expect(input.value).toBe('');
  });
});
