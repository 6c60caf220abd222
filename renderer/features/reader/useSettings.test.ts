// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../electron/contract/reader-values';
import type { Settings } from '../../../electron/contract/settings';

const update = vi.fn<(patch: Partial<Settings>) => Promise<Settings>>();
vi.mock('../../api/client', () => ({ api: { 'settings.update': (patch: Partial<Settings>) => update(patch) } }));

const { useSettings } = await import('./useSettings');
const notSaved = () => Promise.reject(new Error('Not saved: the data file could not be written (ENOSPC). Your previous data is intact.'));

beforeEach(() => {
  update.mockReset();
});

describe('useSettings', () => {
  it('shows a failed change undone, says why without repeating "Not saved", and Try again saves it', async () => {
    update.mockImplementationOnce(notSaved);
    const { result } = renderHook(() => useSettings(defaultSettings));
    act(() => result.current.update({ theme: 'dark' }));
    await waitFor(() => expect(result.current.error).toBe('Your reading settings were not saved: the data file could not be written (ENOSPC). Your previous data is intact.'));
    expect(result.current.settings.theme).toBe('light');

    update.mockImplementationOnce(async (patch) => ({ ...defaultSettings, ...patch }));
    act(() => result.current.retry());
    expect(update).toHaveBeenLastCalledWith({ theme: 'dark' });
    await waitFor(() => expect(result.current.settings.theme).toBe('dark'));
    expect(result.current.error).toBeNull();
  });

  it('retries every change that failed since the last save, the latest value winning', async () => {
    update.mockImplementation(notSaved);
    const { result } = renderHook(() => useSettings(defaultSettings));
    act(() => result.current.update({ theme: 'dark' }));
    act(() => result.current.update({ fontSizeStep: 4 }));
    act(() => result.current.update({ theme: 'sepia' }));
    await waitFor(() => expect(result.current.error).not.toBeNull());
    await waitFor(() => expect(update).toHaveBeenCalledTimes(3));

    update.mockImplementation(async (patch) => ({ ...defaultSettings, ...patch }));
    act(() => result.current.retry());
    expect(update).toHaveBeenLastCalledWith({ theme: 'sepia', fontSizeStep: 4 });
  });

  it('forgets a failed change once dismissed, so a later Try again sends nothing old', async () => {
    update.mockImplementationOnce(notSaved);
    const { result } = renderHook(() => useSettings(defaultSettings));
    act(() => result.current.update({ theme: 'dark' }));
    await waitFor(() => expect(result.current.error).not.toBeNull());
    act(() => result.current.clearError());
    act(() => result.current.retry());
    expect(update).toHaveBeenCalledTimes(1);
  });
});
