// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudyCallError } from '../../electron/contract/call-error';

const earlyScript = readFileSync(path.join(import.meta.dirname, '../public/early.js'), 'utf8');
const reply = (value: unknown) => new Response(JSON.stringify({ ok: true, value }), { status: 200 });
const fetchMock = vi.fn<typeof fetch>();

/** The page as early.js leaves it: the script run as the browser runs it, before the bundle. */
function runEarlyScript(address: string) {
  window.history.replaceState(null, '', address);
  new Function(earlyScript)();
}

beforeEach(() => {
  vi.resetModules();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  delete window.lecternEarlyCalls;
  sessionStorage.clear();
});
afterEach(() => vi.unstubAllGlobals());

const bodyOf = (call: Parameters<typeof fetch>) => JSON.parse(String(call[1]?.body));

describe('the boot calls early.js starts before the bundle', () => {
  it('are sent with the tab token and the document the address names, and their answers are used instead of asking again', async () => {
    fetchMock.mockImplementation(async (url) => (String(url).endsWith('settings.get') ? reply({ theme: 'dark' }) : reply({ item: { id: 'doc-1' } })));
    runEarlyScript('/?token=secret#/reader?doc=doc-1');
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(fetchMock.mock.calls.map((call) => [String(call[0]), (call[1]?.headers as Record<string, string> | undefined)?.['x-lectern-token'], bodyOf(call)])).toEqual([
      ['api/settings.get', 'secret', {}],
      ['api/library.open', 'secret', { id: 'doc-1' }],
    ]);
    const { earlyOrAsk } = await import('./early-calls');
    await expect(earlyOrAsk('settings.get', {})).resolves.toEqual({ theme: 'dark' });
    await expect(earlyOrAsk('library.open', { id: 'doc-1' })).resolves.toEqual({ item: { id: 'doc-1' } });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('are used once: a retry asks the host again', async () => {
    fetchMock.mockImplementation(async () => reply({ theme: 'sepia' }));
    runEarlyScript('/?token=secret');
    const { earlyOrAsk } = await import('./early-calls');
    await earlyOrAsk('settings.get', {});
    await earlyOrAsk('settings.get', {});
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('are not used for a call asked with other input', async () => {
    fetchMock.mockImplementation(async () => reply(null));
    runEarlyScript('/?token=secret');
    const { earlyOrAsk } = await import('./early-calls');
    await earlyOrAsk('library.open', { id: 'another' });
    expect(bodyOf(fetchMock.mock.calls[2]!)).toEqual({ id: 'another' });
  });

  it('report a failure as the client does, with its reason', async () => {
    fetchMock.mockImplementation(async (url) =>
      String(url).endsWith('settings.get')
        ? new Response(JSON.stringify({ ok: false, error: { code: 'internal', message: 'Something went wrong in settings.get: boom' } }), { status: 500 })
        : Promise.reject(new TypeError('Failed to fetch')),
    );
    runEarlyScript('/?token=secret');
    const { earlyOrAsk } = await import('./early-calls');
    await expect(earlyOrAsk('settings.get', {})).rejects.toEqual(new StudyCallError('internal', 'Something went wrong in settings.get: boom'));
    await expect(earlyOrAsk('library.open', {})).rejects.toThrow('Lectern’s local server did not answer. Is it still running?');
  });

  it('go through the preload bridge when there is one, and the bundle takes them over from it', async () => {
    const bridge = { 'settings.get': vi.fn<() => Promise<{ theme: string }>>(async () => ({ theme: 'light' })), 'library.open': vi.fn<(input: unknown) => Promise<null>>(async () => null) };
    vi.stubGlobal('lectern', bridge);
    runEarlyScript('/#/reader');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(bridge['library.open']).toHaveBeenCalledWith({});
    const { earlyOrAsk } = await import('./early-calls');
    await expect(earlyOrAsk('settings.get', {})).resolves.toEqual({ theme: 'light' });
    expect(bridge['settings.get']).toHaveBeenCalledTimes(1);
  });
});
