import { useCallback, useEffect, useState } from 'react';
import { defaultFlashcardSettings, type FlashcardSettings } from '../../../electron/contract/flashcards-values';
import { api } from '../../api/client';

/** The review settings, loaded once and saved on change; a failed save keeps the old value and says why. */
export function useFlashcardSettings() {
  const [settings, setSettings] = useState<FlashcardSettings>(defaultFlashcardSettings);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api['flashcards.settings']({}).then(
      (value) => {
        setSettings(value);
        setLoaded(true);
      },
      (e: Error) => setError(`Your review settings could not be loaded: ${e.message}`),
    );
  }, []);

  /** Shows the change at once; resolves true once saved, or puts the old value back and says why. */
  const update = useCallback(async (patch: Partial<FlashcardSettings>): Promise<boolean> => {
    let previous: FlashcardSettings | null = null;
    setSettings((current) => {
      previous = current;
      return { ...current, ...patch };
    });
    try {
      setSettings(await api['flashcards.updateSettings'](patch));
      setError(null);
      return true;
    } catch (e) {
      if (previous) setSettings(previous);
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }, []);

  return { settings, loaded, error, update };
}
