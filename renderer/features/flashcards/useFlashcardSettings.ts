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

  const update = useCallback(async (patch: Partial<FlashcardSettings>) => {
    try {
      setSettings(await api['flashcards.updateSettings'](patch));
      setError(null);
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, []);

  return { settings, loaded, error, update };
}
