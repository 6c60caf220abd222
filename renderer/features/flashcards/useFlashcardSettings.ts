import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultFlashcardSettings, type FlashcardSettings } from '../../../electron/contract/flashcards-values';
import { api } from '../../api/client';

/** The review settings, loaded once and saved on change; a failed save keeps the old value and says why. */
export function useFlashcardSettings() {
  const [settings, setSettings] = useState<FlashcardSettings>(defaultFlashcardSettings);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Saves can overlap (type a number, then tick a box): only the newest one's answer may set what is
  // shown, or an older answer would briefly bring back a value the user has already changed.
  const latest = useRef(0);
  const confirmed = useRef<FlashcardSettings>(defaultFlashcardSettings);

  useEffect(() => {
    api['flashcards.settings']({}).then(
      (value) => {
        confirmed.current = value;
        setSettings(value);
        setLoaded(true);
      },
      (e: Error) => setError(`Your review settings could not be loaded: ${e.message}`),
    );
  }, []);

  /** Shows the change at once; resolves true once saved, or puts the old value back and says why. */
  const update = useCallback(async (patch: Partial<FlashcardSettings>): Promise<boolean> => {
    const ticket = ++latest.current;
    setSettings((current) => ({ ...current, ...patch }));
    try {
      const stored = await api['flashcards.updateSettings'](patch);
      confirmed.current = stored;
      if (ticket === latest.current) {
        setSettings(stored);
        setError(null);
      }
      return true;
    } catch (e) {
      if (ticket === latest.current) setSettings(confirmed.current);
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }, []);

  return { settings, loaded, error, update };
}
