import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings } from '../../../electron/contract/settings';
import { api } from '../../api/client';

/**
 * Reader settings: applied at once, saved in the background. When a save fails the change is undone
 * on screen and the error is reported, so what the user sees is always what is stored.
 */
export function useSettings(initial: Settings) {
  const [settings, setSettings] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const saved = useRef(initial);

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);

  const update = useCallback((patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    api['settings.update'](patch).then(
      (stored) => {
        saved.current = stored;
        setError(null);
      },
      (failure: Error) => {
        setSettings(saved.current);
        setError(`Your reading settings were not saved: ${failure.message}`);
      },
    );
  }, []);

  return { settings, update, error, clearError: () => setError(null) };
}
