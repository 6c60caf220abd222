import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings } from '../../../electron/contract/settings';
import { api } from '../../api/client';
import { failureReason } from './save-failure';
import { rememberTheme } from './theme-memory';

/**
 * Reader settings: applied at once, saved in the background. When a save fails the change is undone
 * on screen and the error is reported, so what the user sees is always what is stored; `retry`
 * applies the failed change again (once the disk is writable again, say).
 */
export function useSettings(initial: Settings) {
  const [settings, setSettings] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const saved = useRef(initial);
  // Changes whose save failed, kept so "Try again" can re-apply them; cleared by any later success.
  const failed = useRef<Partial<Settings> | null>(null);

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
    rememberTheme(settings.theme);
  }, [settings.theme]);

  const update = useCallback((patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    api['settings.update'](patch).then(
      (stored) => {
        saved.current = stored;
        failed.current = null;
        setError(null);
      },
      (failure: Error) => {
        setSettings(saved.current);
        failed.current = { ...failed.current, ...patch };
        setError(`Your reading settings were not saved: ${failureReason(failure)}`);
      },
    );
  }, []);

  const retry = useCallback(() => {
    const patch = failed.current;
    failed.current = null;
    setError(null);
    if (patch) update(patch);
  }, [update]);

  const clearError = useCallback(() => {
    failed.current = null;
    setError(null);
  }, []);

  return { settings, update, error, retry, clearError };
}
